package org.shoetopia.bench;

import java.util.Arrays;
import java.util.Locale;

/** One scenario's latencies and throughput, with the target it is held to. */
record Measurement(String scenario, long count, double p50Millis, double p95Millis, double p99Millis,
        double perSecond, String target, String note) {

    static Measurement of(String scenario, long[] nanos, double seconds, String target, String note) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Measurement(scenario, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), seconds > 0 ? sorted.length / seconds : 0, target, note);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String tableRow() {
        return String.format(Locale.ROOT, "%-46s %8d %9.2f %9.2f %9.2f %10.1f  %-22s %s", scenario, count, p50Millis,
                p95Millis, p99Millis, perSecond, target, note);
    }

    static String tableHeader() {
        return String.format(Locale.ROOT, "%-46s %8s %9s %9s %9s %10s  %-22s %s", "scenario", "count", "p50 ms",
                "p95 ms", "p99 ms", "per s", "target", "note");
    }

    String json() {
        return String.format(Locale.ROOT, "{\"scenario\":%s,\"count\":%d,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"p99_ms\":%.3f,"
                + "\"per_second\":%.1f,\"target\":%s,\"note\":%s}", quote(scenario), count, p50Millis, p95Millis,
                p99Millis, perSecond, quote(target), quote(note));
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
