package org.shoetopia.domain;

import java.util.regex.Pattern;

/** An amount of money in integer cents; never a floating-point number. */
public record Money(long cents) implements Comparable<Money> {
    /**
     * An amount as people type it: "1299.99", "1,299.99" (thousands by comma, with the cents), "12,50"
     * and "1.299,50" (a decimal comma), "1 299,50". Money has at most two decimals, so a separator
     * before three digits can only group thousands; one number groups with one character only, never
     * the decimal mark. Refused as read two ways: "1,500" and "10.999" (a decimal comma or point with
     * one digit too many, or thousands?), and "1.299 999,50".
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<whole>\\d{1,9})(?:[.,](?<cents>\\d{1,2}))?"
                    + "|(?<wholeUs>\\d{1,3}(?:,\\d{3})+)\\.(?<centsUs>\\d{1,2})"
                    + "|(?<wholeEu>\\d{1,3}(?<eu>[.\\u00A0\\u202F ])\\d{3}(?:\\k<eu>\\d{3})*),(?<centsEu>\\d{1,2})"
                    + "|(?<wholeSpaced>\\d{1,3}(?<sp>[\\u00A0\\u202F ])\\d{3}(?:\\k<sp>\\d{3})*)(?:\\.(?<centsSpaced>\\d{1,2}))?");

    public static final Money ZERO = new Money(0);
    /** The currency every amount is in: the shops trade in US dollars. */
    public static final java.util.Currency CURRENCY = java.util.Currency.getInstance("USD");

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * Parses "12", "12.5", "12.50", "1,299.99", "12,50" or "1.299,50"; anything else (three
     * decimals, signs, letters, more than 999,999,999.99) is rejected.
     */
    public static Money parse(String field, String label, String text) {
        // no-break spaces too: a locale writes them around its amounts ("1.104,18 $"), and a copy keeps them
        var matcher =
                AMOUNT.matcher(text == null ? "" : text.replaceAll("^[\\s\\u00A0\\u202F]+|[\\s\\u00A0\\u202F]+$", ""));
        if (!matcher.matches()) {
            throw new ValidationException(field, label + " must be an amount like 59.99 (at most two decimals)");
        }
        String whole = firstOf(
                matcher.group("whole"),
                matcher.group("wholeUs"),
                matcher.group("wholeEu"),
                matcher.group("wholeSpaced"));
        String fraction = firstOf(
                matcher.group("cents"),
                matcher.group("centsUs"),
                matcher.group("centsEu"),
                matcher.group("centsSpaced"));
        String digits = whole.replaceAll("\\D", "");
        if (digits.length() > 9) {
            throw new ValidationException(field, label + " must be an amount like 59.99 (at most two decimals)");
        }
        String cents = fraction == null ? "00" : fraction.length() == 1 ? fraction + "0" : fraction;
        return new Money(Long.parseLong(digits) * 100 + Long.parseLong(cents));
    }

    private static String firstOf(String... groups) {
        for (String group : groups) {
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    public boolean isPositive() {
        return cents > 0;
    }

    /** The price after taking {@code percentOff} percent off, rounded half up to the cent. */
    public Money discounted(int percentOff) {
        return new Money((cents * (100 - percentOff) + 50) / 100);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** "1234.50", without a currency sign. */
    public String plain() {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        long rest = abs % 100;
        return sign + abs / 100 + (rest < 10 ? ".0" : ".") + rest; // no String.format: receipts print many
    }

    @Override
    public String toString() {
        return plain();
    }
}
