package org.shoetopia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;
import org.shoetopia.backup.BackupException;
import org.shoetopia.backup.Backups;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;
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
        PrintWriter out = spec.commandLine().getOut();
        String key;
        if (Files.exists(keyFile)) {
            key = DatabaseConfig.readKeyFile(keyFile);
        } else {
            byte[] random = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(random);
            key = HexFormat.of().formatHex(random);
            OwnerOnly.write(keyFile, (key + "\n").getBytes(StandardCharsets.UTF_8));
            out.printf(
                    "Made a new key in %s (owner-only). Keep a copy somewhere safe: without it the data is lost.%n",
                    keyFile);
        }
        try {
            ChangeFileEncryption.execute(
                    database.getParent().toString(), "shoetopia", "AES", null, key.toCharArray(), true);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    || e.getMessage().contains("locked")) {
                throw new BackupException("Shoetopia is running on this computer, using the database. Close it,"
                        + " then encrypt. Nothing was changed.");
            }
            throw new BackupException(
                    "The database could not be encrypted (nothing was changed): " + e.getMessage(), e);
        }
        new TerminalSettings(parent.dataFolder(), parent.environment()).setDatabaseKeyFile(keyFile);
        out.printf(
                "Encrypted %s with the key in %s; the data folder's settings now name that file.%n", database, keyFile);
        var older = Backups.list(database.resolveSibling(Backups.DEFAULT_FOLDER));
        if (!older.isEmpty()) {
            out.printf(
                    "The %d backups made before this are not encrypted: delete them, or keep them as safe as the"
                            + " key (in %s).%n",
                    older.size(), database.resolveSibling(Backups.DEFAULT_FOLDER));
        }
        return 0;
    }
}
