package org.shoetopia.service;

import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.ShoeSize;

/** Receipt lines as checkout writes them and a reprint reads them back: one way for both. */
final class ReceiptLines {
    private ReceiptLines() {}

    /** The receipt line of an order line, as checkout wrote it and a reprint reads it back. */
    static Receipt.Line line(OrderLine line, String shopName, String description, OrderStatus status) {
        return new Receipt.Line(
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

    /** How a receipt line names the shoe: "nike air max 90, black, size 10.5". */
    static String describe(String brand, String style, Color color, ShoeSize size) {
        return brand + " " + style + ", " + color.code() + ", size " + size;
    }
}
