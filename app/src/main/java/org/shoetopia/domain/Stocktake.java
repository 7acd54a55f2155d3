package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A count of a shop's stock, open until posted; one open per shop. */
@Entity
@Table(name = "stocktakes")
public class Stocktake {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "started_by", updatable = false)
    private long startedBy;

    @Column(name = "started_at", updatable = false)
    private Instant startedAt;

    @Column(name = "posted_by")
    private Long postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "open_shop_id")
    private Long openShopId;

    protected Stocktake() {}

    public Stocktake(long shopId, long startedBy, Instant startedAt) {
        this.shopId = shopId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.openShopId = shopId;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public boolean isOpen() {
        return postedAt == null;
    }

    public void post(long by, Instant at) {
        postedBy = by;
        postedAt = at;
        openShopId = null;
    }
}
