package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.DynamicUpdate;

/** A quantity of one listing in a cart. */
@Entity
@DynamicUpdate
@Table(name = "cart_lines")
@IdClass(CartLine.Key.class)
public class CartLine {
    @Id
    @Column(name = "cart_id")
    private long cartId;

    @Id
    @Column(name = "listing_id")
    private long listingId;

    private int quantity;

    /** The composite key, as Hibernate's {@code @IdClass} wants it: fields named like the entity's ids. */
    public static class Key implements Serializable {
        private long cartId;
        private long listingId;

        protected Key() {}

        public Key(long cartId, long listingId) {
            this.cartId = cartId;
            this.listingId = listingId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cartId == cartId && key.listingId == listingId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(cartId, listingId);
        }
    }

    protected CartLine() {}

    public CartLine(long cartId, long listingId, int quantity) {
        this.cartId = cartId;
        this.listingId = listingId;
        this.quantity = quantity;
    }

    public long getCartId() {
        return cartId;
    }

    public long getListingId() {
        return listingId;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
