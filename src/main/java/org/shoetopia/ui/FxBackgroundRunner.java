package org.shoetopia.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** Runs each job as a {@link Task} on a small pool of daemon threads; callbacks arrive on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final ExecutorService workers;
    private final AtomicInteger unfinished = new AtomicInteger();

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
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.work().call();
            }
        };
        if (job.busyFlag() != null) {
            job.busyFlag().set(true);
        }
        unfinished.incrementAndGet();
        task.setOnSucceeded(event -> {
            release(job);
            job.successHandler().accept(task.getValue());
        });
        task.setOnFailed(event -> {
            release(job);
            job.failureHandler().accept(task.getException());
        });
        workers.execute(task);
    }

    /** True when every job handed over so far has finished and its callback ran. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    private void release(Job<?> job) {
        unfinished.decrementAndGet();
        if (job.busyFlag() != null) {
            job.busyFlag().set(false);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
