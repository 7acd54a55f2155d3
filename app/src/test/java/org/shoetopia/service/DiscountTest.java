package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.DiscountRequest;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** Discounts at the till: the cashiers' limit, a manager's approval used once, price overrides, refunds of a share. */
@ParameterizedClass
@EnumSource(Backend.class)
class DiscountTest extends ServiceTest {

    DiscountTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private Actor manager;
    private String managerEmail;

    private void aShopWithACashierAndAManager() {
        owner = given.owner();
        cashier = given.customer();
        manager = given.customer();
        given.hire(owner, cashier);
        given.hire(owner, manager);
        app.shops().setStaffRole(owner, manager.accountId(), StaffRole.MANAGER);
        managerEmail = app.accounts().view(manager).email();
    }

    private static DiscountRequest percent(Long listingId, String value) {
        return new DiscountRequest(listingId, DiscountKind.PERCENT, value, "Price match");
    }

    private Receipt checkOut(Actor till) {
        var shown = app.carts().view(till);
        Receipt receipt = app.checkout().checkout(till, shown.seen(), Payment.cash(null), null);
        assertThat(receipt.total()).isEqualTo(shown.estimatedTotal());
        assertThat(receipt.discounts()).isEqualTo(shown.discounts());
        return receipt;
    }

    @Test
    void aCashierDiscountsUpToTheLimitAloneAndBeyondItOnlyWithAManagersApprovalUsedOnce() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "100.00", 5);
        app.carts().add(cashier, shoe.listingId(), 1);

        assertThat(app.carts()
                        .discount(cashier, percent(shoe.listingId(), "10"), null)
                        .estimatedTotal())
                .isEqualTo(money("90"));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "limit of 10%",
                () -> app.carts().discount(cashier, percent(shoe.listingId(), "15"), null));
        // A wrong password approves nothing and counts towards the manager's lockout, as a sign-in would.
        assertThatThrownBy(() ->
                        app.carts().approveDiscount(cashier, percent(shoe.listingId(), "15"), managerEmail, "wrong"))
                .isInstanceOf(AuthenticationException.class);
        assertThat(TableCounts.scalar(database, "select count(*) from approvals"))
                .isZero();
        assertThat(TableCounts.scalar(database, "select failed_logins from accounts where id = " + manager.accountId()))
                .isEqualTo(1);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "not the owner or a manager",
                () -> app.carts()
                        .approveDiscount(
                                cashier,
                                percent(shoe.listingId(), "15"),
                                app.accounts().view(cashier).email(),
                                Fixtures.PASSWORD));

        long approval =
                app.carts().approveDiscount(cashier, percent(shoe.listingId(), "15"), managerEmail, Fixtures.PASSWORD);
        assertRejectedWritingNothing(
                ConflictException.class,
                "another discount",
                () -> app.carts().discount(cashier, percent(shoe.listingId(), "20"), approval));
        assertThat(app.carts()
                        .discount(cashier, percent(shoe.listingId(), "15"), approval)
                        .estimatedTotal())
                .isEqualTo(money("85"));
        assertRejectedWritingNothing(
                ConflictException.class,
                "used already",
                () -> app.carts().discount(cashier, percent(shoe.listingId(), "15"), approval));

        Receipt receipt = checkOut(cashier);
        assertThat(receipt.total()).isEqualTo(money("85"));
        assertThat(receipt.discounts())
                .extracting(Receipt.DiscountLine::label, Receipt.DiscountLine::amount)
                .containsExactly(tuple("Price match: 15% off", money("15")));
        assertReprintOf(receipt, app.orders().receipt(cashier, receipt.orderId()));
        assertThat(app.shops().auditTrail(owner, 50))
                .filteredOn(entry -> entry.kind().code().equals("discount.approved"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.tag()).contains("15% off (Price match)", "asked by account"));

        // The approval was for that sale: the next sale of the same shoe cannot use it again.
        app.carts().add(cashier, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ConflictException.class,
                "another discount or sale",
                () -> app.carts().discount(cashier, percent(shoe.listingId(), "15"), approval));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void aPriceOverrideNeedsAManagerAndTheReceiptShowsWhatItReplaced() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "100.00", 5);
        app.carts().add(cashier, shoe.listingId(), 2);
        DiscountRequest override =
                new DiscountRequest(shoe.listingId(), DiscountKind.PRICE, "80.00", "Shop-worn or damaged");
        assertRejectedWritingNothing(
                ForbiddenException.class, "price override", () -> app.carts().discount(cashier, override, null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "below the listing's price",
                () -> app.carts()
                        .approveDiscount(
                                cashier,
                                new DiscountRequest(
                                        shoe.listingId(), DiscountKind.PRICE, "120.00", "Shop-worn or damaged"),
                                managerEmail,
                                Fixtures.PASSWORD));

        long approval = app.carts().approveDiscount(cashier, override, managerEmail, Fixtures.PASSWORD);
        var cart = app.carts().discount(cashier, override, approval);
        assertThat(cart.lines().get(0).unitPrice()).isEqualTo(money("80"));
        assertThat(cart.estimatedTotal()).isEqualTo(money("160"));

        Receipt receipt = checkOut(cashier);
        assertThat(receipt.lines().get(0).unitPrice()).isEqualTo(money("80"));
        assertThat(receipt.subtotal())
                .as("the new price is the line's; not taken off again")
                .isEqualTo(money("160"));
        assertThat(receipt.discountTotal()).isEqualTo(money("0"));
        assertThat(receipt.discounts())
                .extracting(Receipt.DiscountLine::label, Receipt.DiscountLine::amount)
                .containsExactly(tuple("Shop-worn or damaged: price 100.00 to 80.00", money("40")));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void theSalesDiscountIsSpreadOverTheLinesAndARefundOfOneLineReturnsItsShareWithItsTax() {
        owner = given.owner();
        app.shops()
                .setTaxSettings(
                        owner,
                        new TaxSettings(
                                false,
                                TaxRounding.PER_LINE,
                                null,
                                List.of(TaxRate.parse("Sales tax", "standard", "8.875", null, null))));
        ListingView ten = given.listing(owner, "10.00", 5);
        ListingView twenty = given.listing(owner, "20.00", 5);
        ListingView thirty = given.listing(owner, "30.00", 5);
        for (ListingView shoe : List.of(ten, twenty, thirty)) {
            app.carts().add(owner, shoe.listingId(), 1);
        }
        var cart = app.carts()
                .discount(owner, new DiscountRequest(null, DiscountKind.AMOUNT, "10.00", "Loyal customer"), null);
        // 10.00 over 60.00 is 166.67, 333.33 and 500 cents: the floors, and the cent left to the largest remainder.
        assertThat(cart.lines()).extracting(line -> line.discount().cents()).containsExactly(167L, 333L, 500L);

        Receipt receipt = checkOut(owner);
        // Tax on 8.33, 16.67 and 25.00 at 8.875 %: 0.74, 1.48, 2.22.
        assertThat(receipt.total()).isEqualTo(money("54.44"));
        assertThat(receipt.subtotal()).isEqualTo(money("60"));
        assertThat(receipt.discountTotal()).isEqualTo(money("10"));
        long line = receipt.lines().get(1).orderLineId();
        assertThat(app.orders().refund(owner, line, 1, true, "too small").amount())
                .isEqualTo(money("18.15"));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Test
    void aDiscountThatNoLongerFitsTheCashiersLimitStopsTheCheckout() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "25.00", 5);
        app.carts().add(cashier, shoe.listingId(), 2);
        app.carts()
                .discount(
                        cashier,
                        new DiscountRequest(shoe.listingId(), DiscountKind.AMOUNT, "5.00", "Price match"),
                        null); // 10 % of 50.00
        app.carts().setQuantity(cashier, shoe.listingId(), 1); // now 20 % of 25.00

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "limit of 10%",
                () -> app.checkout().checkout(cashier, Payment.cash(null), null));
        app.carts().removeDiscount(cashier, shoe.listingId());
        assertThat(checkOut(cashier).total()).isEqualTo(money("25"));
    }

    @Test
    void anApprovalCoversWhatItTookOffWhenApprovedNotWhatAGrownCartWouldTake() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "100.00", 20);
        app.carts().add(cashier, shoe.listingId(), 1);
        long approval =
                app.carts().approveDiscount(cashier, percent(shoe.listingId(), "15"), managerEmail, Fixtures.PASSWORD);
        app.carts().discount(cashier, percent(shoe.listingId(), "15"), approval); // 15.00, as approved
        app.carts().setQuantity(cashier, shoe.listingId(), 10); // 150.00 off on the same approval

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "a manager must approve it",
                () -> app.checkout().checkout(cashier, Payment.cash(null), null));
        app.carts().setQuantity(cashier, shoe.listingId(), 1);
        assertThat(checkOut(cashier).total()).isEqualTo(money("85"));
    }

    @Test
    void theCashiersLimitIsMeasuredOnWhatTheLinesCostAfterTheManagersDiscounts() {
        aShopWithACashierAndAManager();
        ListingView a = given.listing(owner, "100.00", 5);
        ListingView b = given.listing(owner, "100.00", 5);
        app.carts().add(cashier, a.listingId(), 1);
        app.carts().add(cashier, b.listingId(), 1);
        DiscountRequest override = new DiscountRequest(a.listingId(), DiscountKind.PRICE, "10.00", "Goodwill");
        app.carts()
                .discount(
                        cashier,
                        override,
                        app.carts().approveDiscount(cashier, override, managerEmail, Fixtures.PASSWORD));

        // 20.00 off the sale is 10 % at list prices, but spread over what the lines cost after the
        // manager's new price (10.00 and 100.00) it is 18.2 % off each.
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "off the line of listing " + a.listingId(),
                () -> app.carts()
                        .discount(cashier, new DiscountRequest(null, DiscountKind.AMOUNT, "20", "Goodwill"), null));
        assertThat(app.carts()
                        .discount(cashier, new DiscountRequest(null, DiscountKind.AMOUNT, "11", "Goodwill"), null)
                        .estimatedTotal())
                .isEqualTo(money("99"));
    }

    @Test
    void anEmptiedCartStartsTheNextSaleWithoutTheLastOnesDiscount() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "50.00", 5);
        app.carts().add(cashier, shoe.listingId(), 1);
        app.carts().discount(cashier, percent(null, "5"), null);
        app.carts().remove(cashier, shoe.listingId());
        assertThat(TableCounts.scalar(database, "select count(*) from cart_discounts"))
                .isZero();
        app.carts().add(cashier, shoe.listingId(), 1);
        assertThat(checkOut(cashier).total()).isEqualTo(money("50"));
    }

    @Test
    void anApprovalOnceUsedCannotBeMadeUnusedEvenByTheServersLogin() throws Exception {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "100.00", 5);
        app.carts().add(cashier, shoe.listingId(), 1);
        long approval =
                app.carts().approveDiscount(cashier, percent(shoe.listingId(), "15"), managerEmail, Fixtures.PASSWORD);
        app.carts().discount(cashier, percent(shoe.listingId(), "15"), approval);
        try (var connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update approvals set used_at = null"))
                    .isInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState())
                            .isEqualTo("42501"));
            connection.rollback();
        }
    }

    @Test
    void badDiscountsAreRefusedWithWhatIsWrongAndWriteNothing() {
        aShopWithACashierAndAManager();
        ListingView shoe = given.listing(owner, "30.00", 5);
        ListingView other = given.listing(owner, "30.00", 5);
        app.carts().add(owner, shoe.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "shop's reasons",
                () -> app.carts()
                        .discount(
                                owner,
                                new DiscountRequest(shoe.listingId(), DiscountKind.PERCENT, "5", "Friday"),
                                null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "more than the line costs (30.00)",
                () -> app.carts()
                        .discount(
                                owner,
                                new DiscountRequest(shoe.listingId(), DiscountKind.AMOUNT, "30.01", "Price match"),
                                null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at most 100",
                () -> app.carts().discount(owner, percent(null, "101"), null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "number like 15",
                () -> app.carts().discount(owner, percent(null, "ten"), null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "on a line",
                () -> app.carts()
                        .discount(owner, new DiscountRequest(null, DiscountKind.PRICE, "10", "Price match"), null));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "not in the cart",
                () -> app.carts().discount(owner, percent(other.listingId(), "5"), null));
        assertRejectedWritingNothing(
                NotFoundException.class, "no discount", () -> app.carts().removeDiscount(owner, shoe.listingId()));
        Actor customer = given.customer();
        app.carts().add(customer, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class,
                "Only a shop's till",
                () -> app.carts().discount(customer, percent(null, "5"), null));
        assertThat(TableCounts.scalar(database, "select count(*) from cart_discounts"))
                .isZero();
    }

    @Test
    void theOwnerSetsTheLimitAndTheReasonsAManagerReadsThem() {
        aShopWithACashierAndAManager();
        assertThat(app.carts().discountRules(cashier).reasons()).isEqualTo(DiscountSettings.DEFAULT_REASONS);
        assertThat(app.carts().discountRules(cashier).managesShop()).isFalse();
        assertThat(app.carts().discountRules(manager).managesShop()).isTrue();
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner",
                () -> app.shops().setDiscountSettings(manager, new DiscountSettings(5_000, List.of("Any"))));
        assertThatThrownBy(() -> new DiscountSettings(1_000, List.of("Staff", "staff")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new DiscountSettings(10_001, List.of("Staff")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("0 to 100 %");
        assertThatThrownBy(() -> new DiscountSettings(1_000, List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one reason");

        app.shops()
                .setDiscountSettings(
                        owner,
                        new DiscountSettings(DiscountSettings.parseLimit("20"), List.of("End of line", "Staff")));
        assertThat(app.shops().discountSettings(manager).reasons()).containsExactly("End of line", "Staff");
        ListingView shoe = given.listing(owner, "50.00", 5);
        app.carts().add(cashier, shoe.listingId(), 1);
        assertThat(app.carts()
                        .discount(
                                cashier,
                                new DiscountRequest(shoe.listingId(), DiscountKind.PERCENT, "20", "end of line"),
                                null)
                        .discounts())
                .extracting(Receipt.DiscountLine::label)
                .containsExactly("End of line: 20% off");
    }
}
