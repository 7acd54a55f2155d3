package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A cashier's or manager's membership of a shop; an account is staff of at most one shop. */
@Entity
@DynamicUpdate
@Table(name = "shop_staff")
public class ShopStaff {
    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "added_at", updatable = false)
    private Instant addedAt;

    private StaffRole role;

    protected ShopStaff() {}

    public ShopStaff(long accountId, long shopId, Instant addedAt) {
        this.accountId = accountId;
        this.shopId = shopId;
        this.addedAt = addedAt;
        this.role = StaffRole.CASHIER;
    }

    /** The owner appoints a manager, or makes one a cashier again. Caller holds the account's lock. */
    public void setRole(StaffRole role) {
        this.role = role;
    }

    public StaffRole getRole() {
        return role;
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getShopId() {
        return shopId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
