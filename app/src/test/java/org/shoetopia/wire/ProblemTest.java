package org.shoetopia.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoetopia.domain.ValidationException;

/** A problem detail reads the same on tills of either version, and carries a whole form's errors. */
class ProblemTest {
    @Test
    void aSingleErrorIsWrittenAsBeforeAndAnUnknownExtensionIsIgnored() throws Exception {
        String written = Wire.json().writeValueAsString(Problem.of(new ValidationException("price", "Price is bad")));

        assertThat(written).doesNotContain("errors"); // what an older till reads, unchanged
        Problem read = Wire.json()
                .readValue(
                        "{\"type\":\"" + Problem.VALIDATION + "\",\"title\":\"Invalid input\",\"status\":400,"
                                + "\"detail\":\"Price is bad\",\"field\":\"price\",\"hint\":\"from a newer server\"}",
                        Problem.class);
        assertThat(read.toException()).isInstanceOf(ValidationException.class).hasMessage("Price is bad");
    }

    @Test
    void aWholeFormsErrorsTravelAndComeBackAsOneException() throws Exception {
        var refused = new ValidationException(List.of(
                new ValidationException.Invalid("brand", "Brand must not be blank"),
                new ValidationException.Invalid("price", "Price is bad")));

        Problem read = Wire.json().readValue(Wire.json().writeValueAsString(Problem.of(refused)), Problem.class);

        var again = (ValidationException) read.toException();
        assertThat(again.all()).isEqualTo(refused.all());
        assertThat(again.field()).isEqualTo("brand");
    }
}
