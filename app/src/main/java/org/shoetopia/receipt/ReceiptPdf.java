package org.shoetopia.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.shoetopia.api.Receipt;

/** A receipt as a PDF (PDFBox), laid out by {@link ReceiptLayout} on a till-roll-width page. */
public final class ReceiptPdf {
    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 11f;
    private static final float MARGIN = 14f;

    private ReceiptPdf() {}

    public static byte[] of(Receipt receipt, ZoneId zone) {
        List<String> lines = ReceiptLayout.lines(receipt, zone);
        float width = ReceiptLayout.WIDTH * FONT_SIZE * 0.6f + 2 * MARGIN;
        float height = lines.size() * LEADING + 2 * MARGIN;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            document.getDocumentInformation().setTitle("Shoetopia receipt " + receipt.orderNumber());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), FONT_SIZE);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, height - MARGIN - FONT_SIZE);
                for (String line : lines) {
                    content.showText(printable(line));
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the receipt PDF", e);
        }
    }

    /** The standard Courier font has no glyphs beyond Latin-1. */
    private static String printable(String line) {
        StringBuilder text = new StringBuilder();
        line.codePoints().forEach(c -> text.append(c < 256 && !Character.isISOControl(c) ? (char) c : '?'));
        return text.toString();
    }
}
