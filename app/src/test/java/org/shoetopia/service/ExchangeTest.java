package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.api.ReturnService.ExchangeRequest;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** An exchange: shoes come back and pay toward new ones, in one transaction, on one receipt. */
@ParameterizedClass
@EnumSource(Backend.class)
class ExchangeTest extends ServiceTest {

    ExchangeTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private ListingView nines;
    private ListingView tens;
    private ListingView sandals;

    @BeforeEach
    void aShopWithACashierInAShift() {
        owner = given.owner();
        cashier = given.customer();
        given.hire(owner, cashier);
        nines = given.listing(owner, "40.00", 10);
        tens = given.listing(owner, "55.00", 10);
        sandals = given.listing(owner, "25.00", 10);
    }

    private Receipt sell(ListingView shoe, int units, Payment payment) {
        app.carts().add(cashier, shoe.listingId(), units);
        return app.checkout().checkout(cashier, payment, null);
    }

    private static ReturnRequest back(Receipt sale, int units) {
        return Fixtures.returnOf(sale, units);
    }

    private long stockOf(ListingView listing) {
        return TableCounts.scalar(database, "select stock from listings where id = ?", listing.listingId());
    }

    @Test
    void aPairOneSizeUpCostingMoreIsPaidTheDifference() {
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().add(cashier, tens.listingId(), 1);
        assertThat(app.returns().quote(cashier, back(sale, 1))).isEqualTo(money("40.00"));

        ExchangeReceipt exchange = app.returns()
                .exchange(
                        cashier,
                        new ExchangeRequest(
                                back(sale, 1), app.carts().view(cashier).seen(), Payment.cash(money("20.00"))));

        assertThat(exchange.difference()).isEqualTo(money("15.00"));
        assertThat(exchange.sale().tenders())
                .extracting(Receipt.TenderLine::method, Receipt.TenderLine::amount)
                .containsExactly(
                        tuple(PaymentMethod.EXCHANGE, money("40.00")), tuple(PaymentMethod.CASH, money("15.00")));
        assertThat(exchange.sale().changeDue()).isEqualTo(money("5.00"));
        assertThat(exchange.returned().moneyBack())
                .extracting(MoneyBack::method, MoneyBack::amount)
                .containsExactly(tuple(PaymentMethod.EXCHANGE, money("40.00")));
        assertThat(stockOf(nines)).isEqualTo(10);
        assertThat(stockOf(tens)).isEqualTo(9);
        assertThat(app.carts().view(cashier).isEmpty()).isTrue();

        // The drawer: 100.00 float + 40.00 of the first sale + 15.00 of the difference.
        var z = app.shifts().close(cashier, new CashCount(Map.of(100_00, 1, 50_00, 1, 5_00, 1)));
        assertThat(z.expectedCash()).isEqualTo(money("155.00"));
        assertThat(z.overShort()).isEqualTo(money("0.00"));
        assertThat(z.salesCount()).isEqualTo(2);
        assertThat(z.refundsCount()).isEqualTo(1);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aCheaperPairLeavesTheRestToGoBackByTheRule() {
        Receipt sale = sell(nines, 1, Payment.card("Visa", "4242"));
        app.carts().add(cashier, sandals.listingId(), 1);

        ExchangeReceipt exchange = app.returns().exchange(cashier, new ExchangeRequest(back(sale, 1), null, null));

        assertThat(exchange.difference()).isEqualTo(money("15.00").negate());
        assertThat(exchange.sale().tenders())
                .extracting(Receipt.TenderLine::method, Receipt.TenderLine::amount)
                .containsExactly(tuple(PaymentMethod.EXCHANGE, money("25.00")));
        assertThat(exchange.returned().moneyBack())
                .extracting(MoneyBack::method, MoneyBack::amount)
                .containsExactly(
                        tuple(PaymentMethod.EXCHANGE, money("25.00")), tuple(PaymentMethod.CARD, money("15.00")));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void theDifferenceMustBePaidOrNothingIsWritten() {
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().add(cashier, tens.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "15.00 more than what comes back",
                () -> app.returns().exchange(cashier, new ExchangeRequest(back(sale, 1), null, null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "less than the total",
                () -> app.returns()
                        .exchange(cashier, new ExchangeRequest(back(sale, 1), null, Payment.cash(money("10.00")))));
        assertThat(app.returns()
                        .lookUp(cashier, sale.orderNumber())
                        .lines()
                        .get(0)
                        .returnable())
                .isEqualTo(1);
    }

    @Test
    void returnedShoesDoNotBuyGiftCards() {
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().addGiftCard(cashier, money("50.00"));

        ExchangeReceipt exchange =
                app.returns().exchange(cashier, new ExchangeRequest(back(sale, 1), null, Payment.cash(null)));

        assertThat(exchange.sale().tenders())
                .extracting(Receipt.TenderLine::method, Receipt.TenderLine::amount)
                .containsExactly(tuple(PaymentMethod.CASH, money("50.00")));
        assertThat(exchange.returned().moneyBack())
                .extracting(MoneyBack::method, MoneyBack::amount)
                .containsExactly(tuple(PaymentMethod.CASH, money("40.00")));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aPaymentTakenWhenTheReturnPaysItAllIsRefusedNotDropped() {
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().add(cashier, sandals.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "take no payment",
                () -> app.returns()
                        .exchange(cashier, new ExchangeRequest(back(sale, 1), null, Payment.card("Visa", "4242"))));
    }

    @Test
    void aSaleChangedOnAnotherTerminalSinceTheTillShowedItIsNotExchanged() {
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().add(cashier, sandals.listingId(), 1);
        var seen = app.carts().view(cashier).seen();
        app.carts().add(cashier, sandals.listingId(), 1);

        assertRejectedWritingNothing(
                ConflictException.class,
                "changed on another terminal",
                () -> app.returns().exchange(cashier, new ExchangeRequest(back(sale, 1), seen, null)));
    }

    @Test
    void aTillCannotPayWithAnExchangeCreditOfItsOwn() {
        app.carts().add(cashier, nines.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "from the shoes returned",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.exchange(money("40.00"))), null));
    }

    @Test
    void theRefundLimitCountsOnlyWhatLeavesTheShop() {
        app.returns().setRefundLimit(owner, money("10.00"));
        Receipt first = sell(nines, 2, Payment.cash(null));
        app.carts().add(cashier, tens.listingId(), 1);
        assertThat(app.returns()
                        .exchange(cashier, new ExchangeRequest(back(first, 1), null, Payment.cash(null)))
                        .difference())
                .isEqualTo(money("15.00"));

        app.carts().add(cashier, sandals.listingId(), 1);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "A refund of 15.00 is above the cashiers' limit",
                () -> app.returns().exchange(cashier, new ExchangeRequest(back(first, 1), null, null)));
    }

    @Test
    void whatAnExchangePaidComesBackLaterAsStoreCredit() {
        Actor regular = given.customer();
        app.carts().setCustomer(cashier, given.emailOf(regular));
        Receipt sale = sell(nines, 1, Payment.cash(null));
        app.carts().setCustomer(cashier, given.emailOf(regular));
        app.carts().add(cashier, sandals.listingId(), 1);
        ExchangeReceipt exchange = app.returns().exchange(cashier, new ExchangeRequest(back(sale, 1), null, null));

        var again = app.returns().returnItems(cashier, back(exchange.sale(), 1));

        assertThat(again.moneyBack())
                .containsExactly(new MoneyBack(PaymentMethod.STORE_CREDIT, "Store credit", money("25.00")));
        assertThat(app.storedValue().storeCredit(owner, given.emailOf(regular))).isEqualTo(money("25.00"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
