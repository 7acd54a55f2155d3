package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A gift card a till's open cart will sell, for this amount; its code is made at checkout. */
@Entity
@Immutable
@Table(name = "cart_gift_cards")
public class CartGiftCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cart_id")
    private long cartId;

    @Column(name = "amount_cents")
    private long amountCents;

    protected CartGiftCard() {}

    public CartGiftCard(long cartId, Money amount) {
        this.cartId = cartId;
        this.amountCents = GiftCard.requireSellable(amount).cents();
    }

    public Long getId() {
        return id;
    }

    public long getCartId() {
        return cartId;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }
}
