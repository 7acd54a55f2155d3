package org.shoetopia.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;

/**
 * What an ESC/POS printer receives, decoded: the receipt's lines as text, the receipt number as a
 * Code 128 (GS k), a cut (GS V), and the drawer's pulse (ESC p) on a cash sale only.
 */
class EscPosReceiptTest {
    private static final String CUT = "1d56";
    private static final String DRAWER_PULSE = "1b70";
    private static final String CODE128 = "1d6b49";

    @TempDir
    Path folder;

    private static Receipt paidBy(PaymentMethod method) {
        Receipt cash = ReceiptLayoutTest.receipt(List.of(), Money.ofCents(12_000));
        if (method == PaymentMethod.CASH) {
            return cash;
        }
        return new Receipt(
                cash.orderId(),
                cash.orderNumber(),
                cash.createdAt(),
                cash.cashierName(),
                cash.buyerName(),
                List.of(new Receipt.TenderLine(PaymentMethod.CARD, "Visa **** 4242", cash.total(), null)),
                Money.ZERO,
                List.of(),
                cash.total(),
                cash.lines(),
                cash.discounts(),
                cash.taxes(),
                cash.taxNumbers(),
                cash.header(),
                false,
                null);
    }

    @Test
    void aCashSalePrintsItsLinesItsNumberAsACode128CutsAndOpensTheDrawer() {
        Receipt receipt = paidBy(PaymentMethod.CASH);

        byte[] bytes = EscPosReceipt.of(receipt, ZoneOffset.UTC, EscPosReceipt.tookCash(receipt));

        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Receipt 100001", "TOTAL", "Cash tendered", "Thank you!");
        ReceiptLayout.lines(receipt, ZoneOffset.UTC)
                .forEach(line -> assertThat(text).contains(line + "\n"));
        String hex = HexFormat.of().formatHex(bytes);
        assertThat(hex).startsWith("1b40"); // ESC @: the printer starts from its defaults
        // GS k 73, the data's length, then "{B" (Code 128 set B) and the receipt number
        assertThat(hex)
                .contains(CODE128 + "08" + HexFormat.of().formatHex("{B100001".getBytes(StandardCharsets.US_ASCII)));
        assertThat(hex.indexOf(CUT)).isGreaterThan(hex.indexOf(CODE128));
        // ESC p m t1 t2: m = 48 ('0', pin 2), 25 × 2 ms on, 250 × 2 ms off, after the cut
        assertThat(hex).contains(DRAWER_PULSE + "3019fa");
        assertThat(hex.indexOf(DRAWER_PULSE)).isGreaterThan(hex.indexOf(CUT));
    }

    @Test
    void aCardSaleLeavesTheDrawerShut() {
        Receipt receipt = paidBy(PaymentMethod.CARD);

        assertThat(EscPosReceipt.tookCash(receipt)).isFalse();
        assertThat(HexFormat.of().formatHex(EscPosReceipt.of(receipt, ZoneOffset.UTC, false)))
                .contains(CUT)
                .doesNotContain(DRAWER_PULSE);
    }

    @Test
    void aNetworkPrinterReceivesExactlyTheBytesOverTcp() throws Exception {
        Receipt receipt = paidBy(PaymentMethod.CASH);
        try (ServerSocket printer = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket till = printer.accept();
                        InputStream in = till.getInputStream()) {
                    ByteArrayOutputStream all = new ByteArrayOutputStream();
                    in.transferTo(all);
                    return all.toByteArray();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            new ReceiptPrinter("127.0.0.1:" + printer.getLocalPort()).print(receipt, ZoneOffset.UTC, true);

            assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo(EscPosReceipt.of(receipt, ZoneOffset.UTC, true));
        }
    }

    @Test
    void aPrinterThatNeverAnswersLetsTheTillGoOnAfterItsPatience() throws Exception {
        // A device nobody reads (a printer switched off): opening it for writing blocks.
        Path device = folder.resolve("lp1");
        assertThat(new ProcessBuilder("mkfifo", device.toString()).start().waitFor())
                .isZero();
        ReceiptPrinter printer = new ReceiptPrinter(device.toString());
        byte[] bytes = EscPosReceipt.of(paidBy(PaymentMethod.CASH), ZoneOffset.UTC, true);
        long started = System.nanoTime();

        assertThatThrownBy(() -> printer.send(bytes, "receipt", Duration.ofSeconds(1)))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("did not take the receipt within 1 s");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        // The printer comes back: the receipt given up on does not print late, so "Print again" does
        // not print it twice, and the writer it waited on is let go.
        try (InputStream in = Files.newInputStream(device)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void aDevicePrinterIsWrittenToAFileIsRefusedAndAMissingOneSaysSo() throws Exception {
        Receipt receipt = paidBy(PaymentMethod.CARD);
        // A device as the kernel gives one (a FIFO here, read by the "printer"), not a plain file.
        Path device = folder.resolve("lp0");
        assertThat(new ProcessBuilder("mkfifo", device.toString()).start().waitFor())
                .isZero();
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(device)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        new ReceiptPrinter(device.toString()).print(receipt, ZoneOffset.UTC, false);

        assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo(EscPosReceipt.of(receipt, ZoneOffset.UTC, false));
        Path file = Files.writeString(folder.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> new ReceiptPrinter(file.toString()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is a file, not a printer");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThatThrownBy(() ->
                        new ReceiptPrinter(folder.resolve("lp9").toString()).print(receipt, ZoneOffset.UTC, false))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("did not take the receipt");
        assertThat(folder.resolve("lp9")).doesNotExist();
    }

    @Test
    void aPrinterThatNamesNoPrinterIsRefused() {
        for (String typed : List.of("", "printer", "lp0", "host:99999")) {
            assertThatThrownBy(() -> new ReceiptPrinter(typed))
                    .as(typed)
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).field())
                    .isEqualTo("receiptPrinter");
        }
    }
}
