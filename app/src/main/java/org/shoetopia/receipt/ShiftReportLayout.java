package org.shoetopia.receipt;

import static org.shoetopia.receipt.ReceiptLayout.WIDTH;
import static org.shoetopia.receipt.ReceiptLayout.amountLine;
import static org.shoetopia.receipt.ReceiptLayout.center;
import static org.shoetopia.receipt.ReceiptLayout.cut;
import static org.shoetopia.receipt.ReceiptLayout.rightAligned;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shoetopia.api.ShiftService.CountLine;
import org.shoetopia.api.ShiftService.DrawerMoveLine;
import org.shoetopia.api.ShiftService.RateTotal;
import org.shoetopia.api.ShiftService.ShiftReport;
import org.shoetopia.api.ShiftService.TenderTotal;

/** An X or Z report as fixed-width lines, for the screen, the receipt printer and the PDF alike. */
public final class ShiftReportLayout {
    private ShiftReportLayout() {}

    public static String title(ShiftReport report) {
        return report.zNumber() == null ? "X report" : "Z report " + report.zNumber();
    }

    public static List<String> lines(ShiftReport report, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        ReceiptLayout.wrap(report.shopName()).forEach(line -> lines.add(center(line)));
        lines.add(center(title(report).toUpperCase(java.util.Locale.ROOT)));
        if (report.zNumber() == null) {
            lines.add(center("mid-shift: the shift stays open"));
        }
        lines.add(cut("Terminal  " + report.terminal()));
        lines.add(cut("Cashier   " + report.cashierName()));
        lines.add("Opened    " + ReceiptLayout.WHEN.format(report.openedAt().atZone(zone)));
        if (report.closedAt() != null) {
            lines.add("Closed    " + ReceiptLayout.WHEN.format(report.closedAt().atZone(zone)));
        } else {
            lines.add(
                    "Printed   " + ReceiptLayout.WHEN.format(report.printedAt().atZone(zone)));
        }
        lines.add("-".repeat(WIDTH));
        lines.add(amountLine("Sales (" + report.salesCount() + ")", report.sales()));
        if (report.giftCardsSold().isPositive()) {
            lines.add(amountLine("  of which gift cards sold", report.giftCardsSold()));
        }
        lines.add(amountLine(
                "Refunds (" + report.refundsCount() + ")", report.refunds().negate()));
        lines.add(amountLine("Discounts given", report.discounts()));
        lines.add(amountLine("Tax", report.tax()));
        for (RateTotal rate : report.taxByRate()) {
            if (!rate.taxable().isPositive() && !rate.tax().isPositive()) {
                continue; // a rate that taxed none of the shift's sales (a threshold not reached)
            }
            lines.add(amountLine("  " + rate.label() + " on " + rate.taxable(), rate.tax()));
        }
        lines.add("-".repeat(WIDTH));
        lines.add("Tenders");
        if (report.tenders().isEmpty()) {
            lines.add("  none");
        }
        for (TenderTotal tender : report.tenders()) {
            lines.add(amountLine("  " + tender.method().label() + " (" + tender.count() + ")", tender.amount()));
        }
        lines.add("-".repeat(WIDTH));
        lines.add("Drawer");
        lines.add(amountLine("  Float", report.openingFloat()));
        lines.add(amountLine("  Cash sales", report.cashSales()));
        lines.add(amountLine("  Cash refunds", report.cashRefunds().negate()));
        lines.add(amountLine("  Paid in", report.paidIn()));
        lines.add(amountLine("  Paid out", report.paidOut().negate()));
        lines.add(amountLine("  Expected in the drawer", report.expectedCash()));
        if (report.countedCash() != null) {
            for (CountLine count : report.count()) {
                lines.add(amountLine("    " + count.quantity() + " x " + count.denomination(), count.amount()));
            }
            lines.add(amountLine("  Counted", report.countedCash()));
            lines.add(amountLine(
                    report.overShort().cents() < 0
                            ? "  SHORT"
                            : report.overShort().isPositive() ? "  OVER" : "  Over/short",
                    report.overShort()));
        }
        if (!report.drawerMoves().isEmpty()) {
            lines.add("Paid in and out, no sale");
        }
        for (DrawerMoveLine move : report.drawerMoves()) {
            String kind = switch (move.kind()) {
                case PAID_IN -> "Paid in";
                case PAID_OUT -> "Paid out";
                case NO_SALE -> "No sale";
            };
            String when =
                    "  " + ReceiptLayout.WHEN.format(move.at().atZone(zone)).substring(11) + " " + kind;
            lines.add(move.amount().isPositive() ? amountLine(when, move.amount()) : when);
            ReceiptLayout.wrap(move.reason() + " (" + move.byName() + ")", WIDTH - 4)
                    .forEach(line -> lines.add("    " + line));
        }
        lines.add("-".repeat(WIDTH));
        lines.add(rightAligned("Voided sales", Integer.toString(report.voids())));
        lines.add(rightAligned("Approvals", Integer.toString(report.approvals())));
        lines.add(rightAligned("Drawer opened, no sale", Integer.toString(report.noSales())));
        return lines;
    }
}
