package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/** A customer's 1–5 star rating of a shop; written only by the native upsert (a second replaces the first). */
@Entity
@DynamicUpdate
@Table(name = "ratings")
@IdClass(Rating.Key.class)
public class Rating {
    @Id
    @Column(name = "shop_id")
    private long shopId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    private int stars;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** The composite key, as Hibernate's {@code @IdClass} wants it. */
    public static class Key implements Serializable {
        private long shopId;
        private long customerId;

        protected Key() {}

        public Key(long shopId, long customerId) {
            this.shopId = shopId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.shopId == shopId && key.customerId == customerId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, customerId);
        }
    }

    protected Rating() {}

    public long getShopId() {
        return shopId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public int getStars() {
        return stars;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
