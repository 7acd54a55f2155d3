package org.shoetopia.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.ShopService.TaxReport;
import org.shoetopia.api.ShopService.TaxReportRow;
import org.shoetopia.domain.Money;

class TaxReportCsvTest {
    @Test
    void namesAreQuotedAsSpreadsheetsReadThemAndNeverRunAsFormulas() {
        TaxReport report = new TaxReport(
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                List.of(
                        new TaxReportRow(
                                "State, \"NY\" 4%", Money.ofCents(12_000), Money.ofCents(480), Money.ZERO, Money.ZERO),
                        new TaxReportRow(
                                "=HYPERLINK(\"x\") 1%", Money.ofCents(100), Money.ofCents(1), Money.ZERO, Money.ZERO)),
                Money.ofCents(12_581),
                Money.ofCents(481),
                Money.ZERO,
                Money.ZERO);

        String csv = TaxReportCsv.of(report);

        assertThat(csv)
                .contains("\"State, \"\"NY\"\" 4%\",120.00,4.80,0.00,0.00,120.00,4.80\r\n")
                .contains("\"'=HYPERLINK(\"\"x\"\") 1%\",1.00,0.01")
                .contains("Net tax,4.81\r\n");
    }
}
