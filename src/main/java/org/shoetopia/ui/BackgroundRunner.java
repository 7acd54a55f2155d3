package org.shoetopia.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;

/**
 * Runs service calls off the JavaFX thread and delivers their outcome back on it:
 * {@code runner.call(() -> service.x()).busy(vm.busyProperty()).onSuccess(…).onFailure(…).start()}.
 * Every screen goes through this; tests use a same-thread runner.
 */
public interface BackgroundRunner {

    <T> void execute(Job<T> job);

    default <T> Job<T> call(Callable<T> work) {
        return new Job<>(this, work);
    }

    /** One background call and what to do with its result. */
    final class Job<T> {
        private final BackgroundRunner runner;
        final Callable<T> work;
        Consumer<T> onSuccess = result -> { };
        Consumer<Throwable> onFailure = error -> { };
        BooleanProperty busy;

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

        public void start() {
            runner.execute(this);
        }

        public Callable<T> work() {
            return work;
        }

        public Consumer<T> successHandler() {
            return onSuccess;
        }

        public Consumer<Throwable> failureHandler() {
            return onFailure;
        }

        public BooleanProperty busyFlag() {
            return busy;
        }
    }
}
