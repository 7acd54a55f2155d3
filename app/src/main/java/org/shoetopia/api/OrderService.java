package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderStatus;

/** Receipts, order history, tracking, status changes by the shop, and refunds as reversing ledger rows. */
public interface OrderService {
    int MAX_REASON = 200;

    public record OrderSummary(
            long orderId, long orderNumber, Instant createdAt, Money total, int units, OrderStatus status) {}

    public record Tracking(long orderNumber, OrderStatus overall, List<ShopPart> parts) {
        public record ShopPart(long shopId, String shopName, OrderStatus status, Instant updatedAt) {}
    }

    public record RefundResult(long refundId, Money amount, int refundedQuantity) {}

    /** A receipt, for its buyer, its cashier, the shops it sold for, or an admin. */
    Receipt receipt(Actor actor, long orderId);

    /**
     * Orders the actor bought or rang up, newest first. Newest by order number: it is drawn at checkout
     * from one sequence, while ids come in blocks reserved by each terminal, so they interleave.
     */
    List<OrderSummary> history(Actor actor);

    /** Orders with lines of the actor's shop, newest (by order number) first, with that shop's fulfilment status. */
    List<OrderSummary> shopOrders(Actor actor);

    Tracking track(Actor actor, long orderId);

    /** The selling shop moves its part of the order one step: Processing → Shipped → Out for delivery → Delivered. */
    OrderStatus advanceStatus(Actor actor, long orderId);

    /**
     * Refunds units of an order line: never more than were sold and not yet refunded (the line row is
     * locked, so two terminals cannot refund the same units). Writes a negative balance entry and, when
     * the shoes come back to the shelf, a positive inventory entry.
     */
    RefundResult refund(Actor actor, long orderLineId, int quantity, boolean restock, String reason);
}
