package org.shoetopia.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.api.ReturnService.RefundReceipt;
import org.shoetopia.api.ReturnService.ReturnedLine;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;

/** The receipt PDF: its text is the receipt's layout, and its barcode reads back as the receipt number. */
class ReceiptPdfTest {

    @Test
    void thePdfHoldsTheReceiptsTextAndItsNumberAsACode128ThatScans() throws Exception {
        Receipt receipt = ReceiptLayoutTest.receipt(List.of(), Money.ofCents(12_000));

        byte[] pdf = ReceiptPdf.of(receipt, ZoneOffset.UTC);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Receipt 100001", "TOTAL", "120.00", "Cash tendered", "Thank you!");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result scanned = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.CODE_128),
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE));
            assertThat(scanned.getText()).isEqualTo("100001");
            assertThat(scanned.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        }
    }

    @Test
    void anExchangesPdfShowsWhatCameBackAboveTheNewSaleAndWhereTheRestWent() throws Exception {
        Receipt sale = ReceiptLayoutTest.receipt(List.of(), Money.ofCents(12_000));
        RefundReceipt returned = new RefundReceipt(
                4,
                100_000L,
                Instant.parse("2026-12-01T10:00:00Z"),
                null,
                "Sam",
                null,
                "Too small",
                List.of(new ReturnedLine("nike air max 90, black, size 9", 1, Money.ofCents(15_000), true)),
                Money.ofCents(15_000),
                List.of(
                        new MoneyBack(PaymentMethod.EXCHANGE, "Toward the new sale", Money.ofCents(12_000)),
                        new MoneyBack(PaymentMethod.CARD, "Visa **** 4242", Money.ofCents(3_000))),
                null,
                null);

        byte[] pdf = ReceiptPdf.of(new ExchangeReceipt(returned, sale), ZoneOffset.UTC);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("EXCHANGE", "RETURNED of receipt 100000", "size 9", "-150.00", "NEW", "size 10")
                    .contains("Refunded to Visa **** 4242", "30.00", "Returned because: Too small");
            assertThat(text.indexOf("size 9")).isLessThan(text.indexOf("size 10"));
        }
    }
}
