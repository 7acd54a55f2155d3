package org.shoetopia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.h2.tools.ChangeFileEncryption;
import org.shoetopia.backup.BackupException;
import org.shoetopia.backup.Backups;
import org.shoetopia.backup.Restore;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;
import org.shoetopia.persistence.SchemaVersion;
import org.shoetopia.terminal.TerminalSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Encrypts the embedded database of a terminal that keeps its own data (H2's AES file encryption),
 * so a stolen disk or laptop gives nobody the shop's customers and sales. The key lives in a file of
 * its own, which should be kept off the data folder's disk (a USB key the till starts with, a
 * mounted secret): the data folder records only where it is.
 */
@Command(
        name = "encrypt",
        description = {
            "Encrypts this terminal's embedded database with a key kept in its own file (made if it is not there).",
            "Close Shoetopia first. From then on the database opens only with that file present."
        })
final class EncryptCommand implements Callable<Integer> {
    private static final int KEY_BYTES = 32;

    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--key-file",
            required = true,
            description = "The file that holds (or is to hold) the key; keep it off this disk, owner-only.")
    private Path keyFile;

    @Override
    public Integer call() throws IOException {
        DatabaseConfig config = parent.databaseConfig();
        if (config.kind() != DatabaseKind.H2) {
            throw new BackupException("This terminal's database is a PostgreSQL server; encrypt its disk there.");
        }
        BackupCommand.refuseAnotherH2File(config, parent);
        if (config.isEncrypted()) {
            throw new BackupException("The database is encrypted already.");
        }
        Path database = config.embeddedFile().orElseThrow();
        if (!Files.isRegularFile(database)) {
            throw new BackupException("There is no database to encrypt at " + database);
        }
        Path dataFolder = database.getParent();
        if (keyFile.toAbsolutePath()
                .normalize()
                .startsWith(dataFolder.toAbsolutePath().normalize())) {
            throw new BackupException("Keep the key file off the data folder it protects (a USB key, a mounted"
                    + " secret). Nothing was changed.");
        }
        Restore.refuseWhileInUse(database, config);
        PrintWriter out = spec.commandLine().getOut();
        String key = keyFor(out);
        SchemaVersion before = Database.schemaVersion(config);

        // On a copy first: the original stays whole until the encrypted one is known to open.
        Path scratch = dataFolder.resolve("encrypting-" + System.currentTimeMillis());
        TerminalSettings settings = new TerminalSettings(parent.dataFolder(), parent.environment());
        try {
            OwnerOnly.createFolder(scratch);
            Files.copy(database, scratch.resolve(database.getFileName()));
            ChangeFileEncryption.execute(scratch.toString(), "shoetopia", "AES", null, key.toCharArray(), true);
            Path encrypted = scratch.resolve(database.getFileName());
            OwnerOnly.restrict(encrypted);
            OwnerOnly.forceToDisk(encrypted);
            SchemaVersion after = Database.schemaVersion(DatabaseConfig.embedded(scratch, Optional.of(key)));
            if (!after.applied().equals(before.applied())) {
                throw new BackupException("The encrypted copy did not read back the same (schema " + after.applied()
                        + ", not " + before.applied() + "). Nothing was changed.");
            }
            settings.setDatabaseKeyFile(keyFile);
            try {
                Files.move(encrypted, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                settings.clearDatabaseKeyFile();
                throw e;
            }
        } catch (SQLException e) {
            throw new BackupException(
                    "The database could not be encrypted (nothing was changed): " + e.getMessage(), e);
        } finally {
            DataFolder.deleteTree(scratch);
        }
        Files.deleteIfExists(dataFolder.resolve("shoetopia.trace.db")); // H2's log may quote data in the clear
        out.printf(
                "Encrypted %s with the key in %s; the data folder's settings now name that file.%n", database, keyFile);
        long plainBackups = plaintextBackups(dataFolder);
        out.printf(
                "Still in the clear: %d backups made before this in %s (and any copies in the second backup folder),"
                        + " and the old file's blocks on this disk until they are overwritten. Delete the backups, or"
                        + " keep them as safe as the key; they restore only into a folder that is not encrypted.%n",
                plainBackups, dataFolder.resolve(Backups.DEFAULT_FOLDER));
        return 0;
    }

    /**
     * The key in the key file, made there if there is none: written, flushed to the device and read
     * back the way every start reads it, before anything depends on it (a FAT stick whose files all
     * look readable to everyone would otherwise lock the shop out after the conversion).
     */
    private String keyFor(PrintWriter out) throws IOException {
        if (Files.exists(keyFile)) {
            return DatabaseConfig.readKeyFile(keyFile);
        }
        byte[] random = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        OwnerOnly.write(keyFile, (key + "\n").getBytes(StandardCharsets.UTF_8));
        OwnerOnly.forceToDisk(keyFile);
        try {
            if (!DatabaseConfig.readKeyFile(keyFile).equals(key)) {
                throw new IllegalStateException("the key read back differs from the one written");
            }
        } catch (IllegalStateException e) {
            Files.deleteIfExists(keyFile);
            throw new BackupException("The key file " + keyFile + " does not keep the key safely, so nothing was"
                    + " changed: " + e.getMessage());
        }
        out.printf(
                "Made a new key in %s (owner-only). Keep a copy somewhere safe: without it the data is lost.%n",
                keyFile);
        return key;
    }

    /** Backups of every kind this data folder's database has (before encryption, all in the clear). */
    private static long plaintextBackups(Path dataFolder) throws IOException {
        Path folder = dataFolder.resolve(Backups.DEFAULT_FOLDER);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip"))
                    .count();
        }
    }
}
