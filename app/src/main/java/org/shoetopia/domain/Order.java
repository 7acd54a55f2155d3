package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A completed checkout: the receipt. Its number comes from a database sequence. */
@Entity
@Immutable
@Table(name = "orders")
public class Order {
    @Id
    // Ids reserved 50 at a time (see db/postgresql/V10), so inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_ids")
    @SequenceGenerator(name = "orders_ids", sequenceName = "orders_ids", allocationSize = 50)
    private Long id;

    @Column(name = "order_number")
    private long orderNumber;

    @Column(name = "cart_id")
    private long cartId;

    @Column(name = "buyer_id")
    private Long buyerId;

    @Column(name = "cashier_id")
    private long cashierId;

    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;

    @Column(name = "card_brand")
    private String cardBrand;

    @Column(name = "card_last4")
    private String cardLast4;

    @Column(name = "cash_tendered_cents")
    private Long cashTenderedCents;

    @Column(name = "total_cents")
    private long totalCents;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Order() {}

    public Order(
            long orderNumber,
            long cartId,
            Long buyerId,
            long cashierId,
            Payment payment,
            Money total,
            String idempotencyKey,
            Instant createdAt) {
        this.orderNumber = orderNumber;
        this.cartId = cartId;
        this.buyerId = buyerId;
        this.cashierId = cashierId;
        this.paymentMethod = payment.method();
        this.cardBrand = payment.cardBrand();
        this.cardLast4 = payment.cardLast4();
        this.cashTenderedCents =
                payment.cashTendered() == null ? null : payment.cashTendered().cents();
        this.totalCents = total.cents();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrderNumber() {
        return orderNumber;
    }

    public long getCartId() {
        return cartId;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public long getCashierId() {
        return cashierId;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getCardBrand() {
        return cardBrand;
    }

    public String getCardLast4() {
        return cardLast4;
    }

    public Money getCashTendered() {
        return cashTenderedCents == null ? null : Money.ofCents(cashTenderedCents);
    }

    public Money getTotal() {
        return Money.ofCents(totalCents);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
