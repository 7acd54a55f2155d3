package org.shoetopia.domain;

/**
 * A discount on a line or on the whole cart: a percentage off (in hundredths of a percent, so 12.5 %
 * is 1250), an amount off, or for a line a new unit price (a price override); with its reason. The
 * pricing rule gives it after the sale price and never below zero.
 */
public record Discount(DiscountKind kind, int percentHundredths, Money amount, String reason) {
    public static final int MAX_REASON = 60;

    /** Every discount keeps the rules, however it was made (typed at the till, or JSON from a till). */
    public Discount {
        if (kind == null) {
            throw new ValidationException("discountKind", "Choose a percentage, an amount or a new price");
        }
        reason = Text.required("discountReason", "Reason", reason, MAX_REASON);
        if (kind == DiscountKind.PERCENT) {
            if (percentHundredths <= 0 || percentHundredths > 10_000 || amount != null) {
                throw new ValidationException("discountValue", "A percentage off is more than 0 and at most 100");
            }
        } else {
            if (percentHundredths != 0 || amount == null) {
                throw new ValidationException("discountValue", "Enter the amount");
            }
            if (kind == DiscountKind.AMOUNT && !amount.isPositive()) {
                throw new ValidationException("discountValue", "An amount off is more than 0");
            }
            if (kind == DiscountKind.PRICE && !amount.isPositive()) {
                throw new ValidationException("discountValue", "A new price is more than 0");
            }
        }
    }

    /** A discount as typed: "12.5" percent, "5.00" off, or "49.99" as the new unit price. */
    public static Discount parse(DiscountKind kind, String value, String reason) {
        if (kind == DiscountKind.PERCENT) {
            return new Discount(
                    kind,
                    Percent.parse("discountValue", "A percentage is a number like 15 or 12.5", value, 2),
                    null,
                    reason);
        }
        String label = kind == DiscountKind.PRICE ? "New price" : "Amount off";
        String amount = value == null ? null : value.strip().replace(',', '.');
        return new Discount(kind, 0, Money.parse("discountValue", label, amount), reason);
    }

    /** What this discount takes off {@code charged} (a percentage half-up to the cent), never more than it. */
    public Money offOf(Money charged) {
        return switch (kind) {
            case PERCENT ->
                Money.ofCents(Math.floorDiv(
                        Math.addExact(
                                Math.multiplyExact(Math.multiplyExact(charged.cents(), percentHundredths), 2), 10_000),
                        20_000));
            case AMOUNT -> amount.compareTo(charged) < 0 ? amount : charged;
            case PRICE -> throw new IllegalStateException("a new price is a line's unit price, not an amount off");
        };
    }

    /** "15% off", "5.00 off", "new price 49.99". */
    public String label() {
        return switch (kind) {
            case PERCENT -> Percent.format(percentHundredths, 2) + "% off";
            case AMOUNT -> amount + " off";
            case PRICE -> "new price " + amount;
        };
    }
}
