package org.shoetopia.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.shoetopia.api.ShopService;
import org.shoetopia.domain.ValidationException;

/** The whole days a report covers, as the instants they start and end at in the shop's time zone. */
record ReportDays(Instant since, Instant until) {
    /** {@code what} names the report in the message of a period too long: "A tax report". */
    static ReportDays of(LocalDate from, LocalDate to, ZoneId zone, String what) {
        if (from == null || to == null) {
            throw new ValidationException("from", "Enter the first and the last day of the report");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "The last day comes on or after the first");
        }
        if (ChronoUnit.DAYS.between(from, to) >= ShopService.MAX_REPORT_DAYS) {
            throw new ValidationException("to", what + " covers at most " + ShopService.MAX_REPORT_DAYS + " days");
        }
        if (zone == null) {
            throw new ValidationException("zone", "Name the time zone the days are counted in");
        }
        return new ReportDays(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
