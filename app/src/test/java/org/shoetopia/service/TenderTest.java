package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.shoetopia.support.Fixtures.money;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** Split tender at the till: cash, cards, gift cards and store credit, each recorded on the order. */
@ParameterizedClass
@EnumSource(Backend.class)
class TenderTest extends ServiceTest {

    TenderTest(Backend backend) {
        super(backend);
    }

    private Actor owner;
    private Actor cashier;
    private ListingView shoe;

    @BeforeEach
    void aShopWithACashier() {
        owner = given.owner();
        cashier = given.customer();
        given.hire(owner, cashier);
        shoe = given.listing(owner, "80.00", 100);
    }

    private Receipt sell(Payment payment) {
        app.carts().add(cashier, shoe.listingId(), 1);
        return app.checkout().checkout(cashier, payment, null);
    }

    @Test
    void aSaleSplitOverACardAndCashRecordsBothAndGivesChangeFromTheCash() {
        Receipt receipt = sell(Payment.of(Tender.card(money("50.00"), "Visa", "4242"), Tender.cash(money("40.00"))));

        assertThat(receipt.total()).isEqualTo(money("80.00"));
        assertThat(receipt.tenders())
                .containsExactly(
                        new Receipt.TenderLine(PaymentMethod.CARD, "Visa **** 4242", money("50.00"), null),
                        new Receipt.TenderLine(PaymentMethod.CASH, "Cash", money("30.00"), money("40.00")));
        assertThat(receipt.changeDue()).isEqualTo(money("10.00"));
        assertThat(app.orders().receipt(cashier, receipt.orderId()).tenders()).isEqualTo(receipt.tenders());
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aCardPaysTheRestAfterAFixedCashAmount() {
        Receipt receipt = sell(Payment.of(Tender.cash(money("20.00")), Tender.card(null, "Amex", "0005")));

        assertThat(receipt.tenders())
                .extracting(Receipt.TenderLine::amount)
                .containsExactly(money("20.00"), money("60.00"));
        assertThat(receipt.changeDue()).isEqualTo(money("0.00"));
    }

    @Test
    void tendersThatDoNotPayTheTotalOrPayTooMuchByCardAreRefusedWritingNothing() {
        app.carts().add(cashier, shoe.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "20.00 still due",
                () -> app.checkout()
                        .checkout(
                                cashier,
                                Payment.of(Tender.card(money("50.00"), "Visa", "4242"), Tender.cash(money("10.00"))),
                                null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "only cash gives change",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.card(money("90.00"), "Visa", "4242")), null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "already pay more",
                () -> app.checkout()
                        .checkout(
                                cashier,
                                Payment.of(Tender.cash(money("100.00")), Tender.card(null, "Visa", "4242")),
                                null));
    }

    @Test
    void aPaymentBreakingItsOwnRulesIsRefusedBeforeItReachesCheckout() {
        // The rules live in the records, so every way in (a till, JSON from one) keeps them.
        assertThrows(
                ValidationException.class,
                () -> Payment.of(Tender.card(null, "Visa", "4242"), Tender.cash(null)),
                "two tenders paying the rest");
        assertThrows(ValidationException.class, () -> Payment.of(Tender.cash(money("1")), Tender.cash(money("2"))));
        assertThrows(ValidationException.class, () -> Tender.card(money("-1.00"), "Visa", "4242"));
        assertThrows(ValidationException.class, () -> Tender.giftCard(null, "not a code"));
        assertThrows(ValidationException.class, () -> Tender.card(null, "Visa", "4242 4242 4242 4242"));
    }

    @Test
    void aGiftCardIsSoldWithItsCodeOnceThenSpentInPartsAndNeverBeyondItsBalance() {
        app.carts().addGiftCard(cashier, money("100.00"));
        var view = app.carts().view(cashier);
        assertThat(view.giftCards()).extracting(g -> g.amount()).containsExactly(money("100.00"));
        assertThat(view.estimatedTotal()).isEqualTo(money("100.00"));
        Receipt sold = app.checkout().checkout(cashier, Payment.card("Visa", "1111"), null);
        String code = sold.giftCardsSold().get(0).code();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(sold.total()).isEqualTo(money("100.00"));
        // The code is shown once: a reprint shows its last four characters only, and the database keeps no code.
        assertThat(app.orders()
                        .receipt(cashier, sold.orderId())
                        .giftCardsSold()
                        .get(0)
                        .code())
                .isEqualTo("****-****-****-" + code.substring(15));
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from gift_cards where code_hash like '%" + code.substring(15) + "%'"))
                .as("the code is not kept in the clear")
                .isZero();

        Receipt first = sell(Payment.of(Tender.giftCard(null, code.toLowerCase().replace("-", " "))));
        assertThat(first.tenders())
                .extracting(Receipt.TenderLine::label)
                .containsExactly("Gift card **** " + code.substring(15));
        assertThat(app.storedValue().giftCardBalance(cashier, code).balance()).isEqualTo(money("20.00"));

        app.carts().add(cashier, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ConflictException.class,
                "has only 20.00 left",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.giftCard(null, code)), null));
        Receipt second = app.checkout()
                .checkout(cashier, Payment.of(Tender.giftCard(money("20.00"), code), Tender.cash(null)), null);
        assertThat(second.tenders())
                .extracting(Receipt.TenderLine::amount)
                .containsExactly(money("20.00"), money("60.00"));
        assertThat(app.storedValue().giftCardBalance(cashier, code).balance()).isEqualTo(money("0.00"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aRetriedCheckoutThatSoldAGiftCardShowsANewCodeAndTheLostOneStopsWorking() {
        app.carts().addGiftCard(cashier, money("40.00"));
        var seen = app.carts().view(cashier).seen();
        String lost = app.checkout()
                .checkout(cashier, seen, Payment.cash(null), "key-7")
                .giftCardsSold()
                .get(0)
                .code();

        // The till never saw that answer and retries with the same key.
        Receipt retried = app.checkout().checkout(cashier, seen, Payment.cash(null), "key-7");

        String code = retried.giftCardsSold().get(0).code();
        assertThat(code).doesNotContain("*").isNotEqualTo(lost);
        assertThat(app.storedValue().giftCardBalance(cashier, code).balance()).isEqualTo(money("40.00"));
        assertRejectedWritingNothing(
                NotFoundException.class, "no gift card", () -> app.storedValue().giftCardBalance(cashier, lost));
        assertThat(TableCounts.scalar(database, "select count(*) from gift_cards"))
                .isEqualTo(1);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aGiftCardWithNothingToPayIsLeftOutOfTheSale() {
        String code = given.giftCard(owner, "10.00");
        app.carts().add(owner, shoe.listingId(), 1);
        app.carts()
                .discount(
                        owner,
                        new CartService.DiscountRequest(shoe.listingId(), DiscountKind.PERCENT, "100", "Goodwill"),
                        null);
        Receipt receipt = app.checkout().checkout(owner, Payment.of(Tender.giftCard(null, code)), null);

        assertThat(receipt.total()).isEqualTo(money("0.00"));
        assertThat(receipt.tenders()).isEmpty();
        assertThat(app.storedValue().giftCardBalance(owner, code).balance()).isEqualTo(money("10.00"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aSaleVoidedBeforePaymentEmptiesTheCartTakesNoStockAndIsAudited() {
        Actor regular = given.customer();
        app.carts().add(cashier, shoe.listingId(), 2);
        app.carts().addGiftCard(cashier, money("20.00"));
        app.carts().setCustomer(cashier, given.emailOf(regular));

        var voided = app.carts().voidSale(cashier);

        assertThat(voided.isEmpty()).isTrue();
        assertThat(voided.customerId()).isNull();
        assertThat(app.search().listing(shoe.listingId()).stock()).isEqualTo(100);
        assertThat(TableCounts.scalar(database, "select count(*) from audit_trail where kind = 'cart.voided'"))
                .isEqualTo(1);
        assertRejectedWritingNothing(
                ValidationException.class, "no sale to void", () -> app.carts().voidSale(cashier));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aGiftCardIsSpentOnlyAtItsShopAndBuysNoOtherGiftCard() {
        String code = given.giftCard(owner, "50.00");
        Actor rival = given.owner();
        var rivalShoe = given.listing(rival, "10.00", 5);
        app.carts().add(rival, rivalShoe.listingId(), 1);
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no gift card of this shop",
                () -> app.checkout().checkout(rival, Payment.of(Tender.giftCard(null, code)), null));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no gift card of this shop",
                () -> app.storedValue().giftCardBalance(rival, code));

        app.carts().addGiftCard(cashier, money("30.00"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "they do not buy gift cards",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.giftCard(null, code)), null));
    }

    @Test
    void aCustomersOwnCartSpendsNoGiftCardAndBuysNone() {
        String code = given.giftCard(owner, "50.00");
        Actor customer = given.customer();
        app.carts().add(customer, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class,
                "spent at a shop's till",
                () -> app.checkout().checkout(customer, Payment.of(Tender.giftCard(null, code)), null));
        assertRejectedWritingNothing(
                ValidationException.class,
                "sold at a shop's till",
                () -> app.carts().addGiftCard(customer, money("10.00")));
        assertRejectedWritingNothing(
                ValidationException.class, "more than 0.00", () -> app.carts().addGiftCard(cashier, money("0")));
        assertRejectedWritingNothing(
                ValidationException.class, "at most 1000.00", () -> app.carts().addGiftCard(cashier, money("1000.01")));
    }

    @Test
    void aManagerIssuesStoreCreditThatTheNamedCustomerSpendsAtTheTill() {
        Actor regular = given.customer();
        String email = given.emailOf(regular);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner or a manager",
                () -> app.storedValue().issueStoreCredit(cashier, email, money("30.00"), "goodwill"));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "not for a shop's owner or staff",
                () -> app.storedValue().issueStoreCredit(owner, given.emailOf(cashier), money("30.00"), "a gift"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "why the credit is given",
                () -> app.storedValue().issueStoreCredit(owner, email, money("30.00"), " "));
        assertThat(app.storedValue().issueStoreCredit(owner, email, money("30.00"), "late delivery"))
                .isEqualTo(money("30.00"));
        assertThat(app.storedValue().issueStoreCredit(owner, email, money("20.00"), "late delivery"))
                .isEqualTo(money("50.00"));

        app.carts().add(cashier, shoe.listingId(), 1);
        assertRejectedWritingNothing(
                ValidationException.class,
                "name the customer first",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.storeCredit(null)), null));
        app.carts().setCustomer(cashier, email);
        assertRejectedWritingNothing(
                ConflictException.class,
                "only 50.00 of store credit",
                () -> app.checkout().checkout(cashier, Payment.of(Tender.storeCredit(null)), null));
        Receipt receipt = app.checkout()
                .checkout(
                        cashier,
                        Payment.of(Tender.storeCredit(money("50.00")), Tender.card(null, "Visa", "4242")),
                        null);

        assertThat(receipt.tenders())
                .extracting(Receipt.TenderLine::label, Receipt.TenderLine::amount)
                .containsExactly(tuple("Store credit", money("50.00")), tuple("Visa **** 4242", money("30.00")));
        assertThat(app.storedValue().storeCredit(cashier, email)).isEqualTo(money("0.00"));
        assertThat(TableCounts.scalar(database, "select count(*) from audit_trail where kind = 'store_credit.issued'"))
                .isEqualTo(2);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
