package org.shoetopia.ui;

/** Runs each job at once on the calling thread, so view models are tested without a screen or a toolkit. */
public final class SameThreadRunner implements BackgroundRunner {
    @Override
    public <T> void execute(Job<T> job) {
        job.deliver(job.runWork());
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
