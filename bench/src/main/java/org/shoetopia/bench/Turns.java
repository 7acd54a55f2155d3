package org.shoetopia.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * One figure measured once per turn (a ratio of two paths' throughput, say): its median and its
 * spread. The median of a handful of ratios is a sort, so no statistics library is brought in for it;
 * latencies, which need real percentiles, go through HdrHistogram in {@link Measurement}.
 */
final class Turns {
    private final double[] values;

    private Turns(double[] values) {
        // a turn in which a path got nothing done has no ratio, rather than an infinite one
        this.values = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }

    static Turns of(double... values) {
        return new Turns(values);
    }

    double median() {
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    double min() {
        return values.length == 0 ? Double.NaN : values[0];
    }

    double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** "0.93 (0.88–0.97)": the median, then the lowest and highest turn. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(), min(), max());
    }
}
