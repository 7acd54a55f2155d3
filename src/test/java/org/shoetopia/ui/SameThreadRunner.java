package org.shoetopia.ui;

/** Runs each job at once on the calling thread, so view models are tested without a screen or a toolkit. */
public final class SameThreadRunner implements BackgroundRunner {
    @Override
    public <T> void execute(Job<T> job) {
        if (job.busyFlag() != null) {
            job.busyFlag().set(true);
        }
        T result;
        try {
            result = job.work().call();
        } catch (Exception e) {
            release(job);
            job.failureHandler().accept(e);
            return;
        }
        release(job);
        job.successHandler().accept(result);
    }

    private static void release(Job<?> job) {
        if (job.busyFlag() != null) {
            job.busyFlag().set(false);
        }
    }
}
