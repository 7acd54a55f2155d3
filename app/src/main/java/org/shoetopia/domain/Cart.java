package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A cart, owned by the account that rings it up (a customer, or a cashier for a walk-in sale).
 * {@code openOwnerId} is set only while open, so an account has at most one open cart. Every change
 * of a cart is made under its row lock: the services change its lines, customer and revision by
 * statements of their own, and this entity is written back only by checkout, from its locked read.
 */
@Entity
@DynamicUpdate
@Table(name = "carts")
public class Cart {
    @Id
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "open_owner_id")
    private Long openOwnerId;

    @Column(name = "customer_id")
    private Long customerId;
    /** The shop whose till rings this cart up as a walk-in sale; null for a customer's own cart. */
    @Column(name = "shop_id", updatable = false)
    private Long shopId;
    /** Bumped by each change of the lines or the customer (see NativeStatements#reviseOpenCart). */
    @Column(updatable = false)
    private int revision;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    // A held sale's (written by CartService's hold and recall statements; read by queries only).
    @Column(name = "held_at", insertable = false, updatable = false)
    private Instant heldAt;

    @Column(name = "held_terminal", insertable = false, updatable = false)
    private String heldTerminal;

    @Column(name = "held_note", insertable = false, updatable = false)
    private String heldNote;

    /** Where the shop ships the sale; null: the customer takes the shoes (written by CartService's statement). */
    @Column(name = "ship_to", insertable = false, updatable = false)
    private String shipTo;

    /** The shop's record of the customer, when the till named one (written by CartService's statements). */
    @Column(name = "customer_record_id", insertable = false, updatable = false)
    private Long customerRecordId;

    protected Cart() {}

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getShopId() {
        return shopId;
    }

    public Long getCustomerRecordId() {
        return customerRecordId;
    }

    public String getShipTo() {
        return shipTo;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isOpen() {
        return checkedOutAt == null;
    }

    public void close(Instant now) {
        checkedOutAt = now;
        openOwnerId = null;
    }
}
