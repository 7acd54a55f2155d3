package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * What one listing of an order charged: sale units at the sale price, the rest at full price
 * ({@code lineTotal}), its tax (one {@link OrderLineTax} per rate) and its gross, tax included.
 */
@Entity
@DynamicUpdate
@Table(name = "order_lines")
public class OrderLine implements AppendOnlyRow {
    @Id
    // Ids reserved 50 at a time (see db/postgresql/V10), so inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_lines_ids")
    @SequenceGenerator(name = "order_lines_ids", sequenceName = "order_lines_ids", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", updatable = false)
    private long orderId;

    @Column(name = "listing_id", updatable = false)
    private long listingId;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "flash_sale_id", updatable = false)
    private Long flashSaleId;

    @Column(updatable = false)
    private int quantity;

    @Column(name = "unit_price_cents", updatable = false)
    private long unitPriceCents;

    @Column(name = "sale_units", updatable = false)
    private int saleUnits;

    @Column(name = "sale_unit_price_cents", updatable = false)
    private long saleUnitPriceCents;

    @Column(name = "line_total_cents", updatable = false)
    private long lineTotalCents;

    @Column(name = "prices_include_tax", updatable = false)
    private boolean pricesIncludeTax;

    @Column(name = "tax_cents", updatable = false)
    private long taxCents;

    /** What the line's own discount and its share of the order's took off its units' prices. */
    @Column(name = "discount_cents", updatable = false)
    private long discountCents;

    @Column(name = "gross_cents", updatable = false)
    private long grossCents;

    @Column(name = "refunded_quantity")
    private int refundedQuantity;

    @Column(name = "refunded_cents")
    private long refundedCents;

    protected OrderLine() {}

    /** The line as the pricing rule priced it; {@code flashSaleId} names the sale its sale units came from. */
    public OrderLine(
            long orderId,
            long listingId,
            long shopId,
            Long flashSaleId,
            Pricing.PricedLine priced,
            boolean pricesIncludeTax) {
        this.orderId = orderId;
        this.listingId = listingId;
        this.shopId = shopId;
        this.quantity = priced.line().quantity();
        this.unitPriceCents = priced.line().unitPrice().cents();
        this.flashSaleId = flashSaleId;
        this.saleUnits = priced.saleUnits();
        this.saleUnitPriceCents = priced.saleUnitPrice().cents();
        this.lineTotalCents = chargeFor(quantity).cents();
        this.pricesIncludeTax = pricesIncludeTax;
        this.taxCents = priced.tax().cents();
        this.discountCents = priced.discount().cents();
        this.grossCents = priced.gross().cents();
        if (lineTotalCents != priced.charged().cents()
                || grossCents != lineTotalCents - discountCents + (pricesIncludeTax ? 0 : taxCents)) {
            throw new IllegalStateException("an order line is written as the pricing rule priced it");
        }
    }

    /** What a refund gives back on one rate of the line: taxable amount and tax. */
    public record TaxRefund(long orderLineTaxId, Money taxable, Money tax) {}

    /** What a refund gives back: the money (tax included) and its tax per rate. */
    public record RefundAmount(Money amount, List<TaxRefund> taxes) {}

    /**
     * What the first {@code units} units of the line cost at their prices when counted full-price
     * units first. A refund of k more units returns what the first refunded + k cost (less their
     * discount, plus their tax) less what the first refunded cost, so the refunds of a line add up
     * to at most what it charged, exactly.
     */
    private Money chargeFor(int units) {
        int fullUnits = Math.min(units, quantity - saleUnits);
        int saleUnitsCounted = units - fullUnits;
        return Money.ofCents(unitPriceCents)
                .times(fullUnits)
                .plus(Money.ofCents(saleUnitPriceCents).times(saleUnitsCounted));
    }

    /**
     * The discount on the first {@code units} units: the line's discount in proportion to what they
     * cost, half-up to the cent, and all of it with the last unit; it never falls as units grow.
     */
    private Money discountOf(int units) {
        if (units == quantity || discountCents == 0) {
            return units == quantity ? Money.ofCents(discountCents) : Money.ZERO;
        }
        long whole = lineTotalCents;
        long numerator = Math.multiplyExact(discountCents, chargeFor(units).cents());
        return Money.ofCents(Math.floorDiv(Math.addExact(Math.multiplyExact(2, numerator), whole), 2 * whole));
    }

    /** One rate's base in the first {@code units} units, counted full-price units first. */
    private Money baseOf(OrderLineTax tax, int units) {
        int fullUnits = Math.min(units, quantity - saleUnits);
        return tax.getFullUnitBase().times(fullUnits).plus(tax.getSaleUnitBase().times(units - fullUnits));
    }

