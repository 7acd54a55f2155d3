package org.shoetopia.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shoetopia.api.StockReportService.BestSeller;
import org.shoetopia.api.StockReportService.LowStock;
import org.shoetopia.api.StockReportService.Period;
import org.shoetopia.api.StockReportService.SizeCurve;
import org.shoetopia.api.StockReportService.SizeCurveRow;
import org.shoetopia.api.StockReportService.StockValue;
import org.shoetopia.api.StockReportService.StockValueRow;
import org.shoetopia.domain.SizeChart;

/** The stock reports as CSV for a spreadsheet: one row per size, style or SKU; amounts as plain decimals. */
public final class StockReportCsv {
    private StockReportCsv() {}

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String csv(Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    public static String of(SizeCurve curve, Period period) {
        return csv(csv -> {
            csv.printRecord("Size curve", TaxReportCsv.safeText(curve.title()));
            printPeriod(csv, period);
            csv.printRecord("US (" + SizeChart.scaleName(curve.scale()) + ")", "UK", "EU", "Pairs sold", "In stock");
            for (SizeCurveRow row : curve.sizes()) {
                csv.printRecord(row.size().toString(), row.uk(), row.eu(), row.sold(), row.inStock());
            }
            csv.printRecord("Total", "", "", curve.sold(), curve.inStock());
        });
    }

    public static String ofBestSellers(List<BestSeller> sellers, Period period) {
        return csv(csv -> {
            csv.printRecord("Best sellers");
            printPeriod(csv, period);
            csv.printRecord("Style", "Pairs sold", "Sales (tax included)", "In stock");
            for (BestSeller seller : sellers) {
                csv.printRecord(
                        TaxReportCsv.safeText(seller.style()),
                        seller.pairsSold(),
                        seller.sales().plain(),
                        seller.inStock());
            }
        });
    }

    /** The days sold pairs were counted over, so a saved file says which they were. */
    private static void printPeriod(CSVPrinter csv, Period period) throws IOException {
        csv.printRecord(
                "Sold from",
                period.from(),
                "to",
                period.to(),
                "in",
                period.zone().getId());
    }

    public static String ofLowStock(List<LowStock> low) {
        return csv(csv -> {
            csv.printRecord("Listing", "Barcode", "SKU", "In stock", "Sold in the last 30 days");
            for (LowStock row : low) {
                csv.printRecord(
                        row.sku().listingId(),
                        row.sku().barcode(),
                        TaxReportCsv.safeText(row.sku().description()),
                        row.sku().stock(),
                        row.soldLast30Days());
            }
        });
    }

    public static String of(StockValue value) {
        return csv(csv -> {
            csv.printRecord("Style", "Pairs", "Value at price", "Value at cost", "Pairs without a cost");
            for (StockValueRow row : value.styles()) {
                csv.printRecord(
                        TaxReportCsv.safeText(row.style()),
                        row.pairs(),
                        row.atPrice().plain(),
                        row.atCost().plain(),
                        row.pairsWithoutCost());
            }
            csv.printRecord(
                    "Total",
                    value.pairs(),
                    value.atPrice().plain(),
                    value.atCost().plain(),
                    value.pairsWithoutCost());
        });
    }
}
