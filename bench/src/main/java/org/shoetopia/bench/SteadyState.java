package org.shoetopia.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * When a warm-up may stop: the CPU each checkout costs has stopped falling. A path is steady when
 * three consecutive windows' CPU per checkout lie within {@link #TOLERANCE} of each other, pair by
 * pair, and the JIT compilers used under {@link #COMPILER_SHARE} of the last window; a fixed warm-up
 * was too short on a slower machine, where the first rows were measured while the JIT still worked,
 * and two windows in agreement once stopped a run on a plateau the JIT then left. Three windows
 * did too, on a path that had not yet run the checkouts C2 waits for: so a warm-up also runs at
 * least a given number of them.
 */
final class SteadyState {
    static final double TOLERANCE = 0.05;
    static final double COMPILER_SHARE = 0.05;
    static final int WINDOWS_IN_AGREEMENT = 3;

    private final List<Double> cpuPerCheckout = new ArrayList<>();
    private final long minimumCheckouts;
    private long checkouts;
    private boolean compilersQuiet;

    SteadyState(long minimumCheckouts) {
        this.minimumCheckouts = minimumCheckouts;
    }

    /** Records one window: its checkouts, the CPU all sides spent, and the compilers' share of its time. */
    void window(long checkouts, long cpuNanos, double compilerShare) {
        cpuPerCheckout.add(checkouts == 0 ? Double.NaN : cpuNanos / (double) checkouts);
        this.checkouts += checkouts;
        compilersQuiet = compilerShare < COMPILER_SHARE;
    }

    boolean steady() {
        int n = cpuPerCheckout.size();
        if (n < WINDOWS_IN_AGREEMENT || !compilersQuiet || checkouts < minimumCheckouts) {
            return false;
        }
        for (int i = n - WINDOWS_IN_AGREEMENT + 1; i < n; i++) {
            double previous = cpuPerCheckout.get(i - 1);
            double next = cpuPerCheckout.get(i);
            if (!Double.isFinite(previous)
                    || !Double.isFinite(next)
                    || Math.abs(next - previous) > TOLERANCE * Math.min(next, previous)) {
                return false;
            }
        }
        return true;
    }

    long checkouts() {
        return checkouts;
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
