package org.shoetopia.receipt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** How long a print may take before the till stops waiting: a receipt prints in a second or two. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

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
        send(bytes, what, PATIENCE);
    }

    /**
     * Writes on a thread of its own and waits at most {@code patience}: a printer that is off or
     * jammed can leave a write (or a device's open) blocked for ever, and the till must go on. A
     * write still blocked then is interrupted (its channel closes; an open still waiting stays on
     * its daemon thread until the device answers) and the till is told.
     */
    void send(byte[] bytes, String what, Duration patience) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Thread writer = new Thread(
                () -> {
                    try {
                        write(bytes);
                        written.complete(null);
                    } catch (IOException | RuntimeException e) {
                        written.completeExceptionally(e);
                    }
                },
                "receipt-printer");
        writer.setDaemon(true); // one stuck for ever must not keep the app from closing
        writer.start();
        try {
            written.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            writer.interrupt();
            throw new UnavailableException(
                    "The receipt printer " + target + " did not take the " + what + " within " + patience.toSeconds()
                            + " s: check it is on, has paper and is connected, then print again",
                    e);
        } catch (InterruptedException e) {
            writer.interrupt();
            Thread.currentThread().interrupt();
            throw new UnavailableException("Printing the " + what + " was stopped", e);
        } catch (ExecutionException e) {
            throw new UnavailableException(
                    "The receipt printer " + target + " did not take the " + what + " ("
                            + e.getCause().getMessage() + "): check it is on and connected, then print again",
                    e.getCause());
        }
    }

    /** The bytes to the printer through interruptible channels, so the watchdog can stop a blocked write. */
    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Matcher network = NETWORK.matcher(target);
        if (network.matches()) {
            try (SocketChannel channel = SocketChannel.open()) {
                channel.socket()
                        .connect(
                                new InetSocketAddress(
                                        network.group(1).replace("[", "").replace("]", ""),
                                        Integer.parseInt(network.group(2))),
                                TIMEOUT_MILLIS);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } else {
            Path device = Path.of(target);
            if (Files.isRegularFile(device)) { // became one since it was saved
                throw new IOException("it is a file, not a printer");
            }
            try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        }
    }
}
