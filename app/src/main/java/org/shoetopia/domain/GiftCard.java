package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A gift card a shop sold, spent only at that shop. Its code is never stored: only the code's hash
 * ({@link GiftCardCode#hash}) and last four characters. Its balance moves only while its row is locked,
 * each time with an entry of its ledger ({@link StoredValueEntry}); only the balance ever changes.
 */
@Entity
@DynamicUpdate
@Table(name = "gift_cards")
public class GiftCard {
    /** The most a till sells one gift card for. */
    public static final Money MAX_AMOUNT = Money.ofCents(1_000_00);

    @Id
    // Ids reserved 50 at a time (db/*/V24), so a checkout's inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gift_cards_ids")
    @SequenceGenerator(name = "gift_cards_ids", sequenceName = "gift_cards_ids", allocationSize = 50)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "code_last4")
    private String codeLast4;

    @Column(name = "issued_cents")
    private long issuedCents;

    @Column(name = "balance_cents")
    private long balanceCents;

    @Column(name = "sold_order_id")
    private long soldOrderId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected GiftCard() {}

    public GiftCard(long shopId, String code, Money amount, long soldOrderId, Instant createdAt) {
        this.shopId = shopId;
        this.codeHash = GiftCardCode.hash(code);
        this.codeLast4 = GiftCardCode.last4(code);
        this.issuedCents = amount.cents();
        this.balanceCents = amount.cents();
        this.soldOrderId = soldOrderId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public String getCodeLast4() {
        return codeLast4;
    }

    public Money getIssued() {
        return Money.ofCents(issuedCents);
    }

    public Money getBalance() {
        return Money.ofCents(balanceCents);
    }

    public long getSoldOrderId() {
        return soldOrderId;
    }

    /**
     * Gives the card a new code, when the only answer that showed the old one was lost (a retried
     * checkout): only while nothing of it was spent, so no one can have used the old code.
     */
    public void reissue(String code) {
        if (balanceCents != issuedCents) {
            throw new IllegalStateException("A gift card already spent from keeps its code");
        }
        this.codeHash = GiftCardCode.hash(code);
        this.codeLast4 = GiftCardCode.last4(code);
    }

    public boolean isUnspent() {
        return balanceCents == issuedCents;
    }

    /** Takes {@code amount} off the balance; the row must be locked. Refused, changing nothing, beyond the balance. */
    public void redeem(Money amount) {
        if (amount.cents() > balanceCents) {
            throw new ConflictException(
                    "Gift card **** " + codeLast4 + " has only " + getBalance() + " left; the sale was not charged");
        }
        balanceCents -= amount.cents();
    }

    /** A gift card's amount as a till sells it: more than nothing, at most {@link #MAX_AMOUNT}. */
    public static Money requireSellable(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException("giftCardAmount", "A gift card's amount must be more than 0.00");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new ValidationException("giftCardAmount", "A gift card is sold for at most " + MAX_AMOUNT);
        }
        return amount;
    }
}
