package org.shoetopia.bench;

import java.io.PrintWriter;

/** A one-line progress bar on the console: {@code [#########           ] 45%  listings}. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final long total;
    private long done;
    private int shownPercent = -1;

    Progress(PrintWriter out, long total) {
        this.out = out;
        this.total = Math.max(1, total);
    }

    void advance(long steps, String what) {
        done += steps;
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            int filled = percent * WIDTH / 100;
            out.printf("\r[%s%s] %3d%%  %-24s", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, what);
            out.flush();
        }
    }

    void finish(String summary) {
        out.printf("\r%-70s%n", summary);
        out.flush();
    }
}
