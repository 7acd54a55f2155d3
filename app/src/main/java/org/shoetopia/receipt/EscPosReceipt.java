package org.shoetopia.receipt;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.domain.PaymentMethod;

/**
 * A receipt as the bytes an ESC/POS receipt printer takes (escpos-coffee): the {@link ReceiptLayout}
 * lines, the receipt number as a Code 128 for a return to scan, a partial cut, and, when asked, the
 * pulse that opens the cash drawer wired to the printer.
 */
public final class EscPosReceipt {
    /** The drawer's pulse, in the printer's 2 ms units: 50 ms on, 500 ms off, as drawers expect. */
    private static final int PULSE_ON = 25;

    private static final int PULSE_OFF = 250;

    private EscPosReceipt() {}

    public static byte[] of(Receipt receipt, ZoneId zone, boolean openDrawer) {
        return withBarcode(ReceiptLayout.lines(receipt, zone), receipt.orderNumber(), openDrawer);
    }

    /** An exchange's receipt: the new sale's number is the barcode, as that is the sale a later return scans. */
    public static byte[] of(ExchangeReceipt exchange, ZoneId zone, boolean openDrawer) {
        return withBarcode(ReceiptLayout.lines(exchange, zone), exchange.sale().orderNumber(), openDrawer);
    }

    private static byte[] withBarcode(List<String> lines, long orderNumber, boolean openDrawer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos printer = new EscPos(bytes)) {
            printer.initializePrinter();
            for (String line : lines) {
                printer.writeLF(line);
            }
            printer.feed(1);
            // "{B": Code 128's character set B, which every ESC/POS printer asks to be named first.
            printer.write(
                    new BarCode()
                            .setSystem(BarCode.BarCodeSystem.CODE128)
                            .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
                            .setJustification(EscPosConst.Justification.Center),
                    "{B" + orderNumber);
            printer.feed(4);
            printer.cut(EscPos.CutMode.PART);
            if (openDrawer) {
                printer.pulsePin(EscPos.PinConnector.Pin_2, PULSE_ON, PULSE_OFF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the receipt for the printer", e);
        }
        return bytes.toByteArray();
    }

    /** Lines with no barcode (an X or Z report), cut; or, with no lines, only the drawer's pulse (no sale). */
    public static byte[] ofLines(List<String> lines, boolean openDrawer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos printer = new EscPos(bytes)) {
            printer.initializePrinter();
            if (!lines.isEmpty()) {
                for (String line : lines) {
                    printer.writeLF(line);
                }
                printer.feed(4);
                printer.cut(EscPos.CutMode.PART);
            }
            if (openDrawer) {
                printer.pulsePin(EscPos.PinConnector.Pin_2, PULSE_ON, PULSE_OFF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the report for the printer", e);
        }
        return bytes.toByteArray();
    }

    /** Whether the sale took cash, so the drawer opens for the change. */
    public static boolean tookCash(Receipt receipt) {
        return receipt.tenders().stream().anyMatch(tender -> tender.method() == PaymentMethod.CASH);
    }
}
