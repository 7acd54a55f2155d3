package org.shoetopia.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an error nobody caught: it is logged with its stack (to the log file, which
 * {@link UserMessages} names) and the user is told, once at a time, in a dialog. Without this the
 * app would carry on with a screen half done and nobody would know why.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final Messages messages;
    /** A burst of errors (one per frame of an animation, say) shows one dialog, not hundreds. */
    private final AtomicBoolean showing = new AtomicBoolean();
    /** And one that comes back on every pulse does not trap the user in dialogs: one a minute. */
    private static final long QUIET_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private volatile long lastShown = System.nanoTime() - QUIET_NANOS;

    public UncaughtErrors(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.error("Uncaught error in {}", thread.getName(), error);
        if (System.nanoTime() - lastShown < QUIET_NANOS || !showing.compareAndSet(false, true)) {
            return; // logged; the dialog shown a moment ago said where
        }
        lastShown = System.nanoTime();
        try {
            Platform.runLater(() -> {
                try {
                    dialogs.showError(
                            messages.get("app.uncaught.title"),
                            messages.get("app.uncaught.message", UserMessages.whereTheDetailsAre(), kindOf(error)));
                } finally {
                    showing.set(false);
                }
            });
        } catch (IllegalStateException toolkitGone) { // the window is closing: the log has it
            showing.set(false);
        }
    }

    private static String kindOf(Throwable error) {
        return error.getClass().getSimpleName();
    }
}
