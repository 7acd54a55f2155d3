package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of a shop's tax rates, in the order its owner set them. A change replaces them all. */
@Entity
@Immutable
@Table(name = "shop_tax_rates")
public class ShopTaxRate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    private int position;
    private TaxCategory category;
    private String name;

    @Column(name = "rate_thousandths")
    private int rateThousandths;

    @Column(name = "applies_to")
    private TaxAppliesTo appliesTo;

    @Column(name = "threshold_cents")
    private Long thresholdCents;

    protected ShopTaxRate() {}

    public ShopTaxRate(long shopId, int position, TaxRate rate) {
        this.shopId = shopId;
        this.position = position;
        this.category = rate.category();
        this.name = rate.name();
        this.rateThousandths = rate.rateThousandths();
        this.appliesTo = rate.appliesTo();
        this.thresholdCents = rate.threshold() == null ? null : rate.threshold().cents();
    }

    public long getShopId() {
        return shopId;
    }

    public TaxRate rate() {
        return new TaxRate(
                name,
                category,
                rateThousandths,
                appliesTo,
                thresholdCents == null ? null : Money.ofCents(thresholdCents));
    }
}
