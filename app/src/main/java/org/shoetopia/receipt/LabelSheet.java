package org.shoetopia.receipt;

import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.oned.EAN8Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.SizeChart;

/**
 * Shelf and box labels of SKUs as a PDF (PDFBox): A4 sheets of 3 × 8 labels of 63.5 × 38.1 mm (the
 * layout of Avery L7160 and its like), each with the shoe, its size in US, UK and EU, its width, the
 * price and its barcode (ZXing): the in-store EAN-13, or the manufacturer's EAN-13, UPC-A or EAN-8.
 */
public final class LabelSheet {
    private static final float MM = 72f / 25.4f;
    private static final int COLUMNS = 3;
    private static final int ROWS = 8;
    public static final int PER_SHEET = COLUMNS * ROWS;
    private static final float LABEL_WIDTH = 63.5f * MM;
    private static final float LABEL_HEIGHT = 38.1f * MM;
    private static final float COLUMN_PITCH = 66.04f * MM;
    private static final float LEFT = 7.21f * MM;
    private static final float TOP = 15.15f * MM;
    private static final float PADDING = 2.5f * MM;
    /** 0.33 mm, the EAN-13's nominal module; 100 % magnification scans on any reader. */
    private static final float MODULE = 0.33f * MM;

    private static final float BAR_HEIGHT = 11f * MM;

    /** One label: what it prints, the price already formatted as the shop shows money. */
    public record Label(String name, String details, String size, String price, String barcode) {
        public static Label of(ListingView sku, String price) {
            return new Label(
                    (sku.brand() + " " + sku.style()).toUpperCase(Locale.ROOT),
                    sku.color().code() + " · " + sku.condition().code() + " · "
                            + sku.width().label(sku.gender()),
                    SizeChart.label(sku.gender(), sku.size(), sku.width()),
                    price,
                    sku.barcode());
        }
    }

    private LabelSheet() {}

    /** The labels in order, as many sheets as they fill. */
    public static byte[] pdf(List<Label> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("No labels to print");
        }
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Shoetopia labels");
            for (int first = 0; first < labels.size(); first += PER_SHEET) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    List<Label> sheet = labels.subList(first, Math.min(labels.size(), first + PER_SHEET));
                    for (int i = 0; i < sheet.size(); i++) {
                        float x = LEFT + (i % COLUMNS) * COLUMN_PITCH;
                        float top = PDRectangle.A4.getHeight() - TOP - (i / COLUMNS) * LABEL_HEIGHT;
                        draw(content, sheet.get(i), x, top, bold, regular);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the labels", e);
        }
    }

    private static void draw(
            PDPageContentStream content, Label label, float x, float top, PDType1Font bold, PDType1Font regular)
            throws IOException {
        float left = x + PADDING;
        float width = LABEL_WIDTH - 2 * PADDING;
        text(content, bold, 8.5f, left, top - PADDING - 8, fit(label.name(), bold, 8.5f, width));
        text(content, regular, 7f, left, top - PADDING - 17, fit(label.details(), regular, 7f, width));
        text(content, bold, 7.5f, left, top - PADDING - 26, fit(label.size(), bold, 7.5f, width));
        float priceSize = 13f;
        float priceWidth = bold.getStringWidth(label.price()) / 1000 * priceSize;
        float bottom = top - LABEL_HEIGHT + PADDING;
        text(content, bold, priceSize, x + LABEL_WIDTH - PADDING - priceWidth, bottom + 4, label.price());

        boolean[] bars = bars(label.barcode());
        float barsLeft = left - 2 * MODULE; // the writer's quiet zone sits inside the padding
        for (int i = 0; i < bars.length; i++) {
            if (bars[i]) {
                content.addRect(barsLeft + i * MODULE, bottom + 8, MODULE, BAR_HEIGHT);
            }
        }
        content.fill();
        float digitsWidth = regular.getStringWidth(label.barcode()) / 1000 * 6.5f;
        text(
                content,
                regular,
                6.5f,
                barsLeft + (bars.length * MODULE - digitsWidth) / 2,
                bottom + 1.5f,
                label.barcode());
    }

    private static boolean[] bars(String code) {
        return switch (code.length()) {
            case 8 -> new EAN8Writer().encode(code);
            case 12 -> new EAN13Writer().encode("0" + code); // a UPC-A is an EAN-13 with a leading 0
            default -> new EAN13Writer().encode(code);
        };
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(ReceiptPdf.printable(text));
        content.endText();
    }

    /** The text, shortened with dots if it is wider than the label. */
    private static String fit(String typed, PDType1Font font, float size, float width) throws IOException {
        String text = ReceiptPdf.printable(typed);
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && font.getStringWidth(shorter + "...") / 1000 * size > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "...";
    }
}
