package org.shoetopia.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.PaymentMethod;

class ReceiptLayoutTest {
    private static Receipt receipt(List<Receipt.TaxLine> taxes, Money total) {
        Receipt.Line line = new Receipt.Line(
                1,
                7,
                3,
                "Sole Street Shoes",
                "nike air max 90, black, size 10",
                1,
                Money.ofCents(12_000),
                0,
                Money.ofCents(12_000),
                Money.ofCents(12_000),
                Money.ZERO,
                Money.ofCents(1_065),
                total,
                0,
                Money.ZERO,
                OrderStatus.PROCESSING);
        return new Receipt(
                1,
                100_001,
                Instant.parse("2026-12-01T10:00:00Z"),
                "Sam",
                null,
                List.of(new Receipt.TenderLine(PaymentMethod.CASH, "Cash", total, Money.ofCents(20_000))),
                Money.ofCents(20_000).minus(total),
                List.of(),
                total,
                List.of(line),
                List.of(),
                taxes,
                List.of(new Receipt.TaxNumber("Sole Street Shoes", "NY-12-3456789")));
    }

    @Test
    void addedTaxShowsUnderTheSubtotalAndEveryAmountStaysWholeAtTheRightEdge() {
        Receipt receipt = receipt(
                List.of(
                        new Receipt.TaxLine(
                                3, "NY State 4% from 110.00", false, Money.ofCents(12_000), Money.ofCents(480)),
                        new Receipt.TaxLine(
                                3,
                                "A rate with a very long name indeed 4.5% from 110.00",
                                false,
                                Money.ofCents(12_000),
                                Money.ofCents(585))),
                Money.ofCents(13_065));

        List<String> lines = ReceiptLayout.lines(receipt, ZoneOffset.UTC);

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptLayout.WIDTH));
        assertThat(lines)
                .containsSubsequence(
                        "Subtotal" + " ".repeat(ReceiptLayout.WIDTH - "Subtotal".length() - "120.00".length())
                                + "120.00",
                        "NY State 4% from 110.00 on 120.00" + " ".repeat(ReceiptLayout.WIDTH - 33 - 4) + "4.80");
        assertThat(lines)
                .anySatisfy(line ->
                        assertThat(line).startsWith("A rate with a very").endsWith(" 5.85"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("TOTAL").endsWith("130.65"));
        assertThat(lines).contains("Tax no. NY-12-3456789");
    }

    @Test
    void includedTaxShowsUnderTheTotalWithoutASubtotal() {
        Receipt receipt = receipt(
                List.of(new Receipt.TaxLine(3, "VAT 20%", true, Money.ofCents(10_000), Money.ofCents(2_000))),
                Money.ofCents(12_000));

        List<String> lines = ReceiptLayout.lines(receipt, ZoneOffset.UTC);

        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("Subtotal"));
        int total = lines.indexOf(
                lines.stream().filter(l -> l.startsWith("TOTAL")).findFirst().orElseThrow());
        assertThat(lines.get(total + 1)).startsWith("  incl. VAT 20% on 100.00").endsWith("20.00");
    }
}
