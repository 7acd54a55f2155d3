package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A cashier's membership of a shop; an account is a cashier of at most one shop. */
@Entity
@DynamicUpdate
@Table(name = "shop_staff")
public class ShopStaff {
    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "added_at")
    private Instant addedAt;

    protected ShopStaff() {}

    public ShopStaff(long accountId, long shopId, Instant addedAt) {
        this.accountId = accountId;
        this.shopId = shopId;
        this.addedAt = addedAt;
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
