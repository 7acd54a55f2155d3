package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import java.util.List;
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
import org.shoetopia.api.ReturnService.ReturnLine;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** Returns by receipt: the money goes back to the sale's card, then its cash, then store credit. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReturnTest extends ServiceTest {

    ReturnTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private ListingView shoe;

    @BeforeEach
    void aShopWithACashierInAShift() {
        owner = given.owner();
        cashier = given.customer();
        given.hire(owner, cashier);
        shoe = given.listing(owner, "40.00", 100);
    }

    private Receipt sell(int units, Payment payment) {
        app.carts().add(cashier, shoe.listingId(), units);
        return app.checkout().checkout(cashier, payment, null);
    }

    private static ReturnRequest back(Receipt sale, int units) {
        return Fixtures.returnOf(sale, units);
    }

    @Test
    void moneyGoesBackToTheCardFirstThenToTheCashOutOfTheDrawer() {
        Receipt sale = sell(2, Payment.of(Tender.card(money("50.00"), "Visa", "4242"), Tender.cash(null)));
        var found = app.returns().lookUp(cashier, sale.orderNumber());
        assertThat(found.lines()).extracting(l -> l.returnable()).containsExactly(2);

        RefundReceipt first = app.returns().returnItems(cashier, back(sale, 1));
        assertThat(first.total()).isEqualTo(money("40.00"));
        assertThat(first.moneyBack())
                .containsExactly(new MoneyBack(PaymentMethod.CARD, "Visa **** 4242", money("40.00")));

        RefundReceipt second = app.returns().returnItems(cashier, back(sale, 1));
        assertThat(second.moneyBack())
                .extracting(MoneyBack::method, MoneyBack::amount)
                .containsExactly(tuple(PaymentMethod.CARD, money("10.00")), tuple(PaymentMethod.CASH, money("30.00")));
        assertThat(app.returns()
                        .lookUp(cashier, sale.orderNumber())
                        .lines()
                        .get(0)
                        .returnable())
                .isZero();
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", shoe.listingId()))
                .isEqualTo(100);

        // The drawer: 100.00 float + 30.00 cash kept − 30.00 given back.
        var z = app.shifts().close(cashier, new CashCount(Map.of(100_00, 1)));
        assertThat(z.cashRefunds()).isEqualTo(money("30.00"));
        assertThat(z.expectedCash()).isEqualTo(money("100.00"));
        assertThat(z.refundsCount()).isEqualTo(2);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void neverMoreThanWasSoldLessWhatCameBackAndNothingOfAnotherShop() {
        Receipt sale = sell(1, Payment.card("Visa", "4242"));
        assertRejectedWritingNothing(
                ConflictException.class, "Only 1 unit", () -> app.returns().returnItems(cashier, back(sale, 2)));
        Actor rival = given.owner();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "No sale of this shop",
                () -> app.returns().returnItems(rival, back(sale, 1)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at least one unit",
                () -> app.returns().returnItems(cashier, back(sale, 0)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "Reason",
                () -> app.returns()
                        .returnItems(
                                cashier,
                                new ReturnRequest(
                                        sale.orderNumber(),
                                        List.of(new ReturnLine(
                                                sale.lines().get(0).orderLineId(), 1, true)),
                                        " ",
                                        false,
                                        null,
                                        null,
                                        null)));
    }

    @Test
    void whatAGiftCardPaidGoesToTheNamedCustomersStoreCredit() {
        String code = given.giftCard(owner, "100.00");
        Receipt sale = sell(1, Payment.of(Tender.giftCard(null, code)));

        assertRejectedWritingNothing(
                ValidationException.class,
                "name the customer",
                () -> app.returns().returnItems(cashier, back(sale, 1)));

        String regular = given.emailOf(given.customer());
        RefundReceipt receipt = app.returns()
                .returnItems(
                        cashier,
                        new ReturnRequest(
                                sale.orderNumber(),
                                List.of(new ReturnLine(sale.lines().get(0).orderLineId(), 1, false)),
                                "Wrong colour",
                                false,
                                regular,
                                null,
                                null));
        assertThat(receipt.moneyBack())
                .containsExactly(new MoneyBack(PaymentMethod.STORE_CREDIT, "Store credit", money("40.00")));
        assertThat(receipt.storeCreditBalance()).isEqualTo(money("40.00"));
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(money("40.00"));
        // Marked damaged: not back on the shelf.
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", shoe.listingId()))
                .isEqualTo(99);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aCustomerWhoPrefersStoreCreditGetsAllOfIt() {
        Actor regular = given.customer();
        app.carts().setCustomer(cashier, given.emailOf(regular));
        Receipt sale = sell(1, Payment.cash(null));

        RefundReceipt receipt = app.returns()
                .returnItems(
                        cashier,
                        new ReturnRequest(
                                sale.orderNumber(),
                                List.of(new ReturnLine(sale.lines().get(0).orderLineId(), 1, true)),
                                "Changed their mind",
                                true,
                                null,
                                null,
                                null));

        assertThat(receipt.moneyBack()).extracting(MoneyBack::method).containsExactly(PaymentMethod.STORE_CREDIT);
        assertThat(receipt.customerName())
                .isEqualTo(app.accounts().view(regular).name());
        assertThat(app.storedValue().storeCredit(owner, given.emailOf(regular))).isEqualTo(money("40.00"));
    }

    @Test
    void aNamedCustomersCreditIsNotGivenToAnotherEmail() {
        Actor regular = given.customer();
        app.carts().setCustomer(cashier, given.emailOf(regular));
        Receipt sale = sell(1, Payment.cash(null));

        assertRejectedWritingNothing(
                ValidationException.class,
                "store credit goes back to them",
                () -> app.returns()
                        .returnItems(
                                cashier,
                                new ReturnRequest(
                                        sale.orderNumber(),
                                        List.of(new ReturnLine(
                                                sale.lines().get(0).orderLineId(), 1, true)),
                                        "Too small",
                                        true,
                                        given.emailOf(cashier),
                                        null,
                                        null)));
    }

    @Test
    void anOrderBoughtOnlineComesBackWithoutTouchingAnyDrawer() {
        Actor customer = given.customer();
        app.carts().add(customer, shoe.listingId(), 1);
        Receipt sale = app.checkout().checkout(customer, Payment.cash(null), null);

        RefundReceipt refund = app.returns().returnItems(cashier, back(sale, 1));

        assertThat(refund.moneyBack()).extracting(MoneyBack::method).containsExactly(PaymentMethod.CASH);
        assertThat(TableCounts.scalar(database, "select count(*) from returns where shift_id is null"))
                .isEqualTo(1);
        assertThat(app.shifts().close(cashier, new CashCount(Map.of(100_00, 1))).overShort())
                .isEqualTo(money("0.00"));
    }

    @Test
    void aReturnAboveTheCashiersLimitNeedsAManager() {
        app.returns().setRefundLimit(owner, money("30.00"));
        Receipt sale = sell(1, Payment.card("Visa", "4242"));

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "above the cashiers' limit",
                () -> app.returns().returnItems(cashier, back(sale, 1)));
        ReturnRequest approved = new ReturnRequest(
                sale.orderNumber(),
                List.of(new ReturnLine(sale.lines().get(0).orderLineId(), 1, true)),
                "Too small",
                false,
                null,
                given.emailOf(owner),
                Fixtures.PASSWORD);
        assertThat(app.returns().returnItems(cashier, approved).approvedBy())
                .isEqualTo(app.accounts().view(owner).name());
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner or a manager",
                () -> app.returns().setRefundLimit(cashier, null));
    }

    @Test
    void cashGoesBackOnlyFromTheDrawerOfAnOpenShift() {
        Receipt sale = sell(1, Payment.cash(null));
        app.shifts().close(cashier, new CashCount(Map.of(100_00, 1, 20_00, 2)));

        assertRejectedWritingNothing(
                ConflictException.class, "Open a shift", () -> app.returns().returnItems(cashier, back(sale, 1)));
    }
}
