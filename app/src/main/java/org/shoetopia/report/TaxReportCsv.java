package org.shoetopia.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shoetopia.api.ShopService.TaxReport;
import org.shoetopia.api.ShopService.TaxReportRow;

/** A tax report as CSV for the shop's accountant: one row per rate, then the totals; amounts as plain decimals. */
public final class TaxReportCsv {
    private TaxReportCsv() {}

    /**
     * A rate's name is the owner's typing: one a spreadsheet would run as a formula (=, +, -, @)
     * is kept as text by a leading apostrophe.
     */
    static String safeText(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String of(TaxReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("Period", report.from().toString(), report.to().toString());
            csv.printRecord(
                    "Rate",
                    "Taxable sales",
                    "Tax on sales",
                    "Taxable refunded",
                    "Tax refunded",
                    "Net taxable",
                    "Net tax");
            for (TaxReportRow row : report.rates()) {
                csv.printRecord(
                        safeText(row.label()),
                        row.taxableSales().plain(),
                        row.taxOnSales().plain(),
                        row.taxableRefunded().plain(),
                        row.taxRefunded().plain(),
                        row.netTaxable().plain(),
                        row.netTax().plain());
            }
            csv.printRecord("Gross sales (tax included)", report.grossSales().plain());
            csv.printRecord(
                    "Gross refunded (tax included)", report.grossRefunded().plain());
            csv.printRecord("Tax on sales", report.taxOnSales().plain());
            csv.printRecord("Tax refunded", report.taxRefunded().plain());
            csv.printRecord("Net tax", report.netTax().plain());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
