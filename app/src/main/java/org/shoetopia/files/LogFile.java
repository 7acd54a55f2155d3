package org.shoetopia.files;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The app's log on disk: {@code logs/shoetopia.log} in the data folder, rolled daily and at 10 MB,
 * 14 days and 100 MB kept at most. An app started from the desktop menu has no console, so "the
 * details are in the log" must point at a file the user can find and send.
 *
 * <p>Logging is one per process by nature (logback's context is static), so the file it writes is
 * too: {@link #current()} is what error messages name.
 */
public final class LogFile {
    public static final String FILE_NAME = "shoetopia.log";
    private static final String APPENDER_NAME = "FILE";
    private static volatile Path current;

    private LogFile() {}

    /** Starts writing the log (everything the console gets) to the data folder; returns the file. */
    public static synchronized Path startIn(Path dataFolder) {
        Path folder = dataFolder.resolve("logs");
        Path file = folder.resolve(FILE_NAME);
        if (file.equals(current)) {
            return file;
        }
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the log folder " + folder, e);
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file; // logging is not logback's (a test's own binding): nothing to add
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(APPENDER_NAME);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(
                folder.resolve("shoetopia-%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();

        appender.setRollingPolicy(rolling);
        appender.start();
        root.addAppender(appender);
        current = file;
        return file;
    }

    /** Closes the file (at exit, so its last lines are on disk); the console goes on. */
    public static synchronized void stop() {
        if (current != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender(APPENDER_NAME);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
        current = null;
    }

    /** The file the log is written to, once {@link #startIn} ran. */
    public static Optional<Path> current() {
        return Optional.ofNullable(current);
    }
}
