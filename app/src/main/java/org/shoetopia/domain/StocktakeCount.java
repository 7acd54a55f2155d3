package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What was on the shelf of one SKU when it was counted, and what the books held at that moment:
 * the posting adjusts by the difference, so a sale after the count stays sold.
 */
@Entity
@Table(name = "stocktake_counts")
public class StocktakeCount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stocktake_id", updatable = false)
    private long stocktakeId;

    @Column(name = "listing_id", updatable = false)
    private long listingId;

    private int counted;

    @Column(name = "held_at_count")
    private int heldAtCount;

    @Column(name = "counted_by")
    private long countedBy;

    @Column(name = "counted_at")
    private Instant countedAt;

    protected StocktakeCount() {}

    public StocktakeCount(long stocktakeId, long listingId) {
        this.stocktakeId = stocktakeId;
        this.listingId = listingId;
    }

    /** A count (or a recount, which replaces it) with the books' stock at that moment. */
    public void record(int counted, int heldAtCount, long countedBy, Instant countedAt) {
        this.counted = counted;
        this.heldAtCount = heldAtCount;
        this.countedBy = countedBy;
        this.countedAt = countedAt;
    }

    public long getListingId() {
        return listingId;
    }

    public int getCounted() {
        return counted;
    }

    public int getHeldAtCount() {
        return heldAtCount;
    }

    public Instant getCountedAt() {
        return countedAt;
    }
}
