package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A completed checkout: the receipt. Its number comes from a database sequence; its tenders are {@link OrderTender}s. */
@Entity
@Immutable
@Table(name = "orders")
public class Order implements AppendOnlyRow {
    @Id
    // Ids reserved 50 at a time (see db/postgresql/V10), so inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_ids")
    @SequenceGenerator(name = "orders_ids", sequenceName = "orders_ids", allocationSize = 50)
    private Long id;

    @Column(name = "order_number")
    private long orderNumber;

    @Column(name = "cart_id")
    private long cartId;

    @Column(name = "buyer_id")
    private Long buyerId;

    @Column(name = "cashier_id")
    private long cashierId;

    @Column(name = "total_cents")
    private long totalCents;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The till shift it was sold in; null for an order bought online. */
    @Column(name = "shift_id")
    private Long shiftId;

    /** Where a till's sale is shipped; null when the customer took the shoes, or for an order bought online. */
    @Column(name = "ship_to")
    private String shipTo;

    /** The shop's record of the customer the till named; null when it named none, or for an order bought online. */
    @Column(name = "customer_record_id")
    private Long customerRecordId;

    protected Order() {}

    public Order(
            long orderNumber,
            long cartId,
            Long buyerId,
            long cashierId,
            Money total,
            String idempotencyKey,
            Instant createdAt,
            Long shiftId,
            String shipTo,
            Long customerRecordId) {
        this.orderNumber = orderNumber;
        this.cartId = cartId;
        this.buyerId = buyerId;
        this.cashierId = cashierId;
        this.totalCents = total.cents();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
        this.shiftId = shiftId;
        this.shipTo = shipTo;
        this.customerRecordId = customerRecordId;
    }

    public Long getId() {
        return id;
    }

    public long getOrderNumber() {
        return orderNumber;
    }

    public long getCartId() {
        return cartId;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public long getCashierId() {
        return cashierId;
    }

    public Money getTotal() {
        return Money.ofCents(totalCents);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getShiftId() {
        return shiftId;
    }

    public String getShipTo() {
        return shipTo;
    }

    private static final String INSERT = """
            insert into orders (id, order_number, cart_id, buyer_id, cashier_id, total_cents,
            idempotency_key, created_at, shift_id, ship_to, customer_record_id) values (?, ?, ?, ?,
            ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(
                INSERT,
                id,
                orderNumber,
                cartId,
                buyerId,
                cashierId,
                totalCents,
                idempotencyKey,
                createdAt,
                shiftId,
                shipTo,
                customerRecordId);
    }
}
