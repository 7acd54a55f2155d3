package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A discount of an open cart: on one listing's line ({@code target} its id) or on the whole cart
 * (target 0); replaced whole when the cashier gives another. {@code approvalId}: the manager's
 * approval it used, if it needed one.
 */
@Entity
@Immutable
@Table(name = "cart_discounts")
public class CartDiscount {
    /** The target of a discount on the whole cart. */
    public static final long WHOLE_CART = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cart_id")
    private long cartId;

    private long target;
    private DiscountKind kind;

    @Column(name = "percent_hundredths")
    private int percentHundredths;

    @Column(name = "amount_cents")
    private Long amountCents;

    private String reason;

    @Column(name = "asked_by")
    private long askedBy;

    @Column(name = "approval_id")
    private Long approvalId;

    /** With an approval: the most it may take off, what it took off when the manager approved it. */
    @Column(name = "approved_cents")
    private Long approvedCents;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CartDiscount() {}

    public CartDiscount(
            long cartId, long target, Discount discount, long askedBy, Approval approval, Instant createdAt) {
        this.cartId = cartId;
        this.target = target;
        this.kind = discount.kind();
        this.percentHundredths = discount.percentHundredths();
        this.amountCents = discount.amount() == null ? null : discount.amount().cents();
        this.reason = discount.reason();
        this.askedBy = askedBy;
        this.approvalId = approval == null ? null : approval.getId();
        this.approvedCents = approval == null ? null : approval.getApproved().cents();
        this.createdAt = createdAt;
    }

    public long getTarget() {
        return target;
    }

    public long getAskedBy() {
        return askedBy;
    }

    public Long getApprovalId() {
        return approvalId;
    }

    /** The most an approved discount may take off; null when it has no approval. */
    public Money getApproved() {
        return approvedCents == null ? null : Money.ofCents(approvedCents);
    }

    public Discount discount() {
        return new Discount(kind, percentHundredths, amountCents == null ? null : Money.ofCents(amountCents), reason);
    }
}
