package org.shoetopia.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as people type them, in either decimal mark, and nothing that could be read two ways. */
class MoneyParseTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12|1200",
                "12.5|1250",
                "12.50|1250",
                "1,299.99|129999",
                "12,345,678.90|1234567890",
                "12,50|1250",
                "12,5|1250",
                "1.299,50|129950",
                "1 299,50|129950",
                "1\u00A0299,50|129950",
                "1 299.50|129950",
                "999999999.99|99999999999",
            })
    void readsAnAmountWrittenEitherWay(String typed, long cents) {
        assertThat(Money.parse("price", "Price", typed)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.999", // three decimals, not ten thousand
                "1,500", // fifteen hundred, or 1,50 with a digit too many? asked again, never 1000x
                "10,999",
                "1.299 999,50", // one number groups with one character
                "1.500", // a dot grouping only beside a decimal comma
                "1,50.00",
                "1,2345",
                "12,345,67",
                "1.299.50",
                "1,299,50.00",
                "-5",
                "5e3",
                "",
                "1,000,000,000.00",
                "12.5.0",
            })
    void refusesWhatCouldBeReadTwoWaysOrIsNoAmount(String typed) {
        assertThatThrownBy(() -> Money.parse("price", "Price", typed))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most two decimals");
    }

    @ParameterizedTest
    @CsvSource({"'9,5',9.5", "'10',10", "'10,0',10"})
    void aSizeTakesADecimalCommaToo(String typed, String size) {
        assertThat(ShoeSize.parse(typed).toString()).isEqualTo(size);
    }
}
