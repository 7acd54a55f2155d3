package org.shoetopia.receipt;

import static org.shoetopia.receipt.ReceiptLayout.WIDTH;
import static org.shoetopia.receipt.ReceiptLayout.amountLine;
import static org.shoetopia.receipt.ReceiptLayout.center;
import static org.shoetopia.receipt.ReceiptLayout.cut;
import static org.shoetopia.receipt.ReceiptLayout.wrap;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.api.ReturnService.RefundReceipt;
import org.shoetopia.api.ReturnService.ReturnedLine;

/** A refund receipt as fixed-width lines: what came back of which sale, and where the money went. */
public final class RefundReceiptLayout {
    private RefundReceiptLayout() {}

    public static String title(RefundReceipt refund) {
        return "Refund " + refund.returnId()
                + (refund.orderNumber() == null ? " without a receipt" : " of receipt " + refund.orderNumber());
    }

    public static List<String> lines(RefundReceipt refund, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        Receipt.Header header = refund.header();
        if (header != null) {
            lines.addAll(ReceiptLayout.shopLines(header));
        }
        lines.add(center("REFUND"));
        lines.add(center(refund.orderNumber() == null ? "without a receipt" : "of receipt " + refund.orderNumber()));
        lines.add(center(ReceiptLayout.WHEN.format(refund.returnedAt().atZone(zone))));
        lines.add(ReceiptLayout.servedBy(refund.cashierName(), header));
        if (refund.customerName() != null) {
            lines.add(cut("Customer  " + refund.customerName()));
        }
        lines.add("-".repeat(WIDTH));
        for (ReturnedLine line : refund.lines()) {
            lines.addAll(wrap(line.description())); // the size in US, UK and EU is never cut
            lines.add(amountLine(
                    "  " + line.quantity() + " returned" + (line.restocked() ? "" : ", damaged"), line.amount()));
        }
        lines.add("-".repeat(WIDTH));
        lines.add(amountLine("REFUNDED", refund.total()));
        for (MoneyBack back : refund.moneyBack()) {
            lines.add(amountLine("  to " + back.label(), back.amount()));
        }
        if (refund.storeCreditBalance() != null) {
            lines.add(amountLine("Store credit now", refund.storeCreditBalance()));
        }
        ReceiptLayout.wrap("Reason: " + refund.reason()).forEach(lines::add);
        if (refund.approvedBy() != null) {
            lines.add(cut("Approved by " + refund.approvedBy()));
        }
        lines.add("");
        lines.add("Customer's signature");
        lines.add("");
        lines.add("_".repeat(WIDTH));
        return lines;
    }
}
