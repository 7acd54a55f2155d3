package org.shoetopia.domain;

import java.util.regex.Pattern;

/** An amount of money in integer cents; never a floating-point number. */
public record Money(long cents) implements Comparable<Money> {
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,2}))?");
    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Parses "12", "12.5" or "12.50"; anything else (three decimals, signs, letters) is rejected. */
    public static Money parse(String field, String label, String text) {
        var matcher = AMOUNT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new ValidationException(field, label + " must be an amount like 59.99 (at most two decimals)");
        }
        String fraction = matcher.group(2) == null ? "0" : matcher.group(2);
        long cents = Long.parseLong(matcher.group(1)) * 100
                + Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        return new Money(cents);
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
        return sign + abs / 100 + "." + String.format("%02d", abs % 100);
    }

    @Override
    public String toString() {
        return plain();
    }
}
