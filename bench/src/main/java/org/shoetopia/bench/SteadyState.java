package org.shoetopia.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * When a warm-up may stop: the CPU each checkout costs has stopped falling. A path is steady when
 * two consecutive windows' CPU per checkout lie within {@link #TOLERANCE} of each other and the JIT
 * compilers used under {@link #COMPILER_SHARE} of the last window; a fixed warm-up was too short on a
 * slower machine, where the first rows were measured while the JIT still worked.
 */
final class SteadyState {
    static final double TOLERANCE = 0.05;
    static final double COMPILER_SHARE = 0.05;

    private final List<Double> cpuPerCheckout = new ArrayList<>();
    private boolean compilersQuiet;

    /** Records one window: its checkouts, the CPU all sides spent, and the compilers' share of its time. */
    void window(long checkouts, long cpuNanos, double compilerShare) {
        cpuPerCheckout.add(checkouts == 0 ? Double.NaN : cpuNanos / (double) checkouts);
        compilersQuiet = compilerShare < COMPILER_SHARE;
    }

    boolean steady() {
        int n = cpuPerCheckout.size();
        if (n < 2 || !compilersQuiet) {
            return false;
        }
        double previous = cpuPerCheckout.get(n - 2);
        double last = cpuPerCheckout.get(n - 1);
        return Double.isFinite(previous)
                && Double.isFinite(last)
                && Math.abs(last - previous) <= TOLERANCE * Math.min(last, previous);
    }

    int windows() {
        return cpuPerCheckout.size();
    }

    /** The last window's CPU per checkout, in milliseconds. */
    double lastCpuMillis() {
        return cpuPerCheckout.isEmpty() ? Double.NaN : cpuPerCheckout.get(cpuPerCheckout.size() - 1) / 1e6;
    }

    /** The first window's, to show how far the warm-up brought it down. */
    double firstCpuMillis() {
        return cpuPerCheckout.isEmpty() ? Double.NaN : cpuPerCheckout.get(0) / 1e6;
    }
}
