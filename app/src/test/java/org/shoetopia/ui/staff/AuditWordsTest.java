package org.shoetopia.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shoetopia.domain.AuditKind;

class AuditWordsTest {
    @Test
    void everyKindOfRecordReadsAsWordsNotItsCode() {
        for (AuditKind kind : AuditKind.values()) {
            assertThat(AuditWords.what(kind))
                    .as(kind.code())
                    .isNotBlank()
                    .doesNotContain("_", ".")
                    .isNotEqualToIgnoringCase(kind.code());
        }
        assertThat(AuditWords.detail("order 100002 out_for_delivery")).isEqualTo("order 100002 out for delivery");
    }
}
