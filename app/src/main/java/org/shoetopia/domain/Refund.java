package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Units of an order line given back, and the money returned for them. */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "refunds")
public class Refund {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_line_id")
    private long orderLineId;

    private int quantity;

    @Column(name = "amount_cents")
    private long amountCents;

    private boolean restocked;
    private String reason;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The till shift of whoever refunded, if they had one open at the shop. */
    @Column(name = "shift_id")
    private Long shiftId;

    /** The return it is part of. */
    @Column(name = "return_id")
    private Long returnId;

    protected Refund() {}

    public Refund(
            long orderLineId,
            int quantity,
            Money amount,
            boolean restocked,
            String reason,
            long actorId,
            Instant createdAt,
            Long shiftId,
            Long returnId) {
        this.orderLineId = orderLineId;
        this.quantity = quantity;
        this.amountCents = amount.cents();
        this.restocked = restocked;
        this.reason = reason;
        this.actorId = actorId;
        this.createdAt = createdAt;
        this.shiftId = shiftId;
        this.returnId = returnId;
    }

    public Long getId() {
        return id;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }
}
