package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/** One shop's part of an order and how far it has travelled. */
@Entity
@DynamicUpdate
@Table(name = "order_fulfilments")
@IdClass(Fulfilment.Key.class)
public class Fulfilment {
    @Id
    @Column(name = "order_id")
    private long orderId;

    @Id
    @Column(name = "shop_id")
    private long shopId;
    /** The order's number, kept here so a shop's orders list by number without a join. */
    @Column(name = "order_number")
    private long orderNumber;

    private OrderStatus status;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The shop's tax registration number when it sold, for the receipt's reprints. */
    @Column(name = "tax_number", updatable = false)
    private String taxNumber;

    /** The composite key, as Hibernate's {@code @IdClass} wants it. */
    public static class Key implements Serializable {
        private long orderId;
        private long shopId;

        protected Key() {}

        public Key(long orderId, long shopId) {
            this.orderId = orderId;
            this.shopId = shopId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.orderId == orderId && key.shopId == shopId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, shopId);
        }
    }

    protected Fulfilment() {}

    /** A shop's part of an order: {@code collected} at a till's sale (the customer takes the shoes), else processing. */
    public Fulfilment(long orderId, long orderNumber, long shopId, String taxNumber, boolean collected, Instant now) {
        this.orderId = orderId;
        this.taxNumber = taxNumber;
        this.orderNumber = orderNumber;
        this.shopId = shopId;
        this.status = collected ? OrderStatus.COLLECTED : OrderStatus.PROCESSING;
        this.updatedAt = now;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public long getShopId() {
        return shopId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public OrderStatus advance(Instant now) {
        if (status == OrderStatus.COLLECTED) {
            throw new ConflictException("The customer took this order at the till: there is nothing to ship");
        }
        if (status.isLast()) {
            throw new ConflictException("This order is already delivered");
        }
        status = status.next();
        updatedAt = now;
        return status;
    }
}
