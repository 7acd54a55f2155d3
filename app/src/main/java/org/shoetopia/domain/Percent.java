package org.shoetopia.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Percentages as typed and shown, kept as whole numbers of hundredths or thousandths of a percent
 * (12.5 % with two decimals is 1250), so no floating point comes near money. One parser and one
 * format for tax rates, discounts and the cashiers' limit.
 */
public final class Percent {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:\\.(\\d+))?");

    private Percent() {}

    /**
     * "12.5" (a comma is read as the decimal point) as a whole number of 10^-{@code decimals} percent;
     * more decimals than that, or anything but a number, is refused with {@code message}.
     */
    public static int parse(String field, String message, String text, int decimals) {
        var matcher = PERCENT.matcher(text == null ? "" : text.strip().replace(',', '.'));
        if (!matcher.matches() || (matcher.group(2) != null && matcher.group(2).length() > decimals)) {
            throw new ValidationException(field, message);
        }
        String fraction = matcher.group(2) == null ? "" : matcher.group(2);
        return Integer.parseInt(matcher.group(1) + fraction + "0".repeat(decimals - fraction.length()));
    }

    /** 1250 with two decimals as "12.5". */
    public static String format(int scaled, int decimals) {
        return BigDecimal.valueOf(scaled, decimals).stripTrailingZeros().toPlainString();
    }
}
