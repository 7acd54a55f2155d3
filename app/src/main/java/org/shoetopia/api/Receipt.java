package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.PaymentMethod;

/**
 * Everything a printed or PDF receipt shows, with the prices actually charged. A line's total is
 * what its units cost at their prices; {@code taxes} are each rate's taxable amount and tax, added
 * to the lines (prices without tax) or included in them (prices with tax); {@code total} is what the
 * customer paid, gift cards sold included, by its {@code tenders}; {@code change} came back from the cash.
 * {@code shipTo}: where the shop ships a till's sale (null: the customer took the shoes).
 */
public record Receipt(
        long orderId,
        long orderNumber,
        Instant createdAt,
        String cashierName,
        String buyerName,
        List<TenderLine> tenders,
        Money change,
        List<GiftCardLine> giftCardsSold,
        Money total,
        List<Line> lines,
        List<DiscountLine> discounts,
        List<TaxLine> taxes,
        List<TaxNumber> taxNumbers,
        Header header,
        boolean copy,
        String shipTo) {

    /**
     * What the receipt prints above the sale and at its foot: the shop's name, address, phone and
     * return policy, and the terminal of the till's shift (null for an order bought online); null when the order is of several shops (a customer's cart), which it names
     * line by line. {@code copy}: a reprint, marked as one.
     */
    public record Header(String shopName, String address, String phone, String returnPolicy, String terminal) {}

    /**
     * A discount as the receipt shows it: on one listing's line ({@code listingId}), or on the whole
     * sale (null): "Price match: 15% off", and what it took off. A price override is {@code inPrice}:
     * the line's unit price is already the new one, so it is shown, not taken off again.
     */
    public record DiscountLine(Long listingId, String label, Money amount, boolean inPrice) {}

    /** One rate's tax over the receipt's lines of a shop: "NY State 4%", taxable 100.00, tax 4.00. */
    public record TaxLine(long shopId, String label, boolean included, Money taxable, Money tax) {}

    /**
     * One tender as the receipt shows it: "Visa **** 1234" paid 40.00; cash with what was handed over
     * ({@code tendered}, null for other tenders).
     */
    public record TenderLine(PaymentMethod method, String label, Money amount, Money tendered) {}

    /**
     * A gift card the sale sold: its code in full on the sale's own receipt (the only time it is ever
     * shown), its last four characters on a reprint.
     */
    public record GiftCardLine(String code, Money amount) {}

    /** A shop's tax registration number, printed on its receipts. */
    public record TaxNumber(String shopName, String number) {}

    public record Line(
            long orderLineId,
            long listingId,
            long shopId,
            String shopName,
            String description,
            int quantity,
            Money unitPrice,
            int saleUnits,
            Money saleUnitPrice,
            Money lineTotal,
            Money discount,
            Money tax,
            Money gross,
            int refundedQuantity,
            Money refunded,
            OrderStatus status) {}

    /** Change due, when cash was among the tenders; else null. */
    public Money changeDue() {
        return tenders.stream().anyMatch(tender -> tender.method() == PaymentMethod.CASH) ? change : null;
    }

    /** The same receipt with these gift cards sold (their codes shown again after a retried checkout). */
    public Receipt withGiftCardsSold(List<GiftCardLine> cards) {
        return new Receipt(
                orderId,
                orderNumber,
                createdAt,
                cashierName,
                buyerName,
                tenders,
                change,
                cards,
                total,
                lines,
                discounts,
                taxes,
                taxNumbers,
                header,
                copy,
                shipTo);
    }

    /** What the gift cards sold cost, part of the total. */
    public Money giftCardsTotal() {
        return giftCardsSold.stream().map(GiftCardLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The tax added to the lines' prices (prices without tax), which the total includes. */
    public Money taxAdded() {
        return taxes.stream().filter(tax -> !tax.included()).map(TaxLine::tax).reduce(Money.ZERO, Money::plus);
    }

    /** What the lines cost at their prices less their own discounts, before the sale's discount and tax. */
    public Money subtotal() {
        Money lineDiscounts = discounts.stream()
                .filter(discount -> discount.listingId() != null && !discount.inPrice())
                .map(DiscountLine::amount)
                .reduce(Money.ZERO, Money::plus);
        return lines.stream()
                .map(Line::lineTotal)
                .reduce(Money.ZERO, Money::plus)
                .minus(lineDiscounts);
    }

    /** Everything the discounts took off the lines' totals (price overrides are in the prices already). */
    public Money discountTotal() {
        return discounts.stream()
                .filter(discount -> !discount.inPrice())
                .map(DiscountLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public int saleUnits() {
        return lines.stream().mapToInt(Line::saleUnits).sum();
    }
}
