package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A manager's approval of one discount of one cart, asked for by the cashier at that cart's till.
 * It is used once: the discount that uses it marks it used by a conditional update, so two uses at
 * once cannot both pass.
 */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@DynamicUpdate
@Table(name = "approvals")
public class Approval {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "cart_id", updatable = false)
    private long cartId;

    @Column(updatable = false)
    private long target;

    @Column(updatable = false)
    private DiscountKind kind;

    @Column(name = "percent_hundredths", updatable = false)
    private int percentHundredths;

    @Column(name = "amount_cents", updatable = false)
    private Long amountCents;

    @Column(updatable = false)
    private String reason;

    /** What the discount took off when approved: the most it may take off on this approval. */
    @Column(name = "approved_cents", updatable = false)
    private long approvedCents;

    @Column(name = "asked_by", updatable = false)
    private long askedBy;

    @Column(name = "approved_by", updatable = false)
    private long approvedBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Approval() {}

    public Approval(
            long shopId,
            long cartId,
            long target,
            Discount discount,
            Money approved,
            long askedBy,
            long approvedBy,
            Instant createdAt) {
        this.shopId = shopId;
        this.cartId = cartId;
        this.target = target;
        this.kind = discount.kind();
        this.percentHundredths = discount.percentHundredths();
        this.amountCents = discount.amount() == null ? null : discount.amount().cents();
        this.reason = discount.reason();
        this.approvedCents = approved.cents();
        this.askedBy = askedBy;
        this.approvedBy = approvedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Money getApproved() {
        return Money.ofCents(approvedCents);
    }

    public long getApprovedBy() {
        return approvedBy;
    }
}
