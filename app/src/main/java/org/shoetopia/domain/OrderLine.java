package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/** What one listing of an order charged: sale units at the sale price, the rest at full price. */
@Entity
@DynamicUpdate
@Table(name = "order_lines")
public class OrderLine {
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

    @Column(name = "refunded_quantity")
    private int refundedQuantity;

    @Column(name = "refunded_cents")
    private long refundedCents;

    protected OrderLine() {}

    public OrderLine(
            long orderId,
            long listingId,
            long shopId,
            int quantity,
            Money unitPrice,
            Long flashSaleId,
            int saleUnits,
            Money saleUnitPrice) {
        this.orderId = orderId;
        this.listingId = listingId;
        this.shopId = shopId;
        this.quantity = quantity;
        this.unitPriceCents = unitPrice.cents();
        this.flashSaleId = flashSaleId;
        this.saleUnits = saleUnits;
        this.saleUnitPriceCents = saleUnitPrice.cents();
        this.lineTotalCents = chargeFor(quantity).cents();
    }

    /**
     * What the first {@code units} units of the line cost when counted full-price units first.
     * A refund of k more units returns chargeFor(refunded + k) - chargeFor(refunded), so the
     * refunds of a line add up to at most what it charged, exactly.
     */
    private Money chargeFor(int units) {
        int fullUnits = Math.min(units, quantity - saleUnits);
        int saleUnitsCounted = units - fullUnits;
        return Money.ofCents(unitPriceCents)
                .times(fullUnits)
                .plus(Money.ofCents(saleUnitPriceCents).times(saleUnitsCounted));
    }

    /** Records a refund of {@code units} more units and returns the money to give back. Caller holds the row lock. */
    public Money refund(int units) {
        if (units <= 0) {
            throw new ValidationException("quantity", "Refund at least one unit");
        }
        if (units > refundableQuantity()) {
            throw new ConflictException("Only " + refundableQuantity() + " unit(s) of this line can still be refunded");
        }
        Money amount = chargeFor(refundedQuantity + units).minus(chargeFor(refundedQuantity));
        refundedQuantity += units;
        refundedCents += amount.cents();
        return amount;
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

    public int getRefundedQuantity() {
        return refundedQuantity;
    }

    public Money getRefunded() {
        return Money.ofCents(refundedCents);
    }
}
