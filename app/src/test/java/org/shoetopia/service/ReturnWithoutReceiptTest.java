package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoetopia.support.Fixtures.money;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.api.ReturnService.RefundReceipt;
import org.shoetopia.api.ReturnService.ReturnWithoutReceipt;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** Shoes back without a receipt: a manager's call, store credit only, at the lowest recent price. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReturnWithoutReceiptTest extends ServiceTest {

    ReturnWithoutReceiptTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private Actor regular;
    private ListingView shoe;

    @BeforeEach
    void aShoeSoldAtTwoPrices() {
        owner = given.owner();
        cashier = given.customer();
        regular = given.customer();
        given.hire(owner, cashier);
        shoe = given.listing(owner, "40.00", 10);
        sell(2);
        ListingView cheaper = app.listings().changePrice(owner, shoe.listingId(), shoe.detailsVersion(), "32.50");
        assertThat(cheaper.price()).isEqualTo(money("32.50"));
        sell(1);
        app.listings().changePrice(owner, shoe.listingId(), cheaper.detailsVersion(), "45.00");
    }

    private Receipt sell(int units) {
        app.carts().add(cashier, shoe.listingId(), units);
        return app.checkout().checkout(cashier, Payment.cash(null), null);
    }

    private ReturnWithoutReceipt back(int units, String managerEmail, String managerPassword) {
        return new ReturnWithoutReceipt(
                shoe.listingId(),
                units,
                true,
                "Gift, no receipt",
                given.emailOf(regular),
                managerEmail,
                managerPassword);
    }

    @Test
    void aManagerApprovesStoreCreditAtTheLowestPriceOfTheLast90Days() {
        assertThat(app.returns().priceWithoutReceipt(cashier, shoe.listingId()).unitPrice())
                .isEqualTo(money("32.50"));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "a manager approves it",
                () -> app.returns().returnWithoutReceipt(cashier, back(1, null, null)));

        RefundReceipt refund =
                app.returns().returnWithoutReceipt(cashier, back(2, given.emailOf(owner), Fixtures.PASSWORD));

        assertThat(refund.orderNumber()).isNull();
        assertThat(refund.total()).isEqualTo(money("65.00"));
        assertThat(refund.moneyBack())
                .containsExactly(new MoneyBack(PaymentMethod.STORE_CREDIT, "Store credit", money("65.00")));
        assertThat(refund.approvedBy()).isEqualTo(app.accounts().view(owner).name());
        assertThat(app.storedValue().storeCredit(owner, given.emailOf(regular))).isEqualTo(money("65.00"));
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", shoe.listingId()))
                .isEqualTo(9);
        var z = app.shifts().close(cashier, new CashCount(Map.of(100_00, 2, 10_00, 1, 1_00, 2, 25, 2)));
        assertThat(z.refundsCount()).isEqualTo(1);
        assertThat(z.refunds()).isEqualTo(money("65.00"));
        assertThat(z.overShort()).isEqualTo(money("0.00"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void anOwnerNeedsNoOneElsesApproval() {
        RefundReceipt refund = app.returns().returnWithoutReceipt(owner, back(1, null, null));

        assertThat(refund.approvedBy()).isEqualTo(app.accounts().view(owner).name());
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void badRequestsWriteNothing() {
        assertRejectedWritingNothing(
                ValidationException.class,
                "only to their store credit",
                () -> app.returns()
                        .returnWithoutReceipt(
                                owner, new ReturnWithoutReceipt(shoe.listingId(), 1, true, "No box", " ", null, null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "From 1 to 10 units",
                () -> app.returns().returnWithoutReceipt(owner, back(11, null, null)));
        Actor rival = given.owner();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "not one of this shop's",
                () -> app.returns().returnWithoutReceipt(rival, back(1, null, null)));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "not for a shop's owner or staff",
                () -> app.returns()
                        .returnWithoutReceipt(
                                owner,
                                new ReturnWithoutReceipt(
                                        shoe.listingId(), 1, true, "No box", given.emailOf(cashier), null, null)));
        ListingView neverSold = given.listing(owner, "60.00", 3);
        assertRejectedWritingNothing(
                ConflictException.class,
                "has not sold in the last 90 days",
                () -> app.returns()
                        .returnWithoutReceipt(
                                owner,
                                new ReturnWithoutReceipt(
                                        neverSold.listingId(), 1, true, "No box", given.emailOf(regular), null, null)));
    }

    @Test
    void salesOlderThan90DaysSetNoPrice() {
        var later = Services.over(database, TEST_HASHER, Clock.offset(Clock.systemUTC(), Duration.ofDays(91)));

        assertRejectedWritingNothing(
                ConflictException.class,
                "has not sold in the last 90 days",
                () -> later.returns().returnWithoutReceipt(owner, back(1, null, null)));
    }
}
