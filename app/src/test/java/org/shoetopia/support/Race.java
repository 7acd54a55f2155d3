package org.shoetopia.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Races real threads: all start together on a latch, each runs its task (on its own pooled
 * connection, through the real services), and every outcome is collected for assertions.
 */
public final class Race {
    private static final long TIMEOUT_SECONDS = 120;

    private Race() {}

    /** What the racers did: the values of those that succeeded and the errors of those that did not. */
    public record Outcome<T>(List<T> successes, List<Throwable> failures) {
        public List<String> failureMessages() {
            return failures.stream()
                    .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                    .toList();
        }
    }

    public static <T> Outcome<T> run(int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int racer = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.apply(racer);
                }));
            }
            ready.await();
            start.countDown();
            List<T> successes = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    successes.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return new Outcome<>(successes, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("race interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "a racer hung for " + TIMEOUT_SECONDS + " s: a deadlock or a lost lock timeout", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until {@code condition} holds, polling every millisecond; fails after {@code seconds}. */
    public static void awaitUntil(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + seconds + " s for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
