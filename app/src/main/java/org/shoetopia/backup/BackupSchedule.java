package org.shoetopia.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups a terminal on its own makes of its embedded database: when the last one is a day
 * old (checked every quarter of an hour, and a minute after start), when the app closes (close of
 * day), and on demand. Each goes to the {@code backups} folder in the data folder and is copied to
 * one more folder the owner chooses (a USB stick, a synced folder); the newest {@code keep} are
 * kept in each. What happened last is kept in {@code backups/status.properties} across restarts.
 */
public final class BackupSchedule implements AutoCloseable {
    public static final int DEFAULT_KEEP = 14;
    public static final Duration INTERVAL = Duration.ofDays(1);
    /** A backup older than this, or a failed one, is shown as a warning on the dashboard. */
    public static final Duration STALE = Duration.ofDays(2);

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private static final String STATUS_FILE = "status.properties";
    private static final int ATTEMPTS = 3;
    private static final String STOP_BACKGROUND_WRITER = "SET WRITE_DELAY 0";
    /** H2's default. */
    static final String START_BACKGROUND_WRITER = "SET WRITE_DELAY 500";

    private final Database database;
    private final Path dataFolder;
    private final Path folder;
    private final Supplier<Optional<Path>> extraFolder;
    private final int keep;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backups");
        thread.setDaemon(true);
        return thread;
    });

    /** What the dashboard says: the newest backup here, the newest in the extra folder, and the last failure. */
    public record Status(
            Optional<Instant> lastBackup,
            Optional<Path> extraFolder,
            Optional<Instant> lastExtraCopy,
            Optional<Instant> failedAt,
            String failure) {
        /** Whether the owner should act: no backup for two days, or the last attempt failed. */
        public boolean needsAttention(Instant now) {
            return failedAt.isPresent()
                    || lastBackup.isEmpty()
                    || lastBackup.get().isBefore(now.minus(STALE));
        }
    }

    public BackupSchedule(
            Database database, Path dataFolder, Supplier<Optional<Path>> extraFolder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.database = database;
        this.dataFolder = dataFolder;
        this.folder = dataFolder.resolve(Backups.DEFAULT_FOLDER);
        this.extraFolder = extraFolder;
        this.keep = keep;
        this.clock = clock;
    }

    private BackupRequests requests;

    /** Starts the timer, and takes {@code shoetopia backup}'s requests while the app runs. */
    public void start() {
        h2(START_BACKGROUND_WRITER); // the setting is kept in the file: an app killed mid-backup left it at 0
        timer.scheduleWithFixedDelay(this::backUpIfDue, 1, 15, TimeUnit.MINUTES);
        try {
            requests = BackupRequests.listen(dataFolder, this::backUpTo);
        } catch (IOException | RuntimeException e) {
            log.warn("shoetopia backup cannot ask this app for backups: {}", e.getMessage());
        }
    }

    /**
     * A backup into a folder of the caller's choosing ({@code shoetopia backup --to}), one at a time:
     * the app's transactions paused for the copy (a checkout waits for it, never fails), the store
     * flushed first, and the copy opened and checked before it counts; one that fails is made again.
     */
    synchronized Path backUpTo(Path target) {
        for (int attempt = 1; ; attempt++) {
            long pausedAt = System.nanoTime();
            Path backup = database.withTransactionsPaused(() -> {
                // H2's background writer (with its compaction) would still rewrite the file under
                // the copy: stop it (a write delay of 0), flush, copy, and start it again.
                try {
                    h2(STOP_BACKGROUND_WRITER + "; CHECKPOINT SYNC");
                    return Backups.create(database.dataSource(), target, clock);
                } finally {
                    h2(START_BACKGROUND_WRITER);
                }
            });
            long pausedMillis = (System.nanoTime() - pausedAt) / 1_000_000;
            try {
                Backups.verifyContents(backup, database.config());
                log.info("Backed up to {}; transactions waited {} ms for the copy", backup, pausedMillis);
                return backup;
            } catch (BackupException bad) {
                Backups.delete(backup);
                if (attempt == ATTEMPTS) {
                    throw bad;
                }
                log.warn("Made the backup again: {}", bad.getMessage());
            }
        }
    }

    private void h2(String statements) {
        h2(database, statements);
    }

    /** Runs H2 statements (separated by "; ") on one connection of {@code database}, outside a transaction. */
    static void h2(Database database, String statements) {
        database.outsideTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                for (String sql : statements.split("; ")) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    /** Backs up now, here and to the extra folder; a failure is recorded and returned in the status. */
    public synchronized Status backUpNow() {
        Optional<Path> extra = extraFolder.get();
        try {
            Path backup = backUpTo(folder);
            Backups.prune(folder, keep);
            if (extra.isPresent()) {
                Backups.copy(backup, extra.get());
                Backups.prune(extra.get(), keep);
            }
            recordFailure(null);
            log.info(
                    "Backed up to {}{}",
                    backup,
                    extra.map(path -> " and " + path).orElse(""));
        } catch (RuntimeException e) { // a boundary: the timer would stop for good on an escaped exception
            log.warn("Backup failed: {}", e.getMessage());
            recordFailure(e.getMessage());
        }
        return status();
    }

    public Status status() {
        Optional<Path> extra = extraFolder.get();
        Properties saved = readStatus();
        String failedAt = saved.getProperty("failed.at");
        return new Status(
                newestIn(folder),
                extra,
                extra.flatMap(BackupSchedule::newestIn),
                Optional.ofNullable(failedAt).map(Instant::parse),
                saved.getProperty("failed.reason", ""));
    }

    private void backUpIfDue() {
        Optional<Instant> last = newestIn(folder);
        if (last.isEmpty() || !last.get().isAfter(clock.instant().minus(INTERVAL))) {
            backUpNow();
        }
    }

    /** Close of day: the app is closing. Waits for a scheduled backup that is running, then makes one. */
    @Override
    public void close() {
        if (requests != null) {
            requests.close();
        }
        // not shutdownNow: H2 closes its file when a thread is interrupted during I/O
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        backUpNow();
    }

    private static Optional<Instant> newestIn(Path folder) {
        try {
            List<Path> backups = Backups.list(folder);
            return backups.isEmpty() ? Optional.empty() : Backups.takenAt(backups.get(0));
        } catch (BackupException unreadable) {
            return Optional.empty();
        }
    }

    private Properties readStatus() {
        Properties status = new Properties();
        Path file = folder.resolve(STATUS_FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                status.load(reader);
            } catch (IOException e) {
                log.warn("Cannot read {}: {}", file, e.getMessage());
            }
        }
        return status;
    }

    private void recordFailure(String reason) {
        Properties status = new Properties();
        if (reason != null) {
            status.setProperty("failed.at", clock.instant().toString());
            status.setProperty("failed.reason", reason);
        }
        Path file = folder.resolve(STATUS_FILE);
        try {
            OwnerOnly.createFolder(folder);
            OwnerOnly.createFile(file);
            try (Writer writer = Files.newBufferedWriter(file)) {
                status.store(writer, "Shoetopia backups: the last failure, if the last backup failed");
            }
        } catch (IOException e) {
            log.warn("Cannot write {}: {}", file, e.getMessage());
        }
    }
}
