package org.shoetopia.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class Ean13Test {

    @Test
    void checkDigitsOfPublishedCodes() {
        // The examples of GS1's check digit rule: an EAN-13, a UPC-A and an EAN-8.
        assertThat(Ean13.checkDigit("400638133393")).isEqualTo('1');
        assertThat(Ean13.checkDigit("03600029145")).isEqualTo('2');
        assertThat(Ean13.checkDigit("9638507")).isEqualTo('4');
        assertThat(Ean13.hasValidCheckDigit("4006381333931")).isTrue();
        assertThat(Ean13.hasValidCheckDigit("4006381333932")).isFalse();
    }

    @Test
    void theInStoreCodeIsTwoTheListingNumberAndTheCheckDigit() {
        assertThat(Ean13.inStore(12)).isEqualTo("2000000000121");
        assertThat(Ean13.inStoreListingId("2000000000121")).hasValue(12);
        assertThat(Ean13.inStoreListingId("2000000000122"))
                .as("a misread digit")
                .isEmpty();
        assertThat(Ean13.inStoreListingId("4006381333931"))
                .as("a manufacturer's")
                .isEmpty();
        assertThat(Ean13.inStoreListingId("2000000000000")).isEmpty();
    }

    @Property
    void everyInStoreCodeChecksAndReadsBackItsListing(@ForAll @LongRange(min = 1, max = 99_999_999_999L) long id) {
        String code = Ean13.inStore(id);
        assertThat(code).hasSize(13).startsWith("2");
        assertThat(Ean13.hasValidCheckDigit(code)).isTrue();
        assertThat(Ean13.inStoreListingId(code)).hasValue(id);
    }

    @Property
    void anyOneDigitChangedIsCaught(
            @ForAll @LongRange(min = 1, max = 99_999_999_999L) long id,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int position,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 9) int shift) {
        char[] code = Ean13.inStore(id).toCharArray();
        code[position] = (char) ('0' + (code[position] - '0' + shift) % 10);
        assertThat(Ean13.hasValidCheckDigit(new String(code))).isFalse();
    }

    @Test
    void aManufacturersCodeIsCheckedAndKeptAsEntered() {
        assertThat(Ean13.manufacturerCode("4 006381 333931")).isEqualTo("4006381333931");
        assertThat(Ean13.manufacturerCode("0-36000-29145-2"))
                .as("a UPC-A, as its EAN-13")
                .isEqualTo("0036000291452");
        assertThat(Ean13.manufacturerCode("96385074")).isEqualTo("96385074");
        assertThatThrownBy(() -> Ean13.manufacturerCode("4006381333932")).hasMessageContaining("does not check");
        assertThatThrownBy(() -> Ean13.manufacturerCode("12345")).hasMessageContaining("8, 12 or 13 digits");
        assertThatThrownBy(() -> Ean13.manufacturerCode(Ean13.inStore(7))).hasMessageContaining("shop's own");
    }
}
