package org.shoetopia.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;

/**
 * The till's ESC/POS receipt printer: a network printer ({@code host:9100}, the port they listen
 * on) or a local device ({@code /dev/usb/lp0}). It takes the bytes of {@link EscPosReceipt}.
 */
public record ReceiptPrinter(String target) {
    private static final Pattern NETWORK = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\]):(\\d{1,5})");
    private static final int TIMEOUT_MILLIS = 3_000;

    /** The printer named as typed in Settings; refused with a clear message if it names none. */
    public ReceiptPrinter {
        target = target == null ? "" : target.strip();
        Matcher network = NETWORK.matcher(target);
        if (network.matches()) {
            int port = Integer.parseInt(network.group(2));
            if (port < 1 || port > 65_535) {
                throw new ValidationException("receiptPrinter", "A printer's port is from 1 to 65535 (usually 9100)");
            }
        } else {
            Path device;
            try {
                device = Path.of(target);
            } catch (InvalidPathException e) {
                throw new ValidationException(
                        "receiptPrinter", "That is neither host:port nor a device: " + e.getReason());
            }
            if (target.isEmpty() || !device.isAbsolute()) {
                throw new ValidationException(
                        "receiptPrinter",
                        "Name the receipt printer as host:port (a network printer, usually port 9100) or as its"
                                + " device, such as /dev/usb/lp0");
            }
            if (Files.isRegularFile(device)) { // a printer is a device: receipts never go into a file
                throw new ValidationException(
                        "receiptPrinter", target + " is a file, not a printer: name its device, such as /dev/usb/lp0");
            }
        }
    }

    /** Prints the receipt, opening the drawer if asked; says plainly when the printer does not answer. */
    public void print(Receipt receipt, ZoneId zone, boolean openDrawer) {
        send(EscPosReceipt.of(receipt, zone, openDrawer), "receipt");
    }

    /** Prints an exchange's receipt, opening the drawer if asked. */
    public void print(ExchangeReceipt exchange, ZoneId zone, boolean openDrawer) {
        send(EscPosReceipt.of(exchange, zone, openDrawer), "receipt");
    }

    /** Prints a document laid out in lines (an X or Z report, a refund receipt), opening the drawer if asked. */
    public void print(List<String> lines, boolean openDrawer) {
        send(EscPosReceipt.ofLines(lines, openDrawer), "document");
    }

    /** Opens the cash drawer wired to the printer, printing nothing: a no-sale the manager approved. */
    public void openDrawer() {
        send(EscPosReceipt.ofLines(List.of(), true), "drawer pulse");
    }

    private void send(byte[] bytes, String what) {
        Matcher network = NETWORK.matcher(target);
        try {
            if (network.matches()) {
                try (Socket socket = new Socket()) {
                    socket.connect(
                            new InetSocketAddress(
                                    network.group(1).replace("[", "").replace("]", ""),
                                    Integer.parseInt(network.group(2))),
                            TIMEOUT_MILLIS);
                    socket.setSoTimeout(TIMEOUT_MILLIS);
                    OutputStream out = socket.getOutputStream();
                    out.write(bytes);
                    out.flush();
                }
            } else {
                Path device = Path.of(target);
                if (Files.isRegularFile(device)) { // became one since it was saved
                    throw new IOException("it is a file, not a printer");
                }
                Files.write(device, bytes, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UnavailableException(
                    "The receipt printer " + target + " did not take the " + what + " (" + e.getMessage()
                            + "): check it is on and connected, then print again",
                    e);
        }
    }
}
