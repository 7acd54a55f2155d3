package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Where part of a return's money went: back to one of the order's tenders (its card, its cash) or to
 * the customer's store credit. History.
 */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "return_tenders")
public class ReturnTender {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "return_id")
    private long returnId;

    private int position;

    private PaymentMethod kind;

    @Column(name = "amount_cents")
    private long amountCents;

    @Column(name = "order_tender_id")
    private Long orderTenderId;

    protected ReturnTender() {}

    public ReturnTender(long returnId, int position, PaymentMethod kind, Money amount, Long orderTenderId) {
        this.returnId = returnId;
        this.position = position;
        this.kind = kind;
        this.amountCents = amount.cents();
        this.orderTenderId = orderTenderId;
    }
}
