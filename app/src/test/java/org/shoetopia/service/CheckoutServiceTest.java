package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoetopia.support.Fixtures.money;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class CheckoutServiceTest extends ServiceTest {

    CheckoutServiceTest(Backend backend) {
        super(backend);
    }

    @Test
    void aCustomerHasOneOpenCartAndLinesNeverExceedStock() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "40.00", 3);
        Actor customer = given.customer();

        app.carts().add(customer, listing.listingId(), 2);
        var cart = app.carts().add(customer, listing.listingId(), 1);

        assertThat(cart.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(3));
        assertThat(cart.estimatedTotal()).isEqualTo(money("120.00"));
        assertRejectedWritingNothing(
                ConflictException.class, "only 3", () -> app.carts().add(customer, listing.listingId(), 1));
        assertRejectedWritingNothing(
                ConflictException.class, "only 3", () -> app.carts().setQuantity(customer, listing.listingId(), 4));
        assertRejectedWritingNothing(
                ValidationException.class,
                "at least 1",
                () -> app.carts().setQuantity(customer, listing.listingId(), 0));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no listing number 999",
                () -> app.carts().add(customer, 999, 1));
        assertThat(app.carts().setQuantity(customer, listing.listingId(), 1).units())
                .isEqualTo(1);
        assertThat(app.carts().remove(customer, listing.listingId()).lines()).isEmpty();
        assertThat(TableCounts.scalar(database, "select count(*) from carts")).isEqualTo(1);
    }

    @Test
    void checkoutTakesStockCreditsTheShopsAndClosesTheCart() {
        Actor firstOwner = given.owner();
        Actor secondOwner = given.owner();
        var shoes = given.listing(firstOwner, "59.99", 5);
        var boots = given.listing(secondOwner, "120.00", 2);
        Actor customer = given.customer();
        app.carts().add(customer, shoes.listingId(), 2);
        app.carts().add(customer, boots.listingId(), 1);

        Receipt receipt = app.checkout().checkout(customer, Payment.card("Visa", "4242"), null);

        assertThat(receipt.total()).isEqualTo(money("239.98"));
        assertThat(receipt.tenders())
                .containsExactly(new Receipt.TenderLine(PaymentMethod.CARD, "Visa **** 4242", money("239.98"), null));
        assertThat(receipt.orderNumber()).isGreaterThanOrEqualTo(100_001);
        assertThat(receipt.lines()).hasSize(2);
        assertThat(app.search().listing(shoes.listingId()).stock()).isEqualTo(3);
        assertThat(app.search().listing(boots.listingId()).stock()).isEqualTo(1);
        assertThat(app.shops().dashboard(firstOwner).balance()).isEqualTo(money("119.98"));
        assertThat(app.shops().dashboard(secondOwner).balance()).isEqualTo(money("120.00"));
        assertThat(app.carts().view(customer).lines()).isEmpty();
        assertThat(TableCounts.scalar(database, "select count(*) from carts where checked_out_at is not null"))
                .isEqualTo(1);
        assertThat(TableCounts.scalar(database, "select count(*) from order_fulfilments"))
                .isEqualTo(2);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void cashCheckoutRecordsTheTenderAndTheChangeDue() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.50", 2);
        app.carts().add(owner, listing.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "less than the total",
                () -> app.checkout().checkout(owner, Payment.cash(money("40")), null));
        Receipt receipt = app.checkout().checkout(owner, Payment.cash(money("50")), null);

        assertThat(receipt.changeDue()).isEqualTo(money("4.50"));
        assertThat(receipt.buyerName()).as("a cashier's sale is a walk-in").isNull();
    }

    @Test
    void aWalkInSaleCanNameTheCustomerWhoThenMayRateTheShop() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "45.50", 2);
        Actor customer = given.customer();
        String email = app.accounts().view(customer).email();

        app.carts().add(owner, listing.listingId(), 1);
        app.carts().setCustomer(owner, email);
        Receipt receipt = app.checkout().checkout(owner, Payment.cash(null), null);
        app.ratings().rate(customer, listing.shopId(), 5);

        assertThat(receipt.buyerName()).isEqualTo(app.accounts().view(customer).name());
        assertThat(app.search().shopRatings(listing.shopId(), 10).count()).isEqualTo(1);
    }

    @Test
    void aShopsTillSellsOnlyThatShopsListings() throws Exception {
        Actor owner = given.owner();
        Actor otherOwner = given.owner();
        var own = given.listing(owner, "30.00", 5);
        var theirs = given.listing(otherOwner, "40.00", 5);
        app.carts().add(owner, own.listingId(), 1);

        assertRejectedWritingNothing(
                ValidationException.class,
                "this till sells only its own shop's listings",
                () -> app.carts().add(owner, theirs.listingId(), 1));
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        assertRejectedWritingNothing(
                ValidationException.class,
                "this till sells only its own shop's listings",
                () -> app.carts().add(cashier, theirs.listingId(), 1));

        // a till's cart an older version filled with another shop's listing is refused at checkout
        long cart = TableCounts.scalar(database, "select id from carts where open_owner_id = ?", owner.accountId());
        try (var connection = database.dataSource().getConnection();
                var insert = connection.prepareStatement(
                        "insert into cart_lines (cart_id, listing_id, quantity) values (?, ?, 1)")) {
            insert.setLong(1, cart);
            insert.setLong(2, theirs.listingId());
            insert.executeUpdate();
            connection.commit();
        }
        assertRejectedWritingNothing(
                ConflictException.class,
                "this till sells only its own shop's listings",
                () -> app.checkout().checkout(owner, Payment.cash(null), null));
    }

    @Test
    void theReceiptGivenAtCheckoutIsTheOneReprintedLater() {
        Actor owner = given.owner();
        Actor otherOwner = given.owner();
        var onSale = given.listing(owner, "100.00", 10);
        var elsewhere = given.listing(otherOwner, "19.99", 10);
        app.flashSales().start(owner, 3, 25);
        Actor customer = given.customer();
        app.carts().add(customer, elsewhere.listingId(), 1);
        app.carts().add(customer, onSale.listingId(), 5);
        app.carts().add(owner, onSale.listingId(), 1);
        app.carts().setCustomer(owner, app.accounts().view(customer).email());

        Receipt own = app.checkout().checkout(customer, Payment.card("Visa", "4242"), null);
        Receipt walkIn = app.checkout().checkout(owner, Payment.cash(money("500.00")), null);

        assertThat(own.lines()).hasSize(2);
        assertThat(own.buyerName()).isEqualTo(own.cashierName());
        assertReprintOf(own, app.orders().receipt(customer, own.orderId()));
        assertThat(walkIn.buyerName()).isEqualTo(app.accounts().view(customer).name());
        assertReprintOf(walkIn, app.orders().receipt(owner, walkIn.orderId()));
    }

    @Test
    void aFailedCheckoutLeavesTheCartOpenAndWritesNothing() {
        Actor owner = given.owner();
        var plenty = given.listing(owner, "10", 5);
        var scarce = given.listing(owner, "20", 2);
        Actor customer = given.customer();
        app.carts().add(customer, plenty.listingId(), 3);
        app.carts().add(customer, scarce.listingId(), 2);
        app.listings().adjustStock(owner, scarce.listingId(), -1, "one was stolen");

        assertRejectedWritingNothing(
                ConflictException.class,
                "only 1 of listing",
                () -> app.checkout().checkout(customer, Payment.cash(null), null));

        assertThat(app.carts().view(customer).units()).isEqualTo(5);
        app.listings().adjustStock(owner, scarce.listingId(), -1, "the other one too");
        assertRejectedWritingNothing(
                ConflictException.class, "sold out", () -> app.checkout().checkout(customer, Payment.cash(null), null));
        app.listings().delist(owner, plenty.listingId());
        app.carts().remove(customer, scarce.listingId());
        assertRejectedWritingNothing(
                ConflictException.class,
                "no longer sold",
                () -> app.checkout().checkout(customer, Payment.cash(null), null));
    }

    @Test
    void anEmptyCartOrABadCardIsRejected() {
        Actor customer = given.customer();
        app.carts().view(customer);

        assertRejectedWritingNothing(
                ValidationException.class,
                "cart is empty",
                () -> app.checkout().checkout(customer, Payment.cash(null), null));
        for (String notLastFour : List.of("4242424242424242", "42", "abcd", "")) {
            var error = assertRejectedWritingNothing(
                    ValidationException.class, "last four digits", () -> Payment.card("Visa", notLastFour));
            assertThat(error.field()).isEqualTo("cardLast4");
        }
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstReceiptInsteadOfChargingTwice() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "30", 5);
        Actor customer = given.customer();
        app.carts().add(customer, listing.listingId(), 1);

        var sale = app.carts().view(customer).seen();
        Receipt first = app.checkout().checkout(customer, sale, Payment.cash(null), "till-7-attempt-1");
        app.carts().add(customer, listing.listingId(), 1);
        Receipt retried = app.checkout().checkout(customer, sale, Payment.cash(null), "till-7-attempt-1");

        assertThat(retried.orderId()).isEqualTo(first.orderId());
        assertThat(TableCounts.scalar(database, "select count(*) from orders")).isEqualTo(1);
        assertThat(app.search().listing(listing.listingId()).stock()).isEqualTo(4);
        assertThat(app.carts().view(customer).units())
                .as("the new cart is untouched")
                .isEqualTo(1);
    }

    @Test
    void aFlashSaleDiscountsOnlyTheFirstNUnitsAndThenEnds() {
        Actor owner = given.owner();
        var cheap = given.listing(owner, "100.00", 10);
        var dear = given.listing(owner, "200.00", 10);
        app.flashSales().start(owner, 3, 25);
        Actor customer = given.customer();
        app.carts().add(customer, cheap.listingId(), 2);
        app.carts().add(customer, dear.listingId(), 2);

        assertThat(app.carts().view(customer).estimatedTotal()).isEqualTo(money("500.00"));
        Receipt receipt = app.checkout().checkout(customer, Payment.cash(null), null);

        // Lines take sale units in listing order: 2 of the first at 75.00, 1 of the second at 150.00.
        assertThat(receipt.lines()).extracting(Receipt.Line::saleUnits).containsExactly(2, 1);
        assertThat(receipt.lines())
                .extracting(Receipt.Line::lineTotal)
                .containsExactly(money("150.00"), money("350.00"));
        assertThat(receipt.total()).isEqualTo(money("500.00"));
        assertThat(app.flashSales().activeSale(cheap.shopId())).isEmpty();
        assertThat(app.flashSales().history(owner))
                .singleElement()
                .satisfies(sale -> assertThat(sale.unitsSold()).isEqualTo(3));
        Receipt after = given.purchase(customer, cheap.listingId(), 1);
        assertThat(after.total()).isEqualTo(money("100.00"));
    }

    @Test
    void aHundredPercentSaleGivesUnitsAwayWithoutABalanceEntry() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "80", 5);
        app.flashSales().start(owner, 1, 100);

        Receipt receipt = given.purchase(given.customer(), listing.listingId(), 2);

        assertThat(receipt.total()).isEqualTo(money("80"));
        assertThat(app.shops().dashboard(owner).balance()).isEqualTo(Money.ofCents(8000));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
