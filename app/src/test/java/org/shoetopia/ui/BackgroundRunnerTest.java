package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The runner every screen uses: outcomes are never lost, and the newest of superseding jobs wins. */
class BackgroundRunnerTest {

    /** Holds the jobs it is given until the test finishes them, in any order, as worker threads may. */
    private static final class HeldRunner implements BackgroundRunner {
        final List<Job<?>> held = new ArrayList<>();

        @Override
        public <T> void execute(Job<T> job) {
            held.add(job);
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @SuppressWarnings("unchecked")
        <T> void finish(int index) {
            Job<T> job = (Job<T>) held.get(index);
            job.deliver(job.runWork());
        }
    }

    @Test
    void anOlderAnswerArrivingLastDoesNotOverwriteTheNewerOne() {
        var runner = new HeldRunner();
        var latest = new BackgroundRunner.Latest();
        List<String> shown = new ArrayList<>();
        runner.call(() -> "typed 'ni'").latestOf(latest).onSuccess(shown::add).start();
        runner.call(() -> "typed 'nik'").latestOf(latest).onSuccess(shown::add).start();

        runner.finish(1);
        runner.finish(0);

        assertThat(shown).containsExactly("typed 'nik'");
    }

    @Test
    void supersedingDropsWhatJobsStartedBeforeWouldShow() {
        var runner = new HeldRunner();
        var latest = new BackgroundRunner.Latest();
        List<String> shown = new ArrayList<>();
        var busy = new SimpleBooleanProperty();
        runner.call(() -> "suggestions")
                .latestOf(latest)
                .busy(busy)
                .onSuccess(shown::add)
                .start();
        assertThat(busy.get()).isTrue();

        latest.supersede(); // the field was cleared meanwhile
        runner.finish(0);

        assertThat(shown).isEmpty();
        assertThat(busy.get()).as("a dropped job still ends its busy spell").isFalse();
    }

    @Test
    void aFailureNobodyHandlesIsLoggedWithItsStack() {
        Logger logger = (Logger) LoggerFactory.getLogger(BackgroundRunner.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            new SameThreadRunner()
                    .run(() -> {
                        throw new IllegalStateException("the database went away");
                    })
                    .start();
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("ERROR");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the database went away");
        });
    }

    @Test
    void aCallWithNoResultDeliversSuccess() {
        List<Object> done = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        new SameThreadRunner()
                .run(() -> calls.add("delisted"))
                .onSuccess(done::add)
                .start();

        assertThat(calls).containsExactly("delisted");
        assertThat(done).hasSize(1);
    }
}
