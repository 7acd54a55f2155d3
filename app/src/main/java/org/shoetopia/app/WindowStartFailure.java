package org.shoetopia.app;

import java.util.Optional;

/**
 * Why the window could not open, in one line a shop owner can act on, for the two causes seen in
 * the field: no GTK 3 library (a minimal system) and no display (started over SSH). Anything else
 * keeps its stack trace: it is a bug to report, not a setup step.
 */
final class WindowStartFailure {
    static final String NO_GTK = "Shoetopia cannot open its window: the GTK 3 library is missing. Install it"
            + " (on Debian or Ubuntu: sudo apt-get install libgtk-3-0) and start Shoetopia again."
            + " The command line works without it: shoetopia --help";
    static final String NO_DISPLAY = "Shoetopia cannot open its window: there is no display here (DISPLAY is"
            + " not set or cannot be reached). Start it from the desktop, or use the command line: shoetopia --help";

    private WindowStartFailure() {}

    static Optional<String> explain(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("Unable to load glass GTK library")
                    || (cause instanceof UnsatisfiedLinkError && message.contains("gtk"))) {
                return Optional.of(NO_GTK);
            }
            if (message.contains("Unable to open DISPLAY")) {
                return Optional.of(NO_DISPLAY);
            }
        }
        return Optional.empty();
    }
}
