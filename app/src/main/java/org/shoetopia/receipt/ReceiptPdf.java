package org.shoetopia.receipt;

import com.google.zxing.oned.Code128Writer;
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
import org.shoetopia.api.ReturnService.ExchangeReceipt;

/**
 * A receipt (or an X or Z report) as a PDF (PDFBox), laid out by {@link ReceiptLayout} on a till-roll-width page, with the
 * receipt number as a Code 128 barcode at its foot (ZXing), for a return to scan.
 */
public final class ReceiptPdf {
    private static final float FONT_SIZE = 9f;
    private static final float LEADING = 11f;
    private static final float MARGIN = 14f;
    private static final float BAR_HEIGHT = 34f;
    /** The narrowest bar: 0.33 mm and up scans on any handheld reader. */
    private static final float MODULE = 1.1f;

    private ReceiptPdf() {}

    public static byte[] of(Receipt receipt, ZoneId zone) {
        return render(
                "Shoetopia receipt " + receipt.orderNumber(),
                ReceiptLayout.lines(receipt, zone),
                new Code128Writer().encode(Long.toString(receipt.orderNumber())));
    }

    public static byte[] of(ExchangeReceipt exchange, ZoneId zone) {
        return render(
                "Shoetopia " + ReceiptLayout.title(exchange),
                ReceiptLayout.lines(exchange, zone),
                new Code128Writer().encode(Long.toString(exchange.sale().orderNumber())));
    }

    /** A document laid out in lines (an X or Z report, a refund receipt) on the same roll-width page, without a barcode. */
    public static byte[] of(String title, List<String> lines) {
        return render(title, lines, null);
    }

    private static byte[] render(String title, List<String> lines, boolean[] bars) {
        float width = ReceiptLayout.WIDTH * FONT_SIZE * 0.6f + 2 * MARGIN;
        float barcode = bars == null ? 0 : BAR_HEIGHT + LEADING;
        float height = lines.size() * LEADING + 2 * MARGIN + barcode;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
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
                if (bars != null) {
                    // Bars from the bottom margin up, centred, with the quiet zone the writer puts around them.
                    float x = (width - bars.length * MODULE) / 2;
                    for (int i = 0; i < bars.length; i++) {
                        if (bars[i]) {
                            content.addRect(x + i * MODULE, MARGIN, MODULE, BAR_HEIGHT);
                        }
                    }
                    content.fill();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF " + title, e);
        }
    }

    /** The standard 14 fonts have no glyphs beyond Latin-1. */
    static String printable(String line) {
        StringBuilder text = new StringBuilder();
        line.codePoints().forEach(c -> text.append(c < 256 && !Character.isISOControl(c) ? (char) c : '?'));
        return text.toString();
    }
}
