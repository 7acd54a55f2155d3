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
    static Receipt receipt(List<Receipt.TaxLine> taxes, Money total) {
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
                List.of(new Receipt.TaxNumber("Sole Street Shoes", "NY-12-3456789")),
                null,
                false,
                null);
    }

    /** The same receipt as a shop with receipt details prints it, or reprints it. */
    private static Receipt ofTheShop(Receipt receipt, Receipt.Header header, boolean copy) {
        return new Receipt(
                receipt.orderId(),
                receipt.orderNumber(),
                receipt.createdAt(),
                receipt.cashierName(),
                receipt.buyerName(),
                receipt.tenders(),
                receipt.change(),
                receipt.giftCardsSold(),
                receipt.total(),
                receipt.lines(),
                receipt.discounts(),
                receipt.taxes(),
                receipt.taxNumbers(),
                header,
                copy,
                null);
    }

    @Test
    void aShopsReceiptPrintsItsNameAddressAndPhoneOnTopAndItsReturnPolicyWrappedAtTheFoot() {
        Receipt.Header header = new Receipt.Header(
                "Sole Street Shoes",
                "12 Mercer Street\nNew York, NY 10013",
                "+1 212 555 0147",
                "Unworn shoes in their box may be returned within 30 days with this receipt, for a refund to"
                        + " the way you paid.",
                "Till 2");
        Receipt receipt = ofTheShop(receipt(List.of(), Money.ofCents(12_000)), header, true);

        List<String> lines = ReceiptLayout.lines(receipt, ZoneOffset.UTC);

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptLayout.WIDTH));
        assertThat(lines.subList(0, 5))
                .extracting(String::strip)
                .containsExactly(
                        "Sole Street Shoes",
                        "12 Mercer Street",
                        "New York, NY 10013",
                        "Tel. +1 212 555 0147",
                        "*** COPY ***");
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("SHOETOPIA"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("Served by ").endsWith(" at Till 2"));
        assertThat(lines)
                .containsSubsequence(
                        "Unworn shoes in their box may be returned",
                        "within 30 days with this receipt, for a",
                        "refund to the way you paid.",
                        "",
                        "Thank you!".indent(17).stripTrailing());
    }

    @Test
    void wrappingBreaksBetweenWordsAndCutsOnlyAWordLongerThanTheRoll() {
        assertThat(ReceiptLayout.wrap("a ".repeat(30) + "x".repeat(50)))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptLayout.WIDTH))
                .containsExactly("a ".repeat(22).strip(), "a ".repeat(8).strip(), "x".repeat(44), "x".repeat(6));
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
