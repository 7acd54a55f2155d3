package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of the reasons a shop's discounts may give, in the order its owner set them. */
@Entity
@Immutable
@Table(name = "shop_discount_reasons")
public class ShopDiscountReason {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    private int position;
    private String reason;

    protected ShopDiscountReason() {}

    public ShopDiscountReason(long shopId, int position, String reason) {
        this.shopId = shopId;
        this.position = position;
        this.reason = reason;
    }

    public String getReason() {
        return reason;
    }
}
