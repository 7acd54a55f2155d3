package org.shoetopia.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shoetopia.domain.Ean13;
import org.shoetopia.receipt.LabelSheet.Label;

/** Label sheets: every label's text is on the page and every barcode scans back as its SKU's code. */
class LabelSheetTest {

    @Test
    void everyLabelPrintsItsSizesAndPriceAndItsBarcodeScans() throws Exception {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labels.add(new Label(
                    "NEW BALANCE 990V6",
                    "grey · new · wide (2E)",
                    "men's US " + (8 + i) + " 2E",
                    "$199.99",
                    Ean13.inStore(100 + i)));
        }
        labels.add(new Label("ASICS GEL", "blue · new · medium (D)", "men's US 9 D", "$80.00", "036000291452"));

        try (PDDocument document = Loader.loadPDF(LabelSheet.pdf(labels))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("NEW BALANCE 990V6", "men's US 12 2E", "$199.99", "wide (2E)", "$80.00");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result[] scanned = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(
                                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.EAN_13, BarcodeFormat.UPC_A),
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE));
            assertThat(Arrays.stream(scanned).map(Result::getText).distinct())
                    .containsExactlyInAnyOrder(
                            Ean13.inStore(100),
                            Ean13.inStore(101),
                            Ean13.inStore(102),
                            Ean13.inStore(103),
                            Ean13.inStore(104),
                            "036000291452");
        }
    }

    @Test
    void moreLabelsThanASheetHoldsGoOnTheNextSheet() throws Exception {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < LabelSheet.PER_SHEET + 1; i++) {
            labels.add(new Label("A", "b", "c", "$1.00", Ean13.inStore(1 + i)));
        }
        try (PDDocument document = Loader.loadPDF(LabelSheet.pdf(labels))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }
}
