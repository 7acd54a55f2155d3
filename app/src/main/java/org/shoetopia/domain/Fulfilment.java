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
public class Fulfilment implements AppendOnlyRow {
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

    /** The shop's name and receipt details when it sold (null: not kept), for the receipt's reprints. */
    @Column(name = "shop_name", updatable = false)
    private String shopName;

    @Column(name = "shop_address", updatable = false)
    private String shopAddress;

    @Column(name = "shop_phone", updatable = false)
    private String shopPhone;

    @Column(name = "return_policy", updatable = false)
    private String returnPolicy;

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

    /**
     * A shop's part of an order: {@code collected} at a till's sale the customer takes, else
     * processing; {@code shopName} and {@code details}: what its receipt prints now (null: not kept).
     */
    public Fulfilment(
            long orderId,
            long orderNumber,
            long shopId,
            String taxNumber,
            boolean collected,
            Instant now,
            String shopName,
            ReceiptDetails details) {
        this.orderId = orderId;
        this.shopName = shopName;
        if (details != null) {
            this.shopAddress = details.address();
            this.shopPhone = details.phone();
            this.returnPolicy = details.returnPolicy();
        }
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

    /** The shop's name as its receipt printed it when it sold; null when not kept. */
    public String getShopName() {
        return shopName;
    }

    public ReceiptDetails getReceiptDetails() {
        return new ReceiptDetails(shopAddress, shopPhone, returnPolicy);
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

    private static final String INSERT = """
            insert into order_fulfilments (order_id, shop_id, status, updated_at, order_number,
            tax_number, shop_name, shop_address, shop_phone, return_policy) values (?, ?, ?, ?, ?,
            ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(
                INSERT,
                orderId,
                shopId,
                status,
                updatedAt,
                orderNumber,
                taxNumber,
                shopName,
                shopAddress,
                shopPhone,
                returnPolicy);
    }
}
