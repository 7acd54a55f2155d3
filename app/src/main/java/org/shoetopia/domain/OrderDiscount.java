package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A discount as an order gave it: on one line ({@code orderLineId}) or on the whole order (null), what
 * it took off, who asked and who approved. A price override keeps the listing's price it replaced.
 */
@Entity
@Immutable
@Table(name = "order_discounts")
public class OrderDiscount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "order_line_id")
    private Long orderLineId;

    private DiscountKind kind;

    @Column(name = "percent_hundredths")
    private int percentHundredths;

    @Column(name = "amount_cents")
    private Long amountCents;

    @Column(name = "list_price_cents")
    private Long listPriceCents;

    private String reason;

    @Column(name = "given_cents")
    private long givenCents;

    @Column(name = "asked_by")
    private long askedBy;

    @Column(name = "approved_by")
    private Long approvedBy;

    protected OrderDiscount() {}

    public OrderDiscount(
            long orderId,
            Long orderLineId,
            Discount discount,
            Money listPrice,
            Money given,
            long askedBy,
            Long approvedBy) {
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.kind = discount.kind();
        this.percentHundredths = discount.percentHundredths();
        this.amountCents = discount.amount() == null ? null : discount.amount().cents();
        this.listPriceCents = listPrice == null ? null : listPrice.cents();
        this.reason = discount.reason();
        this.givenCents = given.cents();
        this.askedBy = askedBy;
        this.approvedBy = approvedBy;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public Discount discount() {
        return new Discount(kind, percentHundredths, amountCents == null ? null : Money.ofCents(amountCents), reason);
    }

    public Money getListPrice() {
        return listPriceCents == null ? null : Money.ofCents(listPriceCents);
    }

    public Money getGiven() {
        return Money.ofCents(givenCents);
    }
}
