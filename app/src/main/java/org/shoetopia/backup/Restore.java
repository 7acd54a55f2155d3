package org.shoetopia.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.h2.api.ErrorCode;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.persistence.SchemaVersion;

/**
 * Puts a backup in place of the embedded database in a data folder, only once it is known good:
 * its checksum matches; restored into a fresh file it is not from a newer Shoetopia; migrated if it
 * is from an older one; and every invariant holds. Only then is it swapped in, the database it
 * replaces kept beside it. Anything refused leaves the current database as it was.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What a restore did: the schema the backup had and has now, the invariants checked, the old file kept. */
    public record Restored(SchemaVersion backupSchema, List<Invariants.Check> checks, Path previousDatabase) {}

    private Restore() {}

    public static Restored restore(Path backup, Path dataFolder, Clock clock) {
        return restore(backup, DatabaseConfig.embedded(dataFolder), clock);
    }

    /**
     * As {@link #restore(Path, Path, Clock)}, into the embedded database {@code target} names (its
     * folder, and its key if it is encrypted: a backup of an encrypted database opens only with it).
     */
    public static Restored restore(Path backup, DatabaseConfig target, Clock clock) {
        Path dataFolder = target.embeddedFile()
                .orElseThrow(() -> new BackupException("Only the embedded database is restored from a backup"))
                .getParent();
        Backups.verify(backup);
        Path current = dataFolder.resolve(Backups.DATABASE_ENTRY);
        refuseWhileInUse(current, target);
        String stamp = STAMP.format(clock.instant());
        Path fresh = dataFolder.resolve("restoring-" + stamp);
        try {
            Files.createDirectories(dataFolder);
            DataFolder.deleteTree(fresh);
            OwnerOnly.createFolder(fresh);
            org.h2.tools.Restore.execute(backup.toString(), fresh.toString(), "shoetopia");
            Path restored = fresh.resolve(Backups.DATABASE_ENTRY);
            if (!Files.isRegularFile(restored)) {
                throw new BackupException(backup.getFileName() + " holds no Shoetopia database");
            }
            DatabaseConfig config = target.inFolder(fresh);
            SchemaVersion schema = Database.schemaVersion(config);
            if (schema.isNewerThanKnown()) {
                throw new BackupException("The backup is from a newer Shoetopia (schema version " + schema.applied()
                        + "; this version knows up to " + schema.known() + "). Install the newer version to"
                        + " restore it. Nothing was changed.");
            }
            List<Invariants.Check> checks;
            try (Database database = Database.open(config.withPoolSize(2))) {
                checks = Invariants.check(database.dataSource());
                // the app backs up with H2's writer stopped, a setting the copy keeps: start it again
                BackupSchedule.h2(database, BackupSchedule.START_BACKGROUND_WRITER);
            }
            List<Invariants.Check> broken =
                    checks.stream().filter(check -> !check.holds()).toList();
            if (!broken.isEmpty()) {
                throw new BackupException("The backup breaks " + broken.size() + " of the shop's rules, so it was"
                        + " not restored (nothing was changed): " + broken);
            }
            Path previous = swapIn(restored, current, stamp);
            return new Restored(schema, checks, previous);
        } catch (IOException e) {
            throw new BackupException("Could not restore " + backup + ": " + e.getMessage(), e);
        } finally {
            DataFolder.deleteTree(fresh);
        }
    }

    /**
     * H2 locks the file of a database that is open; a running app must be closed first, before a
     * restore or anything else that replaces the file.
     */
    public static void refuseWhileInUse(Path current, DatabaseConfig target) {
        if (!Files.exists(current)) {
            return;
        }
        String url = target.url() + ";IFEXISTS=TRUE";
        try (Connection probe = DriverManager.getConnection(url, target.user(), target.password())) {
            probe.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new BackupException("Shoetopia is running on this computer, using the database. Close it"
                        + " first. Nothing was changed.");
            }
            // Any other failure (a damaged file) is no reason to refuse: that is when a restore is
            // wanted, and the file is kept beside the restored one.
        }
    }

    /** Keeps the current database beside as {@code shoetopia.mv.db.before-restore-…}; returns that path, or null. */
    private static Path swapIn(Path restored, Path current, String stamp) throws IOException {
        Path previous = null;
        if (Files.exists(current)) {
            previous = current.resolveSibling(current.getFileName() + ".before-restore-" + stamp);
            Files.move(current, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, current, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return previous;
    }
}
