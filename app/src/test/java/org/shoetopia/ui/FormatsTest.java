package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shoetopia.domain.Money;

/** Money reads as the terminal's locale writes it, and what it shows can be typed back. */
class FormatsTest {
    private static final Money DEAR = Money.ofCents(110_418);

    @Test
    void moneyIsGroupedAndMarkedAsTheLocaleWritesIt() {
        assertThat(Formats.money(DEAR, Locale.US)).isEqualTo("$1,104.18");
        assertThat(Formats.money(Money.ofCents(-500), Locale.US)).isEqualTo("-$5.00");
        assertThat(Formats.money(DEAR, Locale.GERMANY)).isEqualTo("1.104,18\u00A0$");
        assertThat(Formats.money(DEAR, Locale.FRANCE)).isEqualTo("1\u202F104,18\u00A0$US");
        assertThat(Formats.money(DEAR, Locale.UK)).isEqualTo("US$1,104.18");
        assertThat(Formats.money(null, Locale.US)).isEmpty();
    }

    @Test
    void theNumberShownIsReadBackAsTheSameAmountInEveryLocale() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.UK, Locale.CANADA_FRENCH}) {
            for (long cents : new long[] {0, 5, 99_999, 110_418, 99_999_999_999L}) {
                String shown = Formats.money(Money.ofCents(cents), locale);
                String number = shown.replaceAll("[^0-9.,\u00A0\u202F ]", "");
                assertThat(Money.parse("amount", "Amount", number).cents())
                        .as(locale + " " + shown)
                        .isEqualTo(cents);
            }
        }
    }

    @Test
    void aTableSizesItsAmountColumnsInEveryLocale() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE}) {
            assertThat(AmountColumns.AMOUNT.matcher(Formats.money(DEAR, locale)).matches())
                    .as(locale.toString())
                    .isTrue();
        }
        assertThat(AmountColumns.AMOUNT.matcher("Nike Air Max 90, black").matches())
                .isFalse();
    }
}
