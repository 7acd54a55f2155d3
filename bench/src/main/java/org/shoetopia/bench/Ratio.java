package org.shoetopia.bench;

import java.util.Locale;

/**
 * A ratio of two paths measured in the same turns (service against raw JDBC, say), as the median
 * of its turns with the lowest and highest, and the target it is held to (">= 0.85", "<= 1.15", or
 * none). Ratios are what travel between machines; absolute times differ 3–4× between machines of
 * the same kind.
 */
record Ratio(String what, int terminals, double median, double lowest, double highest, String target, Boolean met) {

    static Ratio of(String what, int terminals, Turns turns, String target) {
        return new Ratio(
                what, terminals, turns.median(), turns.min(), turns.max(), target, meets(turns.median(), target));
    }

    /** Null when there is no target. */
    static Boolean meets(double value, String target) {
        if (target.isEmpty()) {
            return null;
        }
        double bound = Double.parseDouble(target.substring(2).strip());
        if (target.startsWith(">=")) {
            return value >= bound;
        }
        if (target.startsWith("<=")) {
            return value <= bound;
        }
        throw new IllegalArgumentException("a target is \">= x\" or \"<= x\": " + target);
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%-62s %3d   %.2f (%.2f–%.2f)  %-8s %s",
                what,
                terminals,
                median,
                lowest,
                highest,
                target,
                met == null ? "" : met ? "met" : "NOT MET");
    }
}
