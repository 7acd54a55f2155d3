package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.HeldSale;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** A sale put on hold while the next customer is served, and recalled later at the same till. */
@ParameterizedClass
@EnumSource(Backend.class)
class HoldTest extends ServiceTest {

    HoldTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private ListingView boots;
    private ListingView sandals;

    @BeforeEach
    void aTillInAShift() {
        owner = given.owner();
        cashier = given.customer();
        given.hire(owner, cashier);
        boots = given.listing(owner, "120.00", 5);
        sandals = given.listing(owner, "35.00", 5);
    }

    @Test
    void aHeldSaleWaitsWithoutTakingStockAndComesBackToBePaid() {
        Actor regular = given.customer();
        app.carts().add(cashier, boots.listingId(), 2);
        app.carts().setCustomer(cashier, given.emailOf(regular));

        var next = app.carts().hold(cashier, "Mrs Lee, back after lunch");
        assertThat(next.isEmpty()).isTrue();
        assertThat(next.customerId()).isNull();
        app.carts().add(cashier, sandals.listingId(), 1);
        app.carts().hold(cashier, null);

        assertThat(app.carts().heldSales(cashier))
                .extracting(HeldSale::units, HeldSale::note, HeldSale::customerName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                2,
                                "Mrs Lee, back after lunch",
                                app.accounts().view(regular).name()),
                        org.assertj.core.groups.Tuple.tuple(1, null, null));
        assertThat(app.carts().heldSales(cashier).get(0).terminal()).isEqualTo("Till " + cashier.accountId());
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", boots.listingId()))
                .isEqualTo(5);

        app.carts().add(cashier, sandals.listingId(), 1);
        long first = app.carts().heldSales(cashier).get(0).cartId();
        assertRejectedWritingNothing(
                ConflictException.class,
                "Hold or finish the sale",
                () -> app.carts().recall(cashier, first));
        app.carts().remove(cashier, sandals.listingId());

        var recalled = app.carts().recall(cashier, first);
        assertThat(recalled.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
        assertThat(recalled.customerId()).isNotNull();
        assertThat(app.checkout()
                        .checkout(cashier, recalled.seen(), Payment.card("Visa", "4242"), null)
                        .total())
                .isEqualTo(org.shoetopia.support.Fixtures.money("240.00"));
        assertThat(app.carts().heldSales(cashier)).hasSize(1);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void nothingToHoldNoShiftOrAnotherCashiersSaleIsRefusedWritingNothing() {
        assertRejectedWritingNothing(
                ValidationException.class, "no sale to hold", () -> app.carts().hold(cashier, ""));
        app.carts().add(cashier, boots.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class, "at most 80", () -> app.carts().hold(cashier, "x".repeat(81)));
        app.carts().hold(cashier, "");
        long held = app.carts().heldSales(cashier).get(0).cartId();

        assertRejectedWritingNothing(
                NotFoundException.class, "No sale of yours", () -> app.carts().recall(owner, held));
        app.shifts().close(cashier, new CashCount(Map.of(100_00, 1)));
        app.carts().add(cashier, sandals.listingId(), 1);
        assertRejectedWritingNothing(
                ConflictException.class, "Open a shift", () -> app.carts().hold(cashier, ""));
    }
}
