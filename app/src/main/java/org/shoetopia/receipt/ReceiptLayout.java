package org.shoetopia.receipt;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.api.ReturnService.RefundReceipt;
import org.shoetopia.api.ReturnService.ReturnedLine;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;

/** A receipt as fixed-width lines: the one layout the screen, the printer and the PDF all use. */
public final class ReceiptLayout {
    public static final int WIDTH = 44;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReceiptLayout() {}

    public static List<String> lines(Receipt receipt, ZoneId zone) {
        return lines(receipt, zone, null);
    }

    /** An exchange on one receipt: what came back of which sale first, then the new sale it paid toward. */
    public static List<String> lines(ExchangeReceipt exchange, ZoneId zone) {
        return lines(exchange.sale(), zone, exchange.returned());
    }

    public static String title(ExchangeReceipt exchange) {
        return "Exchange: receipt " + exchange.sale().orderNumber();
    }

    private static List<String> lines(Receipt receipt, ZoneId zone, RefundReceipt returned) {
        List<String> lines = new ArrayList<>();
        Receipt.Header header = receipt.header();
        if (header == null) {
            lines.add(center("SHOETOPIA"));
        } else {
            lines.addAll(shopLines(header));
        }
        if (receipt.copy()) {
            lines.add(center("*** COPY ***"));
        }
        if (returned != null) {
            lines.add(center("EXCHANGE"));
        }
        lines.add(center("Receipt " + receipt.orderNumber()));
        lines.add(center(WHEN.format(receipt.createdAt().atZone(zone))));
        lines.add(servedBy(receipt.cashierName(), header));
        if (receipt.buyerName() != null) {
            lines.add("Customer  " + receipt.buyerName());
        }
        if (receipt.shipTo() != null) {
            lines.add("Ship to");
            receipt.shipTo()
                    .lines()
                    .flatMap(line -> wrap(line, WIDTH - 2).stream())
                    .forEach(line -> lines.add("  " + line));
        }
        lines.add("-".repeat(WIDTH));
        if (returned != null) {
            lines.add(cut("RETURNED of receipt " + returned.orderNumber()));
            for (ReturnedLine line : returned.lines()) {
                lines.addAll(wrap(line.description())); // the size in US, UK and EU is never cut
                lines.add(amountLine(
                        "  " + line.quantity() + " returned" + (line.restocked() ? "" : ", damaged"),
                        Money.ZERO.minus(line.amount())));
            }
            lines.add(amountLine("Returned", Money.ZERO.minus(returned.total())));
            lines.add("-".repeat(WIDTH));
            lines.add("NEW");
        }
        for (Receipt.Line line : receipt.lines()) {
            lines.addAll(wrap(line.description())); // the size in US, UK and EU is never cut
            lines.add("  #" + line.listingId() + " from " + cut(line.shopName()));
            int fullUnits = line.quantity() - line.saleUnits();
            if (line.saleUnits() > 0) {
                lines.add(amountLine(
                        "  " + line.saleUnits() + " x " + line.saleUnitPrice() + " FLASH SALE",
                        line.saleUnitPrice().times(line.saleUnits())));
            }
            if (fullUnits > 0) {
                lines.add(amountLine(
                        "  " + fullUnits + " x " + line.unitPrice(),
                        line.unitPrice().times(fullUnits)));
            }
            for (Receipt.DiscountLine discount : receipt.discounts()) {
                if (discount.listingId() != null && discount.listingId() == line.listingId()) {
                    lines.add(
                            discount.inPrice() // the price above is the new one already
                                    ? cut("  " + discount.label() + " (" + discount.amount() + " off)")
                                    : amountLine("  " + discount.label(), Money.ZERO.minus(discount.amount())));
                }
            }
            if (line.refundedQuantity() > 0) {
                lines.add(amountLine("  refunded " + line.refundedQuantity(), Money.ZERO.minus(line.refunded())));
            }
        }
        lines.add("-".repeat(WIDTH));
        List<Receipt.TaxLine> added =
                receipt.taxes().stream().filter(tax -> !tax.included()).toList();
        List<Receipt.TaxLine> included =
                receipt.taxes().stream().filter(Receipt.TaxLine::included).toList();
        List<Receipt.DiscountLine> onTheSale = receipt.discounts().stream()
                .filter(discount -> discount.listingId() == null)
                .toList();
        if (!added.isEmpty() || !onTheSale.isEmpty() || !receipt.giftCardsSold().isEmpty()) {
            lines.add(amountLine("Subtotal", receipt.subtotal()));
            for (Receipt.DiscountLine discount : onTheSale) {
                lines.add(amountLine(discount.label(), Money.ZERO.minus(discount.amount())));
            }
            for (Receipt.TaxLine tax : added) {
                lines.add(amountLine(tax.label() + " on " + tax.taxable(), tax.tax()));
            }
            // Gift cards take no discount and no tax: they come after both.
            for (Receipt.GiftCardLine card : receipt.giftCardsSold()) {
                lines.add(amountLine("Gift card " + card.code(), card.amount()));
            }
        }
        lines.add(amountLine("TOTAL", receipt.total()));
        for (Receipt.TaxLine tax : included) {
            lines.add(amountLine("  incl. " + tax.label() + " on " + tax.taxable(), tax.tax()));
        }
        // Each tender with what it paid; cash with what was handed over, and the change from it.
        for (Receipt.TenderLine tender : receipt.tenders()) {
            lines.add(amountLine(
                    tender.method() == PaymentMethod.CASH ? "Cash tendered" : "Paid by " + tender.label(),
                    tender.tendered() != null ? tender.tendered() : tender.amount()));
        }
        if (receipt.changeDue() != null) {
            lines.add(amountLine("Change", receipt.changeDue()));
        }
        if (returned != null) {
            for (MoneyBack back : returned.moneyBack()) {
                if (back.method() != PaymentMethod.EXCHANGE) {
                    lines.add(amountLine("Refunded to " + back.label(), back.amount()));
                }
            }
            if (returned.storeCreditBalance() != null) {
                lines.add(amountLine("Store credit now", returned.storeCreditBalance()));
            }
            wrap("Returned because: " + returned.reason()).forEach(lines::add);
            if (returned.approvedBy() != null) {
                lines.add(cut("Approved by " + returned.approvedBy()));
            }
        }
        for (Receipt.TaxNumber number : receipt.taxNumbers()) {
            lines.add(cut(
                    receipt.taxNumbers().size() == 1
                            ? "Tax no. " + number.number()
                            : number.shopName() + " tax no. " + number.number()));
        }
        if (header != null && header.returnPolicy() != null) {
            lines.add("");
            header.returnPolicy().lines().flatMap(line -> wrap(line).stream()).forEach(lines::add);
        }
        lines.add("");
        lines.add(center("Thank you!"));
        return lines;
    }

