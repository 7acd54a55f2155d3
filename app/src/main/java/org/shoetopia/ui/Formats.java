package org.shoetopia.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.shoetopia.domain.Money;

/** How money, dates and ratings read on screen, in one place. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private Formats() {}

    public static String money(Money money) {
        return money == null ? "" : "$" + money.plain();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String stars(double average, long count) {
        return count == 0 ? "no ratings yet" : String.format("%.1f ★ (%d)", average, count);
    }
}
