package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A shop of the marketplace, owned by one account. Created by a native upsert on its name. */
@Entity
@DynamicUpdate
@Table(name = "shops")
public class Shop {
    public static final int MAX_NAME = 80;
    public static final int TOP_TIER = 3;

    @Id
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "store_name")
    private String storeName;

    @Column(name = "store_name_key")
    private String storeNameKey;

    @Column(name = "promotion_tier")
    private int promotionTier;

    @Column(name = "verification_status")
    private VerificationStatus verificationStatus;

    @Column(name = "verification_reason")
    private String verificationReason;

    @Column(name = "created_at")
    private Instant createdAt;
    /** Bumped by each edit of the shop's details (its name); see ShopService.renameShop. */
    @Column(name = "details_version")
    private long detailsVersion;

    @Column(name = "prices_include_tax")
    private boolean pricesIncludeTax;

    @Column(name = "tax_rounding")
    private TaxRounding taxRounding = TaxRounding.PER_LINE;

    @Column(name = "tax_number")
    private String taxNumber;

    /** How much a cashier may take off without a manager, in hundredths of a percent. */
    @Column(name = "cashier_discount_limit")
    private int cashierDiscountLimit = DiscountSettings.DEFAULT_LIMIT;

    private String address;

    private String phone;

    @Column(name = "return_policy")
    private String returnPolicy;

    /** What the shop's receipts print under its name. */
    public ReceiptDetails receiptDetails() {
        return new ReceiptDetails(address, phone, returnPolicy);
    }

    public void setReceiptDetails(ReceiptDetails details) {
        this.address = details.address();
        this.phone = details.phone();
        this.returnPolicy = details.returnPolicy();
    }

    protected Shop() {}

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getStoreName() {
        return storeName;
    }

    public int getPromotionTier() {
        return promotionTier;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public String getVerificationReason() {
        return verificationReason;
    }

    public long getDetailsVersion() {
        return detailsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The shop's tax settings with these rates (its shop_tax_rates rows, in order). */
    public TaxSettings taxSettings(java.util.List<TaxRate> rates) {
        return new TaxSettings(pricesIncludeTax, taxRounding, taxNumber, rates);
    }

    /** Takes the settings' mode, rounding and number; the caller replaces the rate rows. */
    public void setTaxSettings(TaxSettings settings) {
        this.pricesIncludeTax = settings.pricesIncludeTax();
        this.taxRounding = settings.rounding();
        this.taxNumber = settings.registrationNumber();
    }

    public int getCashierDiscountLimit() {
        return cashierDiscountLimit;
    }

    public void setCashierDiscountLimit(int hundredths) {
        this.cashierDiscountLimit = hundredths;
    }

    public void raisePromotionTier(int tier) {
        if (tier <= promotionTier || tier > TOP_TIER) {
            throw new IllegalArgumentException("tier must rise");
        }
        this.promotionTier = tier;
    }

    public void setVerification(VerificationStatus status, String reason) {
        this.verificationStatus = status;
        this.verificationReason = reason;
    }
}
