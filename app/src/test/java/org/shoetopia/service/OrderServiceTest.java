package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.OrderService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class OrderServiceTest extends ServiceTest {

    OrderServiceTest(Backend backend) {
        super(backend);
    }

    @Test
    void buyersCashiersAndTheSellingShopSeeTheReceiptOthersDoNot() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "70", 5);
        Actor buyer = given.customer();
        Receipt receipt = given.purchase(buyer, listing.listingId(), 2);

        assertThat(app.orders().receipt(buyer, receipt.orderId()).total()).isEqualTo(money("140"));
        assertThat(app.orders().receipt(owner, receipt.orderId()).lines()).hasSize(1);
        Actor stranger = given.customer();
        Actor otherShop = given.owner();
        assertRejectedWritingNothing(
                ForbiddenException.class, "not yours", () -> app.orders().receipt(stranger, receipt.orderId()));
        assertRejectedWritingNothing(
                ForbiddenException.class, "not yours", () -> app.orders().receipt(otherShop, receipt.orderId()));
        assertThat(app.orders().history(buyer))
                .singleElement()
                .satisfies(order -> assertThat(order.units()).isEqualTo(2));
        assertThat(app.orders().shopOrders(owner))
                .extracting(OrderService.OrderSummary::orderNumber)
                .containsExactly(receipt.orderNumber());
    }

    @Test
    void orderListsAreNewestFirstWithTheirUnitsAndTheSlowestPartsStatus() {
        Actor owner = given.owner();
        Actor otherShop = given.owner();
        var shoe = given.listing(owner, "10", 20);
        var otherShoe = given.listing(otherShop, "10", 20);
        Actor buyer = given.customer();
        Receipt first = given.purchase(buyer, shoe.listingId(), 1);
        app.carts().add(buyer, shoe.listingId(), 2);
        app.carts().add(buyer, otherShoe.listingId(), 3);
        Receipt second = app.checkout().checkout(buyer, Payment.cash(null), null);
        Receipt third = given.purchase(buyer, shoe.listingId(), 4);
        app.orders().advanceStatus(owner, first.orderId());
        app.orders().advanceStatus(otherShop, second.orderId());

        // The shop sees its own part's status; the buyer sees the slowest part's.
        assertThat(app.orders().shopOrders(owner))
                .extracting(
                        OrderService.OrderSummary::orderNumber,
                        OrderService.OrderSummary::units,
                        OrderService.OrderSummary::status)
                .containsExactly(
                        tuple(third.orderNumber(), 4, OrderStatus.PROCESSING),
                        tuple(second.orderNumber(), 5, OrderStatus.PROCESSING),
                        tuple(first.orderNumber(), 1, OrderStatus.SHIPPED));
        assertThat(app.orders().shopOrders(otherShop))
                .extracting(OrderService.OrderSummary::orderNumber, OrderService.OrderSummary::status)
                .containsExactly(tuple(second.orderNumber(), OrderStatus.SHIPPED));
        assertThat(app.orders().history(buyer))
                .extracting(
                        OrderService.OrderSummary::orderNumber,
                        OrderService.OrderSummary::total,
                        OrderService.OrderSummary::status)
                .containsExactly(
                        tuple(third.orderNumber(), money("40"), OrderStatus.PROCESSING),
                        tuple(second.orderNumber(), money("50"), OrderStatus.PROCESSING),
                        tuple(first.orderNumber(), money("10"), OrderStatus.SHIPPED));
        assertThat(app.orders().history(given.customer())).isEmpty();
    }

    @Test
    void theShopAdvancesTheStatusStepByStepUntilDelivered() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "70", 5);
        Actor buyer = given.customer();
        Receipt receipt = given.purchase(buyer, listing.listingId(), 1);

        assertThat(app.orders().track(buyer, receipt.orderId()).overall()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(app.orders().advanceStatus(owner, receipt.orderId())).isEqualTo(OrderStatus.SHIPPED);
        assertThat(app.orders().advanceStatus(owner, receipt.orderId())).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(app.orders().advanceStatus(owner, receipt.orderId())).isEqualTo(OrderStatus.DELIVERED);

        assertThat(app.orders().track(buyer, receipt.orderId()).overall()).isEqualTo(OrderStatus.DELIVERED);
        assertRejectedWritingNothing(
                ConflictException.class,
                "already delivered",
                () -> app.orders().advanceStatus(owner, receipt.orderId()));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner or cashiers",
                () -> app.orders().advanceStatus(buyer, receipt.orderId()));
    }

    @Test
    void aWalkInSaleAtTheTillIsCollectedWhenPaidAndHasNothingToShip() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "70", 5);
        app.carts().add(owner, listing.listingId(), 1);
        Receipt receipt = app.checkout().checkout(owner, org.shoetopia.domain.Payment.cash(null), null);

        assertThat(receipt.lines()).extracting(Receipt.Line::status).containsExactly(OrderStatus.COLLECTED);
        assertThat(app.orders().track(owner, receipt.orderId()).overall()).isEqualTo(OrderStatus.COLLECTED);
        assertRejectedWritingNothing(
                ConflictException.class, "nothing to ship", () -> app.orders().advanceStatus(owner, receipt.orderId()));
    }

    @Test
    void anOrderAcrossTwoShopsIsTrackedPerShopAndOverallByTheSlowest() {
        Actor first = given.owner();
        Actor second = given.owner();
        var a = given.listing(first, "10", 5);
        var b = given.listing(second, "10", 5);
        Actor buyer = given.customer();
        app.carts().add(buyer, a.listingId(), 1);
        Receipt receipt = given.purchase(buyer, b.listingId(), 1);

        app.orders().advanceStatus(first, receipt.orderId());

        var tracking = app.orders().track(buyer, receipt.orderId());
        assertThat(tracking.parts())
                .extracting(OrderService.Tracking.ShopPart::status)
                .containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.PROCESSING);
        assertThat(tracking.overall()).isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void refundsReverseTheLedgersAndNeverExceedWhatWasSold() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100", 10);
        app.flashSales().start(owner, 1, 50);
        Actor buyer = given.customer();
        Receipt receipt = given.purchase(buyer, listing.listingId(), 3);
        long lineId = receipt.lines().get(0).orderLineId();
        assertThat(receipt.total()).isEqualTo(money("250"));

        var first = app.orders().refund(owner, lineId, 2, true, "wrong size");
        var second = app.orders().refund(owner, lineId, 1, false, "scuffed in transit");

        // Full-price units are refunded first, so refunds add up exactly to what was charged.
        assertThat(first.amount()).isEqualTo(money("200"));
        assertThat(second.amount()).isEqualTo(money("50"));
        assertThat(app.shops().dashboard(owner).balance()).isEqualTo(money("0"));
        assertThat(app.search().listing(listing.listingId()).stock()).isEqualTo(7 + 2);
        assertRejectedWritingNothing(
                ConflictException.class, "only 0 unit", () -> app.orders().refund(owner, lineId, 1, false, "again"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "reason must not be blank",
                () -> app.orders().refund(owner, lineId, 1, false, ""));
        Actor otherShop = given.owner();
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "another shop",
                () -> app.orders().refund(otherShop, lineId, 1, false, "not mine"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void twoTerminalsRefundingTheSameReceiptAtOnceRefundItOnlyOnce() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100", 10);
        Receipt receipt = given.purchase(given.customer(), listing.listingId(), 2);
        long lineId = receipt.lines().get(0).orderLineId();

        var outcome = Race.run(12, racer -> app.orders().refund(owner, lineId, 1, true, "returned"));

        assertThat(outcome.successes()).hasSize(2);
        assertThat(outcome.failures()).hasSize(10).allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
        assertThat(TableCounts.scalar(database, "select sum(amount_cents) from refunds"))
                .isEqualTo(20_000);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void orderNumbersFromManyTerminalsAreUnique() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "5", 100);
        var buyers = new java.util.ArrayList<Actor>();
        for (int i = 0; i < 20; i++) {
            Actor buyer = given.customer();
            app.carts().add(buyer, listing.listingId(), 1);
            buyers.add(buyer);
        }

        var outcome = Race.run(
                20, racer -> app.checkout().checkout(buyers.get(racer), org.shoetopia.domain.Payment.cash(null), null));

        assertThat(outcome.successes())
                .extracting(Receipt::orderNumber)
                .doesNotHaveDuplicates()
                .hasSize(20);
    }
}
