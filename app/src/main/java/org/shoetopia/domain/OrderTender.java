package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One tender of an order: what it paid toward the total ({@code amount}) and, for cash, what was
 * handed over ({@code tendered}; the change is the difference). The order's total is the sum of its
 * tenders' amounts.
 */
@Entity
@Immutable
@Table(name = "order_tenders")
public class OrderTender {
    @Id
    // Ids reserved 50 at a time (db/*/V24), so a checkout's inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_tenders_ids")
    @SequenceGenerator(name = "order_tenders_ids", sequenceName = "order_tenders_ids", allocationSize = 50)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    private int position;

    private PaymentMethod kind;

    @Column(name = "amount_cents")
    private long amountCents;

    @Column(name = "tendered_cents")
    private Long tenderedCents;

    @Column(name = "card_brand")
    private String cardBrand;

    @Column(name = "card_last4")
    private String cardLast4;

    @Column(name = "gift_card_id")
    private Long giftCardId;

    protected OrderTender() {}

    public OrderTender(long orderId, int position, Payment.Settled settled, Long giftCardId) {
        this.orderId = orderId;
        this.position = position;
        this.kind = settled.tender().method();
        this.amountCents = settled.amount().cents();
        this.tenderedCents =
                settled.tendered() == null ? null : settled.tendered().cents();
        this.cardBrand = settled.tender().cardBrand();
        this.cardLast4 = settled.tender().cardLast4();
        this.giftCardId = giftCardId;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getPosition() {
        return position;
    }

    public PaymentMethod getKind() {
        return kind;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }

    /** Cash only: what the customer handed over. */
    public Money getTendered() {
        return tenderedCents == null ? null : Money.ofCents(tenderedCents);
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public Long getGiftCardId() {
        return giftCardId;
    }
}