    /**
     * One rate's tax in the first {@code units} units: the line's tax on that rate in proportion to
     * their base, half-up to the cent, and all of it with the last unit. It never falls as units
     * grow, so the tax refunds of a rate add up to what the line charged on it, never more.
     */
    private Money taxOf(OrderLineTax tax, int units) {
        if (units == quantity) {
            return tax.getTax();
        }
        long wholeBase = baseOf(tax, quantity).cents();
        if (wholeBase == 0) {
            return Money.ZERO;
        }
        long numerator =
                Math.multiplyExact(tax.getTax().cents(), baseOf(tax, units).cents());
        return Money.ofCents(Math.floorDiv(Math.addExact(Math.multiplyExact(2, numerator), wholeBase), 2 * wholeBase));
    }

    /** One rate's taxable amount in the first {@code units} units: its base, net of tax when prices include it. */
    private Money taxableOf(OrderLineTax tax, int units) {
        if (units == quantity) {
            return tax.getTaxable();
        }
        return pricesIncludeTax ? baseOf(tax, units).minus(taxOf(tax, units)) : baseOf(tax, units);
    }

    /**
     * Records a refund of {@code units} more units and returns the money to give back with its tax
     * per rate ({@code taxes}: the line's). Caller holds the row lock.
     */
    public RefundAmount refund(int units, List<OrderLineTax> taxes) {
        RefundAmount amount = refundOf(units, taxes);
        refundedQuantity += units;
        refundedCents += amount.amount().cents();
        return amount;
    }

    /**
     * What refunding {@code units} more units would give back, with its tax per rate, changing nothing:
     * a till shows it against an exchange's new sale before the return is posted.
     */
    public RefundAmount refundOf(int units, List<OrderLineTax> taxes) {
        if (units <= 0) {
            throw new ValidationException("quantity", "Refund at least one unit");
        }
        if (units > refundableQuantity()) {
            throw new ConflictException("Only " + refundableQuantity() + " unit(s) of this line can still be refunded");
        }
        int before = refundedQuantity;
        int after = refundedQuantity + units;
        Money amount = chargeFor(after)
                .minus(discountOf(after))
                .minus(chargeFor(before).minus(discountOf(before)));
        List<TaxRefund> taxRefunds = new ArrayList<>();
        for (OrderLineTax tax : taxes) {
            if (tax.getOrderLineId() != id) {
                throw new IllegalArgumentException("a line refunds its own taxes");
            }
            Money refunded = taxOf(tax, after).minus(taxOf(tax, before));
            taxRefunds.add(new TaxRefund(tax.getId(), taxableOf(tax, after).minus(taxableOf(tax, before)), refunded));
            if (!pricesIncludeTax) {
                amount = amount.plus(refunded);
            }
        }
        return new RefundAmount(amount, List.copyOf(taxRefunds));
    }

    public int refundableQuantity() {
        return quantity - refundedQuantity;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getListingId() {
        return listingId;
    }

    public long getShopId() {
        return shopId;
    }

    public Long getFlashSaleId() {
        return flashSaleId;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getUnitPrice() {
        return Money.ofCents(unitPriceCents);
    }

    public int getSaleUnits() {
        return saleUnits;
    }

    public Money getSaleUnitPrice() {
        return Money.ofCents(saleUnitPriceCents);
    }

    public Money getLineTotal() {
        return Money.ofCents(lineTotalCents);
    }

    public boolean pricesIncludeTax() {
        return pricesIncludeTax;
    }

    public Money getDiscount() {
        return Money.ofCents(discountCents);
    }

    public Money getTax() {
        return Money.ofCents(taxCents);
    }

    /** What the line charged, tax included. */
    public Money getGross() {
        return Money.ofCents(grossCents);
    }

    /** What the line charged, tax excluded. */
    public Money getNet() {
        return Money.ofCents(grossCents - taxCents);
    }

    public int getRefundedQuantity() {
        return refundedQuantity;
    }

    public Money getRefunded() {
        return Money.ofCents(refundedCents);
    }

    private static final String INSERT = """
            insert into order_lines (id, order_id, listing_id, shop_id, flash_sale_id, quantity,
            unit_price_cents, sale_units, sale_unit_price_cents, line_total_cents,
            refunded_quantity, refunded_cents, prices_include_tax, tax_cents, gross_cents,
            discount_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(
                INSERT,
                id,
                orderId,
                listingId,
                shopId,
                flashSaleId,
                quantity,
                unitPriceCents,
                saleUnits,
                saleUnitPriceCents,
                lineTotalCents,
                refundedQuantity,
                refundedCents,
                pricesIncludeTax,
                taxCents,
                grossCents,
                discountCents);
    }
}
