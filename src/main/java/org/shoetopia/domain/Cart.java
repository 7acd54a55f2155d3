package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A cart, owned by the account that rings it up (a customer, or a cashier for a walk-in sale).
 * {@code openOwnerId} is set only while open, so an account has at most one open cart.
 */
@Entity
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
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    protected Cart() {
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isOpen() {
        return checkedOutAt == null;
    }

    public void setCustomer(Long customerId) {
        this.customerId = customerId;
    }

    public void close(Instant now) {
        checkedOutAt = now;
        openOwnerId = null;
    }
}
