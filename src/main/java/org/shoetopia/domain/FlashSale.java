package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A shop's flash sale: the first {@code unitsTotal} units sold get {@code percentOff}. The row is the
 * sale's counter: checkout locks it and takes units from {@code unitsLeft} in the same step.
 */
@Entity
@Table(name = "flash_sales")
public class FlashSale {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id")
    private long shopId;
    @Column(name = "active_shop_id")
    private Long activeShopId;
    @Column(name = "percent_off")
    private int percentOff;
    @Column(name = "units_total")
    private int unitsTotal;
    @Column(name = "units_left")
    private int unitsLeft;
    @Column(name = "started_by")
    private long startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected FlashSale() {
    }

    public FlashSale(long shopId, int percentOff, int unitsTotal, long startedBy, Instant startedAt) {
        this.shopId = shopId;
        this.activeShopId = shopId;
        this.percentOff = percentOff;
        this.unitsTotal = unitsTotal;
        this.unitsLeft = unitsTotal;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public int getPercentOff() {
        return percentOff;
    }

    public int getUnitsTotal() {
        return unitsTotal;
    }

    public int getUnitsLeft() {
        return unitsLeft;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    /** Takes up to {@code wanted} sale units; the sale ends when the last unit goes. Caller holds the row lock. */
    public int takeUnits(int wanted, Instant now) {
        int taken = Math.min(wanted, unitsLeft);
        unitsLeft -= taken;
        if (unitsLeft == 0) {
            end(now);
        }
        return taken;
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
            activeShopId = null;
        }
    }
}
