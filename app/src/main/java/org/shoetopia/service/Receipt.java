package org.shoetopia.service;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.ShoeSize;

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
            OrderStatus status) {

        /** The receipt line of an order line, as checkout wrote it and a reprint reads it back. */
        static Line of(OrderLine line, String shopName, String description, OrderStatus status) {
            return new Line(
                    line.getId(),
                    line.getListingId(),
                    line.getShopId(),
                    shopName,
                    description,
                    line.getQuantity(),
                    line.getUnitPrice(),
                    line.getSaleUnits(),
                    line.getSaleUnitPrice(),
                    line.getLineTotal(),
                    line.getRefundedQuantity(),
                    line.getRefunded(),
                    status);
        }
    }

    /** How a receipt line names the shoe: "nike air max 90, black, size 10.5". */
    static String describe(String brand, String style, Color color, ShoeSize size) {
        return brand + " " + style + ", " + color.code() + ", size " + size;
    }

    /** Change due for cash, or null. */
    public Money changeDue() {
        return cashTendered == null ? null : cashTendered.minus(total);
    }

    public int saleUnits() {
        return lines.stream().mapToInt(Line::saleUnits).sum();
    }
}
