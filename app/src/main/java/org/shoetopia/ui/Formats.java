package org.shoetopia.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
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

    /**
     * An amount as the terminal's locale writes money: "$1,104.18" and "-$5.00" in the US,
     * "1.104,18 $" in Germany, "1 104,18 $US" in France. The shop's currency is the US dollar.
     */
    public static String money(Money money) {
        return money(money, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String money(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale); // a new one: formats are not thread-safe
        format.setCurrency(Money.CURRENCY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(money.cents(), 2));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String stars(double average, long count) {
        return count == 0 ? "no ratings yet" : String.format("%.1f ★ (%d)", average, count);
    }
}
