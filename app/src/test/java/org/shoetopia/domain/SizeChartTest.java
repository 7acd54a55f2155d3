package org.shoetopia.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SizeChartTest {

    @Test
    void theTableAgreesWithTheBigBrandsChartsAtTheirCommonSizes() {
        // Within half a size of Nike's and adidas' published charts at these sizes.
        assertThat(SizeChart.convert(Gender.MEN, ShoeSize.parse("9"))
                        .orElseThrow()
                        .others())
                .isEqualTo("UK 8 · EU 42.5 · 26.2 cm");
        assertThat(SizeChart.convert(Gender.MEN, ShoeSize.parse("7"))
                        .orElseThrow()
                        .others())
                .isEqualTo("UK 6 · EU 40 · 24.6 cm");
        assertThat(SizeChart.convert(Gender.WOMEN, ShoeSize.parse("8"))
                        .orElseThrow()
                        .others())
                .isEqualTo("UK 5.5 · EU 39 · 24.1 cm");
        // A women's size is one and a half above the men's of the same foot.
        assertThat(SizeChart.convert(Gender.WOMEN, ShoeSize.parse("10.5"))
                        .orElseThrow()
                        .footMillimetres())
                .isEqualTo(SizeChart.convert(Gender.MEN, ShoeSize.parse("9"))
                        .orElseThrow()
                        .footMillimetres());
        // Unisex shoes are sized on the men's scale; big kids' sizes are men's of the same number.
        assertThat(SizeChart.table(Gender.UNISEX)).isEqualTo(SizeChart.table(Gender.MEN));
        assertThat(SizeChart.convert(Gender.YOUTH, ShoeSize.parse("5")))
                .isEqualTo(SizeChart.convert(Gender.MEN, ShoeSize.parse("5")));
        assertThat(SizeChart.convert(Gender.MEN, ShoeSize.parse("25"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Gender.class)
    void everyColumnRisesWithTheSizeInHalfSizeSteps(Gender gender) {
        List<SizeChart.Conversion> rows = SizeChart.table(gender);
        assertThat(rows).isNotEmpty();
        for (int i = 1; i < rows.size(); i++) {
            var smaller = rows.get(i - 1);
            var larger = rows.get(i);
            assertThat(larger.us().halves() - smaller.us().halves()).isEqualTo(1);
            assertThat(larger.ukHalves() - smaller.ukHalves()).isEqualTo(1);
            // an EU size is 2/3 cm and a US half size 1/6 inch (0.42 cm): one or two EU halves a step
            assertThat(larger.euHalves() - smaller.euHalves()).isBetween(1, 2);
            assertThat(larger.footMillimetres() - smaller.footMillimetres()).isBetween(4, 5);
        }
    }

    @ParameterizedTest
    @EnumSource(Gender.class)
    void everySizeOnTheChartIsFoundAgainFromEachSystem(Gender gender) {
        for (var row : SizeChart.table(gender)) {
            assertThat(query("EU " + row.eu()).usSize(gender)).contains(row.us());
            assertThat(query("uk" + row.uk()).usSize(gender)).contains(row.us());
            assertThat(query(row.footMillimetres() / 10.0 + " cm").usSize(gender))
                    .contains(row.us());
            assertThat(query("US " + row.us()).usSize(gender)).contains(row.us());
        }
    }

    @Test
    void aSizeBetweenTwoRowsTakesTheNearestAndOneOffTheChartNone() {
        // EU 42 lies between men's 8.5 (41.5) and 9 (42.5): the smaller, as the charts do.
        assertThat(query("EU 42").usSize(Gender.MEN)).contains(ShoeSize.parse("8.5"));
        assertThat(query("eu 60").usSize(Gender.MEN)).isEmpty();
        assertThat(query("10 cm").usSize(Gender.WOMEN)).isEmpty();
        assertThat(query("9,5").usSize(Gender.MEN)).contains(ShoeSize.parse("9.5"));
        assertThat(query(" EUR 44.5 ")).hasToString("EU 44.5");
        assertThat(query("27.5cm")).hasToString("27.5 cm");
    }

    @Test
    void aSizeThatIsNoSizeIsRefusedWithTheForms() {
        for (String bad : List.of("", "EU", "EU 42.3", "XL", "UK 8 cm", "-3", "EU 425")) {
            assertThatThrownBy(() -> SizeChart.parseQuery(bad))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("like");
        }
    }

    @Test
    void aSkuLabelNamesTheScaleTheWidthAndTheConversions() {
        assertThat(SizeChart.label(Gender.MEN, ShoeSize.parse("10.5"), Width.WIDE))
                .isEqualTo("men's US 10.5 2E · UK 9.5 · EU 44.5");
        assertThat(SizeChart.label(Gender.WOMEN, ShoeSize.parse("8"), Width.MEDIUM))
                .isEqualTo("women's US 8 B · UK 5.5 · EU 39");
        assertThat(SizeChart.label(Gender.YOUTH, ShoeSize.parse("11"), Width.MEDIUM))
                .as("off the youth chart: no conversions")
                .isEqualTo("youth US 11Y M");
    }

    private static SizeChart.SizeQuery query(String text) {
        return SizeChart.parseQuery(text);
    }
}
