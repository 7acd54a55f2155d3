package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.DiscountRequest;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * A manager's approval is used once, for the one sale it was given for: sixteen terminals of the
 * cashier using it at once give the discount once, and an approval racing its sale's checkout
 * never lands on the next sale.
 */
class ApprovalRaceTest {
    private static final int TERMINALS = 16;

    private Database database;
    private Services app;
    private Fixtures given;
    private Actor owner;
    private Actor cashier;
    private String managerEmail;
    private ListingView shoe;

    private void aTill(TestDb kind) {
        database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        cashier = given.customer();
        Actor manager = given.customer();
        given.hire(owner, cashier);
        given.hire(owner, manager);
        app.shops().setStaffRole(owner, manager.accountId(), StaffRole.MANAGER);
        managerEmail = app.accounts().view(manager).email();
        shoe = given.listing(owner, "100.00", 10_000);
    }

    private static DiscountRequest thirtyOff(long listingId) {
        return new DiscountRequest(listingId, DiscountKind.PERCENT, "30", "Price match");
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void sixteenTerminalsUsingOneApprovalAtOnceGiveTheDiscountOnce(TestDb kind) {
        aTill(kind);
        app.carts().add(cashier, shoe.listingId(), 1);
        long approval =
                app.carts().approveDiscount(cashier, thirtyOff(shoe.listingId()), managerEmail, Fixtures.PASSWORD);

        var outcome =
                Race.run(TERMINALS, terminal -> app.carts().discount(cashier, thirtyOff(shoe.listingId()), approval));

        assertThat(outcome.successes()).hasSize(1);
        assertThat(outcome.failureMessages())
                .hasSize(TERMINALS - 1)
                .allSatisfy(message -> assertThat(message).contains("used already"));
        assertThat(TableCounts.scalar(database, "select count(*) from audit_trail where kind = 'cart.discount_set'"))
                .isEqualTo(1);
        assertThat(app.checkout().checkout(cashier, Payment.cash(null), null).total())
                .isEqualTo(Fixtures.money("70"));
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void anApprovalRacingItsSalesCheckoutNeverLandsOnTheNextSale(TestDb kind) {
        aTill(kind);
        int landed = 0;
        java.util.Set<String> refusals = new java.util.TreeSet<>();
        for (int round = 0; round < 20; round++) {
            app.carts().add(cashier, shoe.listingId(), 1);
            long approval =
                    app.carts().approveDiscount(cashier, thirtyOff(shoe.listingId()), managerEmail, Fixtures.PASSWORD);
            var raced = Race.run(2, racer -> {
                if (racer == 0) {
                    return app.checkout().checkout(cashier, Payment.cash(null), null);
                }
                // A line rung up at once, on this sale or (after the checkout) the next one, as a cashier
                // would after "just checked out"; then the approval, on whichever sale is open.
                try {
                    app.carts().add(cashier, shoe.listingId(), 1);
                } catch (ConflictException justCheckedOut) {
                    app.carts().add(cashier, shoe.listingId(), 1);
                }
                return app.carts().discount(cashier, thirtyOff(shoe.listingId()), approval);
            });
            // Whatever won, the approval's discount is on its own sale or nowhere.
            long onItsSale = TableCounts.scalar(
                    database,
                    "select count(*) from cart_discounts d join approvals a on a.id = d.approval_id"
                            + " where d.cart_id = a.cart_id and a.id = " + approval);
            long elsewhere = TableCounts.scalar(
                    database,
                    "select count(*) from cart_discounts d join approvals a on a.id = d.approval_id"
                            + " where d.cart_id <> a.cart_id and a.id = " + approval);
            assertThat(elsewhere).as("round %d", round).isZero();
            refusals.addAll(raced.failureMessages());
            landed += (int) onItsSale;
            // Clear the till for the next round.
            var open = app.carts().view(cashier);
            if (!open.lines().isEmpty()) {
                app.checkout().checkout(cashier, Payment.cash(null), null);
            }
        }
        System.out.println("An approval raced its sale's checkout 20 times (" + kind + "): it landed on its sale "
                + landed + " times and was refused the others: " + refusals);
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }
}
