package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A promotion tier and its price, seeded by migration. */
@Entity
@Immutable
@Table(name = "promotion_tiers")
public class PromotionTier {
    @Id
    private Integer tier;

    @Column(name = "price_cents")
    private long priceCents;

    protected PromotionTier() {}

    public int getTier() {
        return tier;
    }

    public Money getPrice() {
        return Money.ofCents(priceCents);
    }
}
