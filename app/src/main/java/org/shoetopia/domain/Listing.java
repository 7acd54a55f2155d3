package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A shop's offer of a catalogue shoe. {@code stock} is the lockable stock row: it always equals the
 * sum of the listing's inventory ledger, and only changes together with a ledger entry.
 */
// Not @DynamicUpdate: checkout changes several listings' stock at once, and Hibernate batches only
// whole-row updates. What no use case changes is updatable = false instead (db/roles/grants.sql).
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "listings")
public class Listing {
    public static final int MAX_QUANTITY = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "shoe_id", updatable = false)
    private long shoeId;

    @Column(name = "size_halves", updatable = false)
    private int sizeHalves;

    @Column(updatable = false)
    private Condition condition;

    @Column(updatable = false)
    private Gender gender;

    @Column(updatable = false)
    private Width width;

    /** 0 for the SKU; 1, 2… for copies of a cell a shop listed before cells were unique (V36). */
    @Column(name = "sku_copy", updatable = false)
    private int skuCopy;

    /** The manufacturer's UPC/EAN, when entered; without one the SKU scans by its in-store EAN-13. */
    @Column(name = "manufacturer_code")
    private String manufacturerCode;

    @Column(name = "price_cents")
    private long priceCents;

    /** What a pair cost the shop; null until entered. Read by the stock reports, set per style. */
    @Column(name = "unit_cost_cents")
    private Long unitCostCents;

    private int stock;
    private boolean active;
    /** The shop's promotion tier, copied here so search can sort by it from an index. */
    @Column(name = "shop_promotion_tier")
    private int shopPromotionTier;
    /** The shoe's colour, copied here (it never changes) so colour searches use an index in sort order. */
    @Column(updatable = false)
    private Color color;
    /** Whether the shop is verified, copied here so verified-only searches use an index. */
    @Column(name = "shop_verified")
    private boolean shopVerified;
    /** Bumped by each edit of the listing's details (its price); see ListingService.changePrice. */
    @Column(name = "details_version")
    private long detailsVersion;

    /** Which of the shop's tax rates its units pay; the owner or a manager may change it. */
    @Column(name = "tax_category")
    private TaxCategory taxCategory = TaxCategory.STANDARD;

    @Column(name = "created_by", updatable = false)
    private long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Listing() {}

    public Listing(
            Shop shop,
            long shoeId,
            Color color,
            ShoeSize size,
            Width width,
            Condition condition,
            Gender gender,
            Money price,
            TaxCategory taxCategory,
            long createdBy,
            Instant createdAt) {
        this.shopId = shop.getId();
        this.shopPromotionTier = shop.getPromotionTier();
        this.shopVerified = shop.getVerificationStatus() == VerificationStatus.VERIFIED;
        this.color = color;
        this.shoeId = shoeId;
        this.sizeHalves = size.halves();
        this.width = width;
        this.condition = condition;
        this.gender = gender;
        this.priceCents = price.cents();
        this.taxCategory = taxCategory;
        this.stock = 0;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public long getShoeId() {
        return shoeId;
    }

    public ShoeSize getSize() {
        return new ShoeSize(sizeHalves);
    }

    public Condition getCondition() {
        return condition;
    }

    public Gender getGender() {
        return gender;
    }

    public Width getWidth() {
        return width;
    }

    public String getManufacturerCode() {
        return manufacturerCode;
    }

    public void setManufacturerCode(String manufacturerCode) {
        this.manufacturerCode = manufacturerCode;
    }

    public Money getPrice() {
        return Money.ofCents(priceCents);
    }

    public TaxCategory getTaxCategory() {
        return taxCategory;
    }

    public void setTaxCategory(TaxCategory taxCategory) {
        this.taxCategory = taxCategory;
    }

    public int getStock() {
        return stock;
    }

    public long getDetailsVersion() {
        return detailsVersion;
    }

    public boolean isActive() {
        return active;
    }

    /** Applies a ledger delta to the stock row; the caller writes the matching ledger entry. */
    public void moveStock(int delta) {
        long next = (long) stock + delta;
        if (next < 0) {
            throw new ConflictException("Only " + stock + " in stock");
        }
        if (next > MAX_QUANTITY) {
            throw new ValidationException("quantity", "Stock cannot exceed " + MAX_QUANTITY);
        }
        stock = (int) next;
    }

    public void delist() {
        active = false;
    }

    /** Puts a delisted SKU back on sale, its price, barcode and history as they were. */
    public void relist() {
        active = true;
    }
}
