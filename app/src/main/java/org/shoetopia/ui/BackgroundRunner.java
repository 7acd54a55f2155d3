package org.shoetopia.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls off the JavaFX thread and delivers their outcome back on it:
 * {@code runner.call(() -> service.x()).busy(vm.busyProperty()).onSuccess(…).onFailure(…).start()}.
 * Every screen goes through this; tests use a same-thread runner. A job without a failure handler
 * logs its failure with the stack, so no error is ever lost.
 */
public interface BackgroundRunner {

    /** Runs the job's work on a background thread, then hands it its outcome (see {@link Job#deliver}). */
    <T> void execute(Job<T> job);

    /**
     * What to do, on the UI thread, once a call has failed because the server ended this terminal's
     * session (after the screen that made the call has shown its error).
     */
    default void whenSessionEnds(Runnable action) {}

    /** Runs {@code action} on the thread that delivers outcomes (the FX thread): for a live feed's callbacks. */
    void onUiThread(Runnable action);

    default <T> Job<T> call(Callable<T> work) {
        return new Job<>(this, work);
    }

    /** A call with no result to hand back. */
    default Job<Void> run(Action work) {
        return call(() -> {
            work.run();
            return null;
        });
    }

    /** Work that returns nothing and may throw, like a service call that only writes. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    /**
     * Jobs started with the same {@code Latest} supersede one another: only the newest one's outcome is
     * delivered (a refresh, or suggestions while typing, whose older answers would overwrite newer ones).
     */
    final class Latest {
        private final AtomicLong newest = new AtomicLong();

        /** Drops the outcome of every job started so far (what they would show is no longer wanted). */
        public void supersede() {
            newest.incrementAndGet();
        }
    }

    /** The outcome of a job's work: its result, or what it threw. */
    record Outcome<T>(T result, Throwable error) {}

    /** One background call and what to do with its result. */
    final class Job<T> {
        private static final Logger log = LoggerFactory.getLogger(BackgroundRunner.class);

        private final BackgroundRunner runner;
        private final Callable<T> work;
        private Consumer<T> onSuccess = result -> {};
        private Consumer<Throwable> onFailure = Job::logUnhandled;
        private BooleanProperty busy;
        private Latest latest;
        private long generation;

        Job(BackgroundRunner runner, Callable<T> work) {
            this.runner = runner;
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = handler;
            return this;
        }

        /** Set true while the call runs, so the screen shows it is busy. */
        public Job<T> busy(BooleanProperty flag) {
            this.busy = flag;
            return this;
        }

        /** Only the newest job started with {@code token} has its outcome delivered. */
        public Job<T> latestOf(Latest token) {
            this.latest = token;
            return this;
        }

        public void start() {
            if (latest != null) {
                generation = latest.newest.incrementAndGet();
            }
            if (busy != null) {
                busy.set(true);
            }
            runner.execute(this);
        }

        /** The work itself, for a runner to run on its thread. */
        public Outcome<T> runWork() {
            try {
                return new Outcome<>(work.call(), null);
            } catch (Exception e) {
                return new Outcome<>(null, e);
            }
        }

        /**
         * Hands the outcome to its handler (on the FX thread, by the runner), unless a newer job of the
         * same {@link Latest} started meanwhile.
         */
        public void deliver(Outcome<T> outcome) {
            if (busy != null) {
                busy.set(false);
            }
            if (latest != null && latest.newest.get() != generation) {
                log.debug("Superseded background call dropped", outcome.error());
                return;
            }
            if (outcome.error() == null) {
                onSuccess.accept(outcome.result());
            } else {
                onFailure.accept(outcome.error());
            }
        }

        private static void logUnhandled(Throwable error) {
            log.error("A background call failed and nothing on screen handles it", error);
        }
    }
}
