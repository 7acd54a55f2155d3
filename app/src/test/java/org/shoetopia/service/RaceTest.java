package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CheckoutService;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.BusyException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.remote.ThroughServer;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;

/**
 * The three hazards of the original system, raced with real threads and separate connections on
 * both databases, with invariants asserted on the tables afterwards.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RaceTest extends ServiceTest {
    private static final AtomicInteger ROUND = new AtomicInteger();

    RaceTest(Backend backend) {
        super(backend);
    }

    @RepeatedTest(5)
    void thirtyTwoSignUpsWithOneEmailMakeExactlyOneAccount() {
        String email = "rush" + ROUND.incrementAndGet() + "@example.com";

        var outcome = Race.run(32, racer -> app.accounts().signUp("Racer " + racer, email, Fixtures.PASSWORD));

        assertThat(outcome.successes()).hasSize(1);
        assertThat(outcome.failures()).hasSize(31).allSatisfy(error -> {
            if (backend == Backend.SERVER && error instanceof AuthenticationException) {
                // A server lets ten attempts on one email through at a time and refuses the rest.
                assertThat(error).hasMessageContaining("Too many sign-in attempts");
            } else {
                assertThat(error)
                        .isInstanceOf(ConflictException.class)
                        .hasMessage("An account with this email already exists");
            }
        });
        assertThat(TableCounts.scalar(database, "select count(*) from accounts where email = ?", email))
                .isEqualTo(1);
    }

    @RepeatedTest(5)
    void sixteenShopsListingTheSameNewShoeMakeOneShoeRow() {
        List<Actor> owners = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            owners.add(given.owner());
        }
        String style = "Race Runner " + ROUND.incrementAndGet();

        var outcome = Race.run(
                16,
                racer -> app.listings()
                        .create(
                                owners.get(racer),
                                Fixtures.form(racer % 2 == 0 ? "Nike" : "NIKE", "black", style, "60.00", 3)));

        assertThat(outcome.failureMessages()).isEmpty();
        assertThat(outcome.successes()).extracting(ListingView::style).containsOnly(style);
        assertThat(outcome.successes().stream().map(ListingView::brand).distinct())
                .as("one shoe, shown as whichever lister came first typed it")
                .hasSize(1)
                .first()
                .isIn("Nike", "NIKE");
        assertThat(TableCounts.scalar(
                        database, "select count(*) from shoes where style = ?", style.toLowerCase(Locale.ROOT)))
                .isEqualTo(1);
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from listings l join shoes s on s.id = l.shoe_id where s.style = ?",
                        style.toLowerCase(Locale.ROOT)))
                .isEqualTo(16);
    }

    @RepeatedTest(3)
    void aFlashSaleOfTenUnitsSellsExactlyTenAtTheSalePriceUnderFiftyCheckouts() {
        Actor owner = given.owner();
        List<ListingView> listings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            listings.add(given.listing(owner, "100.00", 30));
        }
        app.flashSales().start(owner, 10, 40);
        Random random = new Random(ROUND.incrementAndGet());
        List<Actor> customers = new ArrayList<>();
        int unitsInCarts = 0;
        for (int i = 0; i < 56; i++) {
            Actor customer = given.customer();
            int lineCount = 1 + random.nextInt(2);
            for (int line = 0; line < lineCount; line++) {
                int quantity = 1 + random.nextInt(3);
                app.carts()
                        .add(
                                customer,
                                listings.get(random.nextInt(listings.size())).listingId(),
                                quantity);
                unitsInCarts += quantity;
            }
            customers.add(customer);
        }

        var outcome = Race.run(
                customers.size(), racer -> app.checkout().checkout(customers.get(racer), Payment.cash(null), null));

        // Demand (unitsInCarts) far exceeds 10, and 120 units of stock: some checkouts fail, cleanly.
        assertThat(unitsInCarts).isGreaterThan(10);
        assertThat(outcome.failures())
                .allSatisfy(error -> assertThat(error)
                        .isInstanceOf(ConflictException.class)
                        .hasMessageMatching(".*(left|sold out).*"));
        int saleUnits =
                outcome.successes().stream().mapToInt(Receipt::saleUnits).sum();
        assertThat(saleUnits).isEqualTo(10);
        assertThat(TableCounts.scalar(database, "select coalesce(sum(sale_units), 0) from order_lines"))
                .isEqualTo(10);
        assertThat(TableCounts.scalar(database, "select count(*) from listings where stock < 0"))
                .isZero();
        long sold = outcome.successes().stream()
                .flatMap(r -> r.lines().stream())
                .mapToLong(Receipt.Line::quantity)
                .sum();
        assertThat(TableCounts.scalar(database, "select sum(stock) from listings"))
                .isEqualTo(120 - sold);
        assertThat(app.shops().dashboard(owner).balance().cents())
                .isEqualTo(outcome.successes().stream()
                        .mapToLong(r -> r.total().cents())
                        .sum());
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void cartsTouchingTheSameListingsInOppositeOrdersNeverDeadlock() {
        Actor owner = given.owner();
        var first = given.listing(owner, "10.00", 500);
        var second = given.listing(owner, "20.00", 500);
        var third = given.listing(owner, "30.00", 500);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Actor customer = given.customer();
            List<ListingView> order = i % 2 == 0 ? List.of(first, second, third) : List.of(third, second, first);
            order.forEach(listing -> app.carts().add(customer, listing.listingId(), 2));
            customers.add(customer);
        }

        var outcome = Race.run(
                customers.size(), racer -> app.checkout().checkout(customers.get(racer), Payment.cash(null), null));

        assertThat(outcome.failureMessages()).isEmpty();
        assertThat(TableCounts.scalar(database, "select sum(stock) from listings"))
                .isEqualTo(1500 - 40 * 6);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aBlockedCheckoutGivesUpWithTerminalBusyInsteadOfHanging() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "10.00", 5);
        Actor customer = given.customer();
        app.carts().add(customer, listing.listingId(), 1);
        try (Database impatientTerminal = Database.open(
                        TestDatabases.config(db).withPoolSize(2).withLockTimeout(Duration.ofMillis(300)));
                Connection otherTerminal = database.dataSource().getConnection();
                // Through a server, the impatient pool is the server's and its Busy crosses the wire.
                ThroughServer impatientServer =
                        backend == Backend.SERVER ? ThroughServer.start(impatientTerminal) : null) {
            CheckoutService impatient = impatientServer != null
                    ? impatientServer.api().checkout()
                    : new LocalCheckoutService(impatientTerminal, local.orders(), Clock.systemUTC());
            otherTerminal
                    .createStatement()
                    .execute("select stock from listings where id = " + listing.listingId() + " for update");
            long started = System.nanoTime();
            var error = assertThrows(BusyException.class, () -> impatient.checkout(customer, Payment.cash(null), null));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            otherTerminal.rollback();

            assertThat(error.getMessage()).contains("Terminal busy");
            assertThat(error.isRetryable()).isTrue();
            assertThat(waitedMillis).as("gave up near the 300 ms lock timeout").isLessThan(4_000);
        }
        assertThat(app.carts().view(customer).units()).as("the cart stays open").isEqualTo(1);
        assertThat(app.checkout()
                        .checkout(customer, Payment.cash(null), null)
                        .total()
                        .cents())
                .isEqualTo(1000);
    }
}