    /** The shop's name, address and phone, centred: the top of every document the till prints for it. */
    static List<String> shopLines(Receipt.Header header) {
        List<String> lines = new ArrayList<>();
        wrap(header.shopName()).forEach(line -> lines.add(center(line)));
        if (header.address() != null) {
            header.address().lines().flatMap(line -> wrap(line).stream()).forEach(line -> lines.add(center(line)));
        }
        if (header.phone() != null) {
            lines.add(center(cut("Tel. " + header.phone())));
        }
        return lines;
    }

    /** "Served by Sam Okafor at Till 2": the cashier, and the terminal when the header names one. */
    static String servedBy(String cashierName, Receipt.Header header) {
        return cut("Served by " + cashierName
                + (header != null && header.terminal() != null ? " at " + header.terminal() : ""));
    }

    /** The text in lines of at most {@link #WIDTH}, broken between words where it can be. */
    static List<String> wrap(String text) {
        return wrap(text, WIDTH);
    }

    /** The text in lines of at most {@code width}: the roll's, or less for an indented paragraph. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) { // a word longer than the roll is cut
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The label, cut short if it must be, and the amount at the right edge: an amount is never cut. */
    static String amountLine(String label, Money amount) {
        return rightAligned(label, amount.plain());
    }

    /** The label, cut short if it must be, and the value at the right edge, never cut. */
    static String rightAligned(String label, String value) {
        String shown =
                label.length() > WIDTH - value.length() - 1 ? label.substring(0, WIDTH - value.length() - 1) : label;
        return shown + " ".repeat(WIDTH - shown.length() - value.length()) + value;
    }

    static String center(String text) {
        int pad = Math.max(0, (WIDTH - text.length()) / 2);
        return " ".repeat(pad) + text;
    }

    static String cut(String text) {
        return text.length() <= WIDTH ? text : text.substring(0, WIDTH);
    }
}
