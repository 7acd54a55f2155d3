package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A shop's flash sale: the first {@code unitsTotal} units sold get {@code percentOff}. The units not yet
 * sold are spread over {@code slotCount} counter rows (flash_sale_slots) so that terminals lock one
 * slot each instead of queueing on one row; checkout takes units from them under row locks. The row
 * itself is only read by checkout.
 */
@Entity
@DynamicUpdate
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

    @Column(name = "slot_count")
    private int slotCount;

    @Column(name = "units_withdrawn")
    private int unitsWithdrawn;

    @Column(name = "started_by")
    private long startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected FlashSale() {}

    public FlashSale(long shopId, int percentOff, int unitsTotal, int slotCount, long startedBy, Instant startedAt) {
        this.shopId = shopId;
        this.activeShopId = shopId;
        this.percentOff = percentOff;
        this.unitsTotal = unitsTotal;
        this.slotCount = slotCount;
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

    public int getUnitsWithdrawn() {
        return unitsWithdrawn;
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

    /** Closes the sale; {@code unitsWithdrawn} were still unsold and are taken off sale. */
    public void end(int unitsWithdrawn, Instant now) {
        if (endedAt == null) {
            this.unitsWithdrawn = unitsWithdrawn;
            endedAt = now;
            activeShopId = null;
        }
    }

    /** How many units each slot starts with: as even as they come, the first slots one more. */
    public static int[] slotShares(int units, int slots) {
        int count = Math.min(units, slots);
        int[] shares = new int[count];
        for (int i = 0; i < count; i++) {
            shares[i] = units / count + (i < units % count ? 1 : 0);
        }
        return shares;
    }
}
