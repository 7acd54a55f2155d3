package org.shoetopia.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.ShiftService.CountLine;
import org.shoetopia.api.ShiftService.DrawerMoveLine;
import org.shoetopia.api.ShiftService.RateTotal;
import org.shoetopia.api.ShiftService.ShiftReport;
import org.shoetopia.api.ShiftService.TenderTotal;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;

/** X and Z reports laid out for the roll, as PDF, and as the bytes a receipt printer takes. */
class ShiftReportLayoutTest {
    private static final Instant OPENED = Instant.parse("2026-12-02T09:00:00Z");

    static ShiftReport zReport() {
        return new ShiftReport(
                7,
                "Sole Street Shoes",
                "Front till",
                "Sam Okafor",
                OPENED,
                OPENED.plusSeconds(8 * 3600),
                OPENED.plusSeconds(8 * 3600),
                12,
                Money.ofCents(1_234_50),
                Money.ofCents(50_00),
                1,
                Money.ofCents(45_00),
                Money.ofCents(10_00),
                Money.ofCents(40_00),
                List.of(new RateTotal("NY State 4%", Money.ofCents(1_000_00), Money.ofCents(40_00))),
                List.of(
                        new TenderTotal(PaymentMethod.CASH, 5, Money.ofCents(400_00)),
                        new TenderTotal(PaymentMethod.CARD, 7, Money.ofCents(834_50))),
                Money.ofCents(100_00),
                Money.ofCents(400_00),
                Money.ofCents(0),
                Money.ofCents(0),
                Money.ofCents(20_00),
                Money.ofCents(480_00),
                List.of(
                        new CountLine(Money.ofCents(100_00), 4, Money.ofCents(400_00)),
                        new CountLine(Money.ofCents(20_00), 3, Money.ofCents(60_00))),
                Money.ofCents(460_00),
                Money.ofCents(-20_00),
                2,
                1,
                1,
                List.of(new DrawerMoveLine(
                        OPENED.plusSeconds(3600),
                        org.shoetopia.domain.DrawerMove.Kind.PAID_OUT,
                        Money.ofCents(20_00),
                        "Window cleaner, paid for the whole month of December in cash",
                        "Sam Okafor")));
    }

    /** The label and the value at the roll's right edge. */
    private static String right(String label, String value) {
        return label + " ".repeat(ReceiptLayout.WIDTH - label.length() - value.length()) + value;
    }

    @Test
    void aZReportFitsTheRollAndSaysWhatTheCountFound() {
        List<String> lines = ShiftReportLayout.lines(zReport(), ZoneOffset.UTC);

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptLayout.WIDTH));
        assertThat(lines)
                .containsSubsequence(
                        "Z REPORT 7".indent(17).stripTrailing(),
                        "Terminal  Front till",
                        right("Sales (12)", "1234.50"),
                        right("  of which gift cards sold", "50.00"),
                        right("  NY State 4% on 1000.00", "40.00"),
                        right("  Cash (5)", "400.00"),
                        right("  Expected in the drawer", "480.00"),
                        right("    4 x 100.00", "400.00"),
                        right("  Counted", "460.00"),
                        right("  SHORT", "-20.00"),
                        "    Window cleaner, paid for the whole month",
                        right("Voided sales", "2"));
    }

    @Test
    void aReportPrintsAsTextAndACutAndANoSaleOnlyOpensTheDrawer() {
        String bytes = HexFormat.of().formatHex(EscPosReceipt.ofLines(List.of("Z REPORT 7"), false));
        assertThat(bytes)
                .contains(HexFormat.of().formatHex("Z REPORT 7".getBytes()))
                .contains("1d56");
        assertThat(bytes).doesNotContain("1b70");

        String pulse = HexFormat.of().formatHex(EscPosReceipt.ofLines(List.of(), true));
        assertThat(pulse).contains("1b70").doesNotContain("1d56");
    }

    @Test
    void theReportsPdfHoldsItsText() throws Exception {
        try (PDDocument document =
                Loader.loadPDF(ReceiptPdf.of("Z report 7", ShiftReportLayout.lines(zReport(), ZoneOffset.UTC)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Z REPORT 7", "Counted", "460.00", "SHORT");
        }
    }
}
