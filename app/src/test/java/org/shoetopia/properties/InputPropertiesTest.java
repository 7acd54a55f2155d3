package org.shoetopia.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.function.Executable;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * Any input — empty, blank, huge, Unicode, control characters, SQL and script fragments, negative and
 * overflowing numbers, prices with three decimals — either is rejected with a clear message and writes
 * nothing, or is accepted and reads back as the same (canonical) value.
 */
class InputPropertiesTest {
    private Database database;
    private Services app;
    /** Through the schema owner's login: only it makes admins. */
    private Services operator;

    private Actor owner;
    /** A customer who bought from the owner's shop, so their ratings of it are accepted. */
    private Actor rater;

    /** The database these properties run on; a subclass runs them on PostgreSQL. */
    protected TestDb testDb() {
        return TestDb.H2;
    }

    @BeforeProperty
    void emptyDatabaseWithAShop() {
        database = TestDatabases.get(testDb());
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        operator = ServiceTest.operatorServices(testDb());
        Fixtures given = new Fixtures(app);
        owner = given.owner();
        rater = given.customer();
        given.purchase(rater, given.listing(owner, "10.00", 1_000).listingId(), 1); // may rate the owner's shop
    }

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(0).ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of(
                        "",
                        " ",
                        "\t\n",
                        "'; drop table shoes; --",
                        "<script>alert(1)</script>",
                        "%",
                        "_",
                        "Ünïcödé Schuh 靴",
                        "x".repeat(1000),
                        "\u0000nul",
                        "-1",
                        "1e9",
                        "12.345",
                        "99999999999",
                        "NaN",
                        "0.005",
                        "Robert'); DROP TABLE listings;--"),
                Arbitraries.strings().numeric().ofMaxLength(15),
                Arbitraries.bigDecimals().ofScale(3).map(Object::toString),
                Arbitraries.integers().map(Object::toString));
    }

    @Property(tries = 150)
    void listingInputIsRejectedCleanlyOrReadsBackCanonical(
            @ForAll("nasty") String brand,
            @ForAll("nasty") String style,
            @ForAll("nasty") String size,
            @ForAll("nasty") String price,
            @ForAll("nasty") String quantity) {
        Map<String, Long> before = TableCounts.of(database);
        ListingView created;
        try {
            created = app.listings()
                    .create(owner, new ListingForm(brand, "black", style, size, "new", "men", price, quantity));
        } catch (ValidationException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(rejected.field()).isIn("brand", "style", "size", "price", "quantity");
            assertThat(TableCounts.of(database)).isEqualTo(before);
            return;
        }
        assertThat(created.brand()).isEqualTo(Text.canonical(brand));
        assertThat(created.style()).isEqualTo(Text.canonical(style));
        assertThat(created.size()).isEqualTo(ShoeSize.parse(size));
        assertThat(created.price()).isEqualTo(Money.parse("price", "Price", price));
        assertThat(created.stock()).isEqualTo(Integer.parseInt(quantity.strip()));
    }

    @Property(tries = 100)
    void signUpInputIsRejectedCleanlyOrReadsBack(@ForAll("nasty") String name, @ForAll("nasty") String password) {
        Map<String, Long> before = TableCounts.of(database);
        String email = "p" + System.nanoTime() + "@example.com";
        try {
            var session = app.accounts().signUp(name, email, password);
            assertThat(session.name()).isEqualTo(Text.tidy(name));
            assertThat(app.accounts().logIn(email, password).accountId()).isEqualTo(session.accountId());
        } catch (ValidationException | ConflictException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(TableCounts.of(database)).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void moneyParsesOnlyWholeCentsAndPrintsBackTheSameAmount(@ForAll("nasty") String text) {
        try {
            Money money = Money.parse("price", "Price", text);
            assertThat(Money.parse("price", "Price", money.plain())).isEqualTo(money);
            assertThat(money.cents()).isNotNegative();
        } catch (ValidationException rejected) {
            assertThat(rejected.getMessage()).contains("at most two decimals");
        }
    }

    @Property(tries = 100)
    void cartQuantitiesOutsideTheStockOrRangeAreRefusedAndWriteNothing(@ForAll int quantity) {
        var listing = app.listings()
                .create(
                        owner,
                        new ListingForm("Nike", "black", "Q " + System.nanoTime(), "10", "new", "men", "10", "5"));
        Map<String, Long> before = TableCounts.of(database);
        try {
            var cart = app.carts().add(owner, listing.listingId(), quantity);
            assertThat(quantity).isBetween(1, 5);
            assertThat(cart.units()).isGreaterThanOrEqualTo(quantity);
        } catch (ValidationException | ConflictException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(TableCounts.of(database)).isEqualTo(before);
        }
    }

    @Property(tries = 100)
    void shopAndPriceEditsRejectBadTextCleanly(@ForAll("nasty") String name, @ForAll("nasty") String price) {
        Map<String, Long> before = TableCounts.of(database);
        var dashboard = app.shops().dashboard(owner);
        try {
            app.shops().renameShop(owner, dashboard.detailsVersion(), name);
            assertThat(app.shops().dashboard(owner).storeName()).isEqualTo(Text.tidy(name));
        } catch (ValidationException | ConflictException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(TableCounts.of(database)).isEqualTo(before);
        }
        var listing = app.listings()
                .create(
                        owner,
                        new ListingForm("Nike", "black", "P " + System.nanoTime(), "10", "new", "men", "10", "5"));
        Map<String, Long> beforePrice = TableCounts.of(database);
        try {
            var changed = app.listings().changePrice(owner, listing.listingId(), listing.detailsVersion(), price);
            assertThat(changed.price()).isEqualTo(Money.parse("price", "Price", price));
        } catch (ValidationException rejected) {
            assertThat(rejected.field()).isEqualTo("price");
            assertThat(TableCounts.of(database)).isEqualTo(beforePrice);
        }
    }

    @Property(tries = 100)
    void numbersOutOfRangeAreRefusedAndWriteNothing(
            @ForAll int units, @ForAll int percent, @ForAll int stars, @ForAll int delta) {
        Map<String, Long> before = TableCounts.of(database);
        try {
            var sale = app.flashSales().start(owner, units, percent);
            assertThat(sale.unitsTotal()).isEqualTo(units).isPositive();
            assertThat(sale.percentOff()).isBetween(0, 100);
            app.flashSales().end(owner);
        } catch (ValidationException rejected) {
            assertThat(rejected.field()).isIn("units", "percentOff");
            assertThat(TableCounts.of(database)).isEqualTo(before);
        }
        var shop = app.shops().dashboard(owner).shopId();
        Map<String, Long> beforeRating = TableCounts.of(database);
        try {
            app.ratings().rate(rater, shop, stars);
            assertThat(stars).isBetween(1, 5);
            assertThat(app.ratings().shopsToRate(rater))
                    .singleElement()
                    .satisfies(rated -> assertThat(rated.myStars()).isEqualTo(stars));
        } catch (ValidationException rejected) {
            assertThat(rejected.field()).isEqualTo("stars");
            assertThat(stars >= 1 && stars <= 5).as("refused only out of range").isFalse();
            assertThat(TableCounts.of(database)).isEqualTo(beforeRating);
        }
        var listing = app.listings()
                .create(
                        owner,
                        new ListingForm("Nike", "black", "D " + System.nanoTime(), "10", "new", "men", "10", "5"));
        Map<String, Long> beforeStock = TableCounts.of(database);
        try {
            var adjusted = app.listings().adjustStock(owner, listing.listingId(), delta, "property test");
            assertThat(adjusted.stock()).isEqualTo(5 + delta).isNotNegative();
        } catch (ValidationException | ConflictException rejected) {
            assertThat(TableCounts.of(database)).isEqualTo(beforeStock);
        }
    }

    @Property(tries = 100)
    void paymentAndSearchTextNeverCrash(
            @ForAll("nasty") String brand, @ForAll("nasty") String last4, @ForAll("nasty") String searchText) {
        try {
            var card = org.shoetopia.domain.Payment.card(brand, last4);
            assertThat(card.tenders().get(0).cardLast4()).matches("\\d{4}");
        } catch (ValidationException rejected) {
            assertThat(rejected.field()).isIn("cardBrand", "cardLast4");
        }
        var page = app.search()
                .search(org.shoetopia.api.SearchCriteria.any().brand(searchText).style(searchText));
        // What the page shows is what it counted, and each listing on it matches what was typed.
        assertThat(page.listings()).hasSize((int) Math.min(page.total(), page.pageSize()));
        String typed = org.shoetopia.domain.Text.searchable(searchText);
        assertThat(page.listings()).allSatisfy(listing -> {
            assertThat(listing.active()).isTrue();
            assertThat(listing.stock()).isPositive();
            assertThat(listing.brand()).contains(typed);
            assertThat(listing.style()).contains(typed);
        });
    }

    @Property(tries = 60)
    void accountStaffRefundAndReviewTextIsRejectedCleanly(@ForAll("nasty") String text, @ForAll int quantity) {
        Fixtures given = new Fixtures(app);
        Actor customer = given.customer();
        var listing = given.listing(owner, "30.00", 5);
        var receipt = given.purchase(customer, listing.listingId(), 2);
        Actor admin = new Actor(operator.accounts()
                .createAdmin("Admin", "admin" + System.nanoTime() + "@example.com", Fixtures.PASSWORD));
        Map<String, Long> before = TableCounts.of(database);
        List<Executable> calls = List.of(
                () -> app.accounts().changeEmail(customer, Fixtures.PASSWORD, text),
                () -> app.accounts().changePassword(customer, Fixtures.PASSWORD, text),
                () -> app.shops().inviteStaff(owner, text),
                () -> app.orders().refund(owner, receipt.lines().get(0).orderLineId(), quantity, true, text),
                () -> app.verification().decide(admin, 987_654, false, text),
                () -> app.carts().setCustomer(owner, text + "@"));
        for (Executable call : calls) {
            try {
                call.execute();
                before = TableCounts.of(database);
            } catch (ShoetopiaException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(TableCounts.of(database)).isEqualTo(before);
            } catch (Throwable unexpected) {
                throw new AssertionError("not a readable refusal: " + unexpected, unexpected);
            }
        }
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
