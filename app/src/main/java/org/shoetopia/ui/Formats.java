package org.shoetopia.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.shoetopia.domain.Money;

/** How money, dates and ratings read on screen, in one place. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private Formats() {}

    /** "$1,104.18", "-$5.00": the sign before the dollar, thousands grouped as a shop reads them. */
    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        long abs = Math.abs(money.cents());
        return (money.cents() < 0 ? "-" : "") + "$" + String.format(Locale.ROOT, "%,d.%02d", abs / 100, abs % 100);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String stars(double average, long count) {
        return count == 0 ? "no ratings yet" : String.format("%.1f ★ (%d)", average, count);
    }
}
