package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;

/**
 * Attacks on the boundary between a cart and its checkout, from two terminals of one account, each on
 * its own connection pool: a checkout on one, and 0–5 ms later a change of the same cart on the other.
 * Every round is checked on the tables: what the order charged is exactly what the cart held.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CartCheckoutRaceTest extends ServiceTest {
    private static final int ROUNDS = 24;

    /** The same account's other till: its own pool and session factory over the same database. */
    private ShoetopiaApi otherTill;

    private Actor cashier;
    private ListingView first;
    private ListingView second;

    CartCheckoutRaceTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void aShopWithTwoListings() throws Exception {
        otherTill = otherTerminal();
        cashier = given.owner();
        first = given.listing(cashier, "10.00", 10_000);
        second = given.listing(cashier, "20.00", 10_000);
    }

    private enum Change {
        ADD_NEW_LINE,
        ADD_TO_LINE,
        SET_QUANTITY,
        REMOVE_LINE
    }

    @Test
    void aCartChangedWhileItIsCheckedOutIsChargedAsChangedOrRefusedNeverLost() {
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            Change change = Change.values()[round % Change.values().length];
            app.carts().add(cashier, first.listingId(), 1);
            if (change == Change.REMOVE_LINE) {
                app.carts().add(cashier, second.listingId(), 1);
            }
            long delayNanos = TimeUnit.MICROSECONDS.toNanos(round * 5_000L / ROUNDS);
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.checkout().checkout(cashier, Payment.cash(null), null);
                }
                LockSupport.parkNanos(delayNanos);
                CartService carts = otherTill.carts();
                return switch (change) {
                    case ADD_NEW_LINE -> carts.add(cashier, second.listingId(), 1);
                    case ADD_TO_LINE -> carts.add(cashier, first.listingId(), 1);
                    case SET_QUANTITY -> carts.setQuantity(cashier, first.listingId(), 3);
                    case REMOVE_LINE -> carts.remove(cashier, second.listingId());
                };
            });
            outcome.failures().stream()
                    .filter(e ->
                            !(e instanceof ConflictException && e.getMessage().contains("just checked out")))
                    .forEach(e -> anomalies.add("round " + round + " " + change + ": " + e));
            long mismatched = cartsChargedOtherThanTheyHeld();
            if (mismatched > 0) {
                anomalies.add("round " + round + " " + change + ": an order charged other than its cart held");
            }
            emptyTheOpenCart();
        }
        assertThat(anomalies).isEmpty();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    /**
     * The window is narrow (between the checkout's lock on the cart and its closing write), so the test
     * opens it wide: it holds the cart row itself until the checkout and then the naming of the
     * customer both wait for it, in that order.
     */
    @Test
    void namingTheCustomerWhileTheCartIsCheckedOutNeverReopensIt() throws Exception {
        Actor customer = given.customer();
        String email = app.accounts().view(customer).email();
        app.carts().add(cashier, first.listingId(), 1);
        long cartId = app.carts().view(cashier).cartId();

        CompletableFuture<Receipt> checkout;
        CompletableFuture<CartService.CartView> naming;
        try (Connection holder = database.dataSource().getConnection()) {
            holder.createStatement().execute("select id from carts where id = " + cartId + " for update");
            checkout = CompletableFuture.supplyAsync(() -> app.checkout().checkout(cashier, Payment.cash(null), null));
            Race.awaitUntil(
                    "the checkout to wait for the cart",
                    10,
                    () -> TestDatabases.sessionsWaitingForALock(database) >= 1);
            naming = CompletableFuture.supplyAsync(() -> otherTill.carts().setCustomer(cashier, email));
            Race.awaitUntil(
                    "the naming to wait for the cart",
                    10,
                    () -> naming.isDone() || TestDatabases.sessionsWaitingForALock(database) >= 2);
            holder.rollback();
        }
        checkout.get(30, TimeUnit.SECONDS);
        var outcome = naming.handle((cart, error) -> error).get(30, TimeUnit.SECONDS);

        if (outcome != null) {
            assertThat(outcome)
                    .hasCauseInstanceOf(ConflictException.class)
                    .cause()
                    .hasMessageContaining("just checked out");
        }
        assertThat(TableCounts.scalar(
                        database, "select count(*) from carts where id = ? and checked_out_at is null", cartId))
                .as("the paid cart stays closed")
                .isZero();
        app.carts().add(cashier, first.listingId(), 1);
        assertThat(app.checkout().checkout(cashier, Payment.cash(null), null).lines())
                .as("the till is not stuck")
                .hasSize(1);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void twoTillsAddingAUnitOfTheSameListingBothLand() {
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            int round = r;
            app.carts().add(cashier, first.listingId(), 1);
            var outcome =
                    Race.run(2, racer -> (racer == 0 ? app : otherTill).carts().add(cashier, first.listingId(), 1));
            outcome.failureMessages().forEach(message -> anomalies.add("round " + round + ": " + message));
            int quantity = app.carts().view(cashier).lines().get(0).quantity();
            if (quantity != 3) {
                anomalies.add("round " + round + ": quantity " + quantity + " instead of 3");
            }
            emptyTheOpenCart();
        }
        assertThat(anomalies).isEmpty();
    }

    @Test
    void aCheckoutKeyReusedForAnotherCartIsRefusedAndThatCartStaysUnpaid() {
        app.carts().add(cashier, first.listingId(), 1);
        Receipt paid = app.checkout().checkout(cashier, Payment.cash(null), "till-1-attempt-1");
        app.carts().add(cashier, second.listingId(), 2);

        assertRejectedWritingNothing(
                ConflictException.class,
                "another sale",
                () -> app.checkout().checkout(cashier, Payment.cash(null), "till-1-attempt-1"));
        assertThat(app.carts().view(cashier).units())
                .as("the new sale is still open, unpaid")
                .isEqualTo(2);

        emptyTheOpenCart();
        assertThat(app.checkout()
                        .checkout(cashier, Payment.cash(null), "till-1-attempt-1")
                        .orderId())
                .as("with nothing else to pay, the key still answers for its own sale")
                .isEqualTo(paid.orderId());
    }

    @Test
    void aTillPaysForTheCartExactlyAsItShowedItOrIsRefused() {
        app.carts().add(cashier, first.listingId(), 1);
        var shown = app.carts().view(cashier).seen();
        otherTill.carts().add(cashier, second.listingId(), 1);

        assertRejectedWritingNothing(
                ConflictException.class,
                "changed on another terminal",
                () -> app.checkout().checkout(cashier, shown, Payment.cash(null), "till-1-attempt-1"));

        var reviewed = app.carts().view(cashier);
        assertThat(reviewed.revision()).isGreaterThan(shown.revision());
        Receipt paid = app.checkout().checkout(cashier, reviewed.seen(), Payment.cash(null), "till-1-attempt-2");
        assertThat(paid.total().cents()).isEqualTo(3000);
        assertRejectedWritingNothing(
                ConflictException.class,
                "already checked out",
                () -> otherTill.checkout().checkout(cashier, reviewed.seen(), Payment.cash(null), null));
    }

    @Test
    void aCheckoutKeyAnswersOnlyForTheSaleItWasMadeFor() {
        app.carts().add(cashier, first.listingId(), 1);
        var firstSale = app.carts().view(cashier).seen();
        Receipt paid = app.checkout().checkout(cashier, firstSale, Payment.cash(null), "till-1-attempt-1");
        app.carts().add(cashier, second.listingId(), 2);
        var nextSale = app.carts().view(cashier).seen();

        assertRejectedWritingNothing(
                ConflictException.class,
                "another sale",
                () -> app.checkout().checkout(cashier, nextSale, Payment.cash(null), "till-1-attempt-1"));
        assertThat(app.checkout()
                        .checkout(cashier, firstSale, Payment.cash(null), "till-1-attempt-1")
                        .orderId())
                .as("the retry of the first sale, while the next one waits, gets its receipt")
                .isEqualTo(paid.orderId());
        assertThat(app.carts().view(cashier).units())
                .as("the next sale is still open, unpaid")
                .isEqualTo(2);
    }

    @Test
    void aCashierRemovedMidSaleCannotCheckOutTheWalkInSale() {
        Actor clerk = given.account("clerk");
        Actor customer = given.customer();
        given.hire(cashier, clerk);
        app.carts().add(clerk, first.listingId(), 1);
        app.carts().setCustomer(clerk, app.accounts().view(customer).email());
        app.shops().removeStaff(cashier, clerk.accountId());

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "no longer sell for this shop",
                () -> app.checkout().checkout(clerk, Payment.cash(null), null));
        var cart = app.carts().view(clerk);
        assertThat(cart.units()).isEqualTo(1);
        assertThat(cart.customerId()).isEqualTo(customer.accountId());

        // Emptied, the cart is the ex-cashier's own again: not stuck, and no longer naming the shop's customer.
        app.carts().remove(clerk, first.listingId());
        assertThat(app.carts().view(clerk).customerId()).isNull();
        app.carts().add(clerk, first.listingId(), 1);
        app.checkout().checkout(clerk, Payment.cash(null), null);
        assertThat(TableCounts.scalar(database, "select buyer_id from orders")).isEqualTo(clerk.accountId());
    }

    @Test
    void aCashierRemovedWhileCheckingOutSellsForTheShopOrIsRefusedNeverBuysTheShoes() {
        Actor customer = given.customer();
        String customerEmail = app.accounts().view(customer).email();
        List<String> anomalies = new ArrayList<>();
        for (int r = 0; r < ROUNDS / 2; r++) {
            int round = r;
            Actor clerk = given.account("clerk");
            given.hire(cashier, clerk);
            app.carts().add(clerk, first.listingId(), 1);
            app.carts().setCustomer(clerk, customerEmail);
            long delayNanos = TimeUnit.MICROSECONDS.toNanos(round * 5_000L / ROUNDS);
            var outcome = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.checkout().checkout(clerk, Payment.cash(null), null);
                }
                LockSupport.parkNanos(delayNanos);
                otherTill.shops().removeStaff(cashier, clerk.accountId());
                return null;
            });
            outcome.failures().stream()
                    .filter(e ->
                            !(e instanceof ForbiddenException && e.getMessage().contains("no longer sell")))
                    .forEach(e -> anomalies.add("round " + round + ": " + e));
        }
        assertThat(anomalies).isEmpty();
        assertThat(TableCounts.scalar(
                        database, "select count(*) from orders where buyer_id <> ?", customer.accountId()))
                .as("every walk-in sale was bought by the customer it named")
                .isZero();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    /** Checked-out carts whose lines are not exactly their order's lines (listing and quantity). */
    private long cartsChargedOtherThanTheyHeld() {
        return TableCounts.scalar(database, """
                select (select count(*) from cart_lines cl join carts c on c.id = cl.cart_id join orders o on o.cart_id = c.id
                        where not exists (select 1 from order_lines ol where ol.order_id = o.id
                            and ol.listing_id = cl.listing_id and ol.quantity = cl.quantity))
                     + (select count(*) from order_lines ol join orders o on o.id = ol.order_id
                        where not exists (select 1 from cart_lines cl where cl.cart_id = o.cart_id
                            and cl.listing_id = ol.listing_id and cl.quantity = ol.quantity))""");
    }

    /** A change that came after the checkout may have opened the next sale: start every round from empty. */
    private void emptyTheOpenCart() {
        for (var line : app.carts().view(cashier).lines()) {
            app.carts().remove(cashier, line.listing().listingId());
        }
    }
}
