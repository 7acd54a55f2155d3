package org.shoetopia.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** One scenario's latencies and throughput, with the target it is held to. */
record Measurement(
        String scenario,
        long count,
        @JsonProperty("p50_ms") double p50Millis,
        @JsonProperty("p95_ms") double p95Millis,
        @JsonProperty("p99_ms") double p99Millis,
        @JsonProperty("per_second") double perSecond,
        String target,
        String note) {

    /** Three significant digits: a 12.3 ms figure is exact to 0.01 ms, enough for any table here. */
    private static final int SIGNIFICANT_DIGITS = 3;

    static Measurement of(String scenario, long[] nanos, double seconds, String target, String note) {
        if (nanos.length == 0) {
            return new Measurement(scenario, 0, Double.NaN, Double.NaN, Double.NaN, 0, target, note);
        }
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        for (long sample : nanos) {
            histogram.recordValue(Math.max(0, sample));
        }
        return new Measurement(
                scenario,
                histogram.getTotalCount(),
                millisAt(histogram, 50),
                millisAt(histogram, 95),
                millisAt(histogram, 99),
                seconds > 0 ? nanos.length / seconds : 0,
                target,
                note);
    }

    private static double millisAt(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    String tableRow() {
        return String.format(
                Locale.ROOT,
                "%-46s %8d %9.2f %9.2f %9.2f %10.1f  %-22s %s",
                scenario,
                count,
                p50Millis,
                p95Millis,
                p99Millis,
                perSecond,
                target,
                note);
    }

    static String tableHeader() {
        return String.format(
                Locale.ROOT,
                "%-46s %8s %9s %9s %9s %10s  %-22s %s",
                "scenario",
                "count",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "per s",
                "target",
                "note");
    }
}
