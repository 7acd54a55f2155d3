package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One cashier's shift at one terminal of a shop: opened with a counted float, closed by a blind count
 * and its Z report, whose figures it keeps. While open it names its terminal and cashier in columns
 * that are unique, so a terminal has one open shift and a cashier one. Every till sale and refund of
 * the shift names it, under its row lock, so a sale lands in a shift before its Z report or is refused.
 */
@Entity
@DynamicUpdate
@Table(name = "shifts")
public class Shift {
    public static final int MAX_TERMINAL = 40;
    /** The most a float may be: a drawer, not a safe. */
    public static final Money MAX_FLOAT = Money.ofCents(100_000_00);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(updatable = false)
    private String terminal;

    @Column(name = "cashier_id", updatable = false)
    private long cashierId;

    @Column(name = "float_cents", updatable = false)
    private long floatCents;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "open_terminal")
    private String openTerminal;

    @Column(name = "open_cashier_id")
    private Long openCashierId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "z_number")
    private Integer zNumber;

    @Column(name = "expected_cash_cents")
    private Long expectedCashCents;

    @Column(name = "counted_cash_cents")
    private Long countedCashCents;

    @Column(name = "sales_count")
    private Integer salesCount;

    @Column(name = "sales_cents")
    private Long salesCents;

    @Column(name = "refunds_count")
    private Integer refundsCount;

    @Column(name = "refunds_cents")
    private Long refundsCents;

    @Column(name = "discounts_cents")
    private Long discountsCents;

    @Column(name = "tax_cents")
    private Long taxCents;

    protected Shift() {}

    public Shift(long shopId, String terminal, long cashierId, Money openingFloat, Instant openedAt) {
        this.shopId = shopId;
        this.terminal = terminal;
        this.cashierId = cashierId;
        this.floatCents = openingFloat.cents();
        this.openedAt = openedAt;
        this.openTerminal = terminal;
        this.openCashierId = cashierId;
    }

    /** What a Z report keeps of its shift, besides the count by denomination. */
    public record Totals(
            int salesCount,
            Money sales,
            int refundsCount,
            Money refunds,
            Money discounts,
            Money tax,
            Money expectedCash,
            Money countedCash) {}

    /** Closes the shift with its Z report: numbered, once. */
    public void close(int zNumber, Totals totals, long closedBy, Instant closedAt) {
        if (!isOpen()) {
            throw new ConflictException("This shift was already closed (Z report " + this.zNumber + ")");
        }
        this.openTerminal = null;
        this.openCashierId = null;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.zNumber = zNumber;
        this.salesCount = totals.salesCount();
        this.salesCents = totals.sales().cents();
        this.refundsCount = totals.refundsCount();
        this.refundsCents = totals.refunds().cents();
        this.discountsCents = totals.discounts().cents();
        this.taxCents = totals.tax().cents();
        this.expectedCashCents = totals.expectedCash().cents();
        this.countedCashCents = totals.countedCash().cents();
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** The Z report's figures; null while the shift is open. */
    public Totals totals() {
        return isOpen()
                ? null
                : new Totals(
                        salesCount,
                        Money.ofCents(salesCents),
                        refundsCount,
                        Money.ofCents(refundsCents),
                        Money.ofCents(discountsCents),
                        Money.ofCents(taxCents),
                        Money.ofCents(expectedCashCents),
                        Money.ofCents(countedCashCents));
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public String getTerminal() {
        return terminal;
    }

    public long getCashierId() {
        return cashierId;
    }

    public Money getFloat() {
        return Money.ofCents(floatCents);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public Integer getZNumber() {
        return zNumber;
    }
}
