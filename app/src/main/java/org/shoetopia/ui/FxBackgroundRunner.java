package org.shoetopia.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.shoetopia.domain.SessionEndedException;

/** Runs each job as a {@link Task} on a small pool of daemon threads; callbacks arrive on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final ExecutorService workers;
    private final AtomicInteger unfinished = new AtomicInteger();
    private volatile Runnable sessionEnded = () -> {};

    public FxBackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, work -> {
            Thread thread = new Thread(work, "shoetopia-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(Job<T> job) {
        if (workers.isShutdown()) {
            return; // the window is closing; nothing more to run
        }
        // The work never throws out of the task: its outcome, result or error, comes back as a value.
        Task<BackgroundRunner.Outcome<T>> task = new Task<>() {
            @Override
            protected BackgroundRunner.Outcome<T> call() {
                return job.runWork();
            }
        };
        unfinished.incrementAndGet();
        task.setOnSucceeded(event -> {
            unfinished.decrementAndGet();
            BackgroundRunner.Outcome<T> outcome = task.getValue();
            job.deliver(outcome);
            if (outcome.error() instanceof SessionEndedException) {
                sessionEnded.run();
            }
        });
        workers.execute(task);
    }

    @Override
    public void whenSessionEnds(Runnable action) {
        this.sessionEnded = action;
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** True when every job handed over so far has finished and its callback ran. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
