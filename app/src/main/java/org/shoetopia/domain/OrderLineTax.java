package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One rate's tax on an order line as checkout charged it, with the rate as it was then. */
@Entity
@Immutable
@Table(name = "order_line_taxes")
public class OrderLineTax implements AppendOnlyRow {
    @Id
    // Ids reserved 50 at a time, like the order lines', so a checkout's inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_taxes_ids")
    @SequenceGenerator(name = "order_line_taxes_ids", sequenceName = "order_line_taxes_ids", allocationSize = 50)
    private Long id;

    @Column(name = "order_line_id")
    private long orderLineId;

    private TaxCategory category;
    private String name;

    @Column(name = "rate_thousandths")
    private int rateThousandths;

    @Column(name = "applies_to")
    private TaxAppliesTo appliesTo;

    @Column(name = "threshold_cents")
    private Long thresholdCents;

    @Column(name = "full_unit_base_cents")
    private long fullUnitBaseCents;

    @Column(name = "sale_unit_base_cents")
    private long saleUnitBaseCents;

    @Column(name = "taxable_cents")
    private long taxableCents;

    @Column(name = "tax_cents")
    private long taxCents;

    protected OrderLineTax() {}

    public OrderLineTax(long orderLineId, Pricing.LineTax tax) {
        TaxRate rate = tax.rate();
        this.orderLineId = orderLineId;
        this.category = rate.category();
        this.name = rate.name();
        this.rateThousandths = rate.rateThousandths();
        this.appliesTo = rate.appliesTo();
        this.thresholdCents = rate.threshold() == null ? null : rate.threshold().cents();
        this.fullUnitBaseCents = tax.fullUnitBase().cents();
        this.saleUnitBaseCents = tax.saleUnitBase().cents();
        this.taxableCents = tax.taxable().cents();
        this.taxCents = tax.tax().cents();
    }

    public Long getId() {
        return id;
    }

    public long getOrderLineId() {
        return orderLineId;
    }

    public TaxRate rate() {
        return new TaxRate(
                name,
                category,
                rateThousandths,
                appliesTo,
                thresholdCents == null ? null : Money.ofCents(thresholdCents));
    }

    public Money getFullUnitBase() {
        return Money.ofCents(fullUnitBaseCents);
    }

    public Money getSaleUnitBase() {
        return Money.ofCents(saleUnitBaseCents);
    }

    public Money getTaxable() {
        return Money.ofCents(taxableCents);
    }

    public Money getTax() {
        return Money.ofCents(taxCents);
    }

    private static final String INSERT = """
            insert into order_line_taxes (id, order_line_id, category, name, rate_thousandths,
            applies_to, threshold_cents, full_unit_base_cents, sale_unit_base_cents, taxable_cents,
            tax_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(
                INSERT,
                id,
                orderLineId,
                category,
                name,
                rateThousandths,
                appliesTo,
                thresholdCents,
                fullUnitBaseCents,
                saleUnitBaseCents,
                taxableCents,
                taxCents);
    }
}
