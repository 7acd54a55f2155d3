package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.PaymentMethod;

/** Everything a printed or PDF receipt shows, with the prices actually charged. */
public record Receipt(
        long orderId,
        long orderNumber,
        Instant createdAt,
        String cashierName,
        String buyerName,
        PaymentMethod paymentMethod,
        String cardBrand,
        String cardLast4,
        Money cashTendered,
        Money total,
        List<Line> lines) {

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
            int refundedQuantity,
            Money refunded,
            OrderStatus status) {}

    /** Change due for cash, or null. */
    public Money changeDue() {
        return cashTendered == null ? null : cashTendered.minus(total);
    }

    public int saleUnits() {
        return lines.stream().mapToInt(Line::saleUnits).sum();
    }
}
