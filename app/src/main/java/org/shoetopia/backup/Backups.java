package org.shoetopia.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.persistence.SchemaVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded database, one zip each with a SHA-256 checksum file beside it
 * ({@code sha256sum -c} reads it too).
 *
 * <p>Made by H2's {@code BACKUP TO}, which copies the database file: a restore gives back exactly
 * that file, ids, sequences and encryption included. A script export would have to be replayed
 * through the SQL parser and would write an encrypted database out in the clear. H2 keeps each of
 * its maps consistent on disk but not all of them together while transactions write
 * (h2database#2080), so the running app pauses its transactions for the copy
 * ({@link BackupSchedule}) and checks each backup it makes ({@link #verifyContents}).
 *
 * <p>A backup is written under a {@code .partial} name, flushed to the disk, and only then moved
 * to its name, its checksum last: a backup cut off half way (the app killed, the disk full) has
 * no checksum file, and restore accepts none without one.
 */
public final class Backups {
    public static final String DEFAULT_FOLDER = "backups";
    private static final String PREFIX = "shoetopia-backup-";
    /** Made before an upgrade: restore takes it, the schedule's list and pruning leave it alone. */
    private static final String BEFORE_UPGRADE_PREFIX = "shoetopia-before-upgrade-";
    /** A partial file older than this was left by a backup that died; a younger one may be in the making. */
    private static final Duration PARTIAL_LEFT_BEHIND = Duration.ofHours(1);

    private static final String SUFFIX = ".zip";
    private static final String CHECKSUM_SUFFIX = ".sha256";
    private static final String PARTIAL_SUFFIX = ".partial";
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    /** The database file inside the zip, as H2 names it after the embedded URL's file. */
    static final String DATABASE_ENTRY = "shoetopia.mv.db";

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS'Z'").withZone(ZoneOffset.UTC);

    private Backups() {}

    /** Backs up the embedded database behind {@code database} into {@code folder}; returns the zip. */
    public static Path create(DataSource database, Path folder, Clock clock) {
        return create(database, folder, PREFIX, clock);
    }

    private static Path create(DataSource database, Path folder, String prefix, Clock clock) {
        Path target = folder.resolve(prefix + NAME_TIME.format(clock.instant()) + SUFFIX);
        Path partial = partialOf(target);
        try {
            OwnerOnly.createFolder(folder);
            OwnerOnly.createFile(partial);
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute(
                        "BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            finish(partial, target);
            return target;
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new BackupException("Could not back up to " + folder + ": " + reason(e), e);
        }
    }

    /**
     * Before this version's migrations change an embedded database an older version left, backs it
     * up as it was into the {@code backups} folder beside it, so an upgrade can be undone by
     * restoring that backup with the older version. Nothing for a new, current or PostgreSQL one.
     */
    public static Optional<Path> beforeUpgrade(DatabaseConfig config, Clock clock) {
        Optional<Path> embedded = config.embeddedFile();
        if (embedded.isEmpty() || !Files.isRegularFile(embedded.get())) {
            return Optional.empty();
        }
        Path file = embedded.get();
        SchemaVersion schema = Database.schemaVersion(config);
        if (schema.applied().equals("0") || schema.applied().equals(schema.known()) || schema.isNewerThanKnown()) {
            return Optional.empty();
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(config.url());
        database.setUser(config.user());
        database.setPassword(config.password());
        // A name of its own: the schedule's pruning keeps only its own backups, never this one.
        Path backup = create(
                database,
                file.resolveSibling(DEFAULT_FOLDER),
                BEFORE_UPGRADE_PREFIX + "v" + schema.applied() + "-",
                clock);
        verifyContents(backup, config);
        log.info(
                "Backed up the database of schema version {} to {} before upgrading it to {}",
                schema.applied(),
                backup,
                schema.known());
        return Optional.of(backup);
    }

    /** Copies a finished backup into {@code folder} (a USB stick, a synced folder), checked after copying. */
    public static Path copy(Path backup, Path folder) {
        verify(backup);
        Path target = folder.resolve(backup.getFileName());
        Path partial = partialOf(target);
        try {
            // never created: an unplugged stick's mount point would be a folder on this same disk
            if (!Files.isDirectory(folder)) {
                throw Files.exists(folder)
                        ? new IOException("it is a file, not a folder")
                        : new NoSuchFileException(folder.toString());
            }
            OwnerOnly.createFile(partial);
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING)) {
                Files.copy(backup, out); // into the owner-only file: a copy by path would take the umask's
            }
            if (!sha256(partial).equals(expectedChecksum(backup))) {
                throw new IOException("the copy differs from the backup");
            }
            finish(partial, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException("Could not copy the backup to " + folder + ": " + reason(e), e);
        }
    }

    /**
     * Opens the database inside a finished backup, in a scratch folder beside it, and checks every
     * invariant: refused, with the reason, if it does not open or breaks one. Made backups are checked
     * so before they count (H2 has been seen to copy a file it was writing into one that does not open).
     */
    public static void verifyContents(Path backup) {
        verifyContents(backup, DatabaseConfig.embedded(backup.getParent()));
    }

    /** As {@link #verifyContents(Path)}, for a backup of the database {@code source}, whose key (if encrypted) opens it. */
    public static void verifyContents(Path backup, DatabaseConfig source) {
        verify(backup);
        Path scratch = backup.resolveSibling(backup.getFileName() + ".checking");
        try {
            DataFolder.deleteTree(scratch);
            OwnerOnly.createFolder(scratch);
            org.h2.tools.Restore.execute(backup.toString(), scratch.toString(), "shoetopia");
            DatabaseConfig inScratch = source.inFolder(scratch);
            SchemaVersion schema = Database.schemaVersion(inScratch); // it opens
            if (!schema.applied().equals(schema.known())) {
                return; // an older version's database (before an upgrade): this version's rules do not fit it
            }
            JdbcDataSource copy = new JdbcDataSource();
            copy.setURL(inScratch.url() + ";IFEXISTS=TRUE");
            copy.setUser(inScratch.user());
            copy.setPassword(inScratch.password());
            List<Invariants.Check> broken = Invariants.check(copy).stream()
                    .filter(check -> !check.holds())
                    .toList();
            if (!broken.isEmpty()) {
                throw new BackupException("The backup " + backup.getFileName() + " breaks " + broken);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupException refused) {
                throw refused;
            }
            throw new BackupException("The backup " + backup.getFileName() + " does not open: " + e.getMessage(), e);
        } finally {
            DataFolder.deleteTree(scratch);
        }
    }

    /** Deletes a backup and its checksum file (one that failed its check). */
    public static void delete(Path backup) {
        deleteQuietly(checksumFileOf(backup));
        deleteQuietly(backup);
    }

    /**
     * Refuses, with the reason, a backup whose checksum file is missing or does not match, or that
     * holds no Shoetopia database.
     */
    public static void verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("There is no backup file " + backup);
        }
        if (!backup.getFileName().toString().endsWith(SUFFIX)) {
            throw new BackupException(backup.getFileName() + " is not a finished Shoetopia backup (a .zip)");
        }
        String expected = expectedChecksum(backup);
        String actual;
        try {
            actual = sha256(backup);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + backup + ": " + e.getMessage(), e);
        }
        if (!actual.equals(expected)) {
            throw new BackupException("The backup " + backup.getFileName()
                    + " is damaged: its contents no longer match its checksum. Use another backup.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(DATABASE_ENTRY) == null) {
                throw new BackupException(backup.getFileName() + " holds no Shoetopia database");
            }
        } catch (IOException e) {
            throw new BackupException(backup.getFileName() + " is not a readable backup: " + e.getMessage(), e);
        }
    }

    /** The finished backups in {@code folder}, newest first (partial ones are not backups). */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> takenAt(file).isPresent())
                    .filter(file -> Files.isRegularFile(checksumFileOf(file)))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new BackupException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** When the backup was taken, read from its name; empty for a file that is no backup. */
    public static Optional<Instant> takenAt(Path backup) {
        String name = backup.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Instant.from(NAME_TIME.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))));
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    /** Deletes all but the newest {@code keep} backups in {@code folder}, and any a dead backup left half-written. */
    public static void prune(Path folder, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        List<Path> backups = list(folder);
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            delete(old);
        }
        Instant leftBehind = Instant.now().minus(PARTIAL_LEFT_BEHIND);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(PARTIAL_SUFFIX))
                    .filter(file -> modifiedBefore(file, leftBehind))
                    .forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            throw new BackupException("Cannot tidy the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant time) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(time);
        } catch (IOException gone) {
            return false;
        }
    }

    static Path checksumFileOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + CHECKSUM_SUFFIX);
    }

    private static Path partialOf(Path target) {
        return target.resolveSibling(target.getFileName() + PARTIAL_SUFFIX);
    }

    /** Flushes the written zip, writes its checksum, and gives both their names, the checksum last. */
    private static void finish(Path partial, Path target) throws IOException {
        OwnerOnly.forceToDisk(partial);
        Path checksum = checksumFileOf(target);
        Path checksumPartial = partialOf(checksum);
        OwnerOnly.createFile(checksumPartial);
        Files.writeString(
                checksumPartial,
                sha256(partial) + "  " + target.getFileName() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.TRUNCATE_EXISTING);
        OwnerOnly.forceToDisk(checksumPartial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Files.move(checksumPartial, checksum, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String expectedChecksum(Path backup) {
        Path checksum = checksumFileOf(backup);
        if (!Files.isRegularFile(checksum)) {
            throw new BackupException("The backup " + backup.getFileName() + " has no checksum file ("
                    + checksum.getFileName() + "), so it may be incomplete; restore refuses it.");
        }
        try {
            String line = Files.readString(checksum, StandardCharsets.UTF_8).strip();
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2 || !parts[1].equals(backup.getFileName().toString())) {
                throw new BackupException(checksum.getFileName() + " is not the checksum of " + backup.getFileName());
            }
            return parts[0].toLowerCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            throw new BackupException("Cannot read " + checksum + ": " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What went wrong, in words: Java's file errors often carry only the path. */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such folder (is the disk or USB stick plugged in?)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial file is tidied at the next backup
        }
    }
}
