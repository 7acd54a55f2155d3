package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The tax a refund gave back on one rate of its line (and the taxable amount it took off). */
// Its columns are written at insert and read by the tax report's queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "refund_taxes")
public class RefundTax {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "refund_id")
    private long refundId;

    @Column(name = "order_line_tax_id")
    private long orderLineTaxId;

    @Column(name = "taxable_cents")
    private long taxableCents;

    @Column(name = "tax_cents")
    private long taxCents;

    protected RefundTax() {}

    public RefundTax(long refundId, long orderLineTaxId, Money taxable, Money tax) {
        this.refundId = refundId;
        this.orderLineTaxId = orderLineTaxId;
        this.taxableCents = taxable.cents();
        this.taxCents = tax.cents();
    }
}
