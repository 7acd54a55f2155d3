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
 * Units of one order's lines given back at once, and the money for them; or, without a receipt,
 * units of one listing at the lowest price it sold for lately: history.
 */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "returns")
public class Return {
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "total_cents")
    private long totalCents;

    private String reason;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "shift_id")
    private Long shiftId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "listing_id")
    private Long listingId;

    private Integer quantity;

    @Column(name = "unit_cents")
    private Long unitCents;

    private Boolean restocked;

    @Column(name = "priced_from_line_id")
    private Long pricedFromLineId;

    protected Return() {}

    /** Units of a listing back without a receipt, priced as {@code pricedFrom} sold them; store credit only. */
    public static Return withoutReceipt(
            long listingId,
            int quantity,
            Money unitPrice,
            boolean restocked,
            long pricedFromLineId,
            long shopId,
            String reason,
            long actorId,
            long approvedBy,
            long customerId,
            Long shiftId,
            Instant createdAt) {
        Return back = new Return(
                null, shopId, unitPrice.times(quantity), reason, actorId, approvedBy, customerId, shiftId, createdAt);
        back.listingId = listingId;
        back.quantity = quantity;
        back.unitCents = unitPrice.cents();
        back.restocked = restocked;
        back.pricedFromLineId = pricedFromLineId;
        return back;
    }

    public Return(
            Long orderId,
            long shopId,
            Money total,
            String reason,
            long actorId,
            Long approvedBy,
            Long customerId,
            Long shiftId,
            Instant createdAt) {
        this.orderId = orderId;
        this.shopId = shopId;
        this.totalCents = total.cents();
        this.reason = reason;
        this.actorId = actorId;
        this.approvedBy = approvedBy;
        this.customerId = customerId;
        this.shiftId = shiftId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
