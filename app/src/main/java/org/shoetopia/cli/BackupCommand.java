package org.shoetopia.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.shoetopia.backup.BackupException;
import org.shoetopia.backup.BackupRequests;
import org.shoetopia.backup.Backups;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        description = {
            "Backs up this computer's embedded database to a zip with a SHA-256 checksum file beside it.",
            "While the app runs (it has the database open), the app makes the backup and goes on selling.",
            "The database is not migrated first, so a backup taken before an upgrade is the old version's."
        })
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            paramLabel = "FOLDER",
            description = "Where to write the backup (default: the folder backups in the data folder).")
    private Path to;

    @Option(
            names = "--keep",
            paramLabel = "N",
            description = "Afterwards delete all but the newest N backups in that folder (default: keep all).")
    private Integer keep;

    @Override
    public Integer call() {
        DatabaseConfig config = parent.databaseConfig();
        if (config.kind() != DatabaseKind.H2) {
            throw new BackupException("This terminal's database is a PostgreSQL server: back it up there with"
                    + " pg_dump and WAL archiving (README, Backups).");
        }
        refuseAnotherH2File(config, parent);
        if (keep != null && keep < 1) {
            throw new BackupException("--keep must be at least 1");
        }
        Path folder = to != null ? to : parent.dataFolder().path().resolve(Backups.DEFAULT_FOLDER);
        JdbcDataSource database = new JdbcDataSource();
        // IFEXISTS: a mistyped SHOETOPIA_HOME must not back up a new, empty database
        database.setURL(config.url() + ";IFEXISTS=TRUE");
        database.setUser(config.user());
        database.setPassword(config.password());
        Path backup;
        String madeBy = "";
        try {
            backup = Backups.create(database, folder, Clock.systemUTC());
        } catch (BackupException e) {
            if (!(e.getCause() instanceof SQLException sql
                    && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                throw explained(e, config);
            }
            // the app is running and has the file: it makes the backup, while it goes on selling
            backup = BackupRequests.request(parent.dataFolder().path(), folder);
            madeBy = "by the running Shoetopia; ";
        }
        try {
            Backups.verifyContents(backup, config);
        } catch (BackupException bad) {
            Backups.delete(backup);
            throw bad;
        }
        if (keep != null) {
            Backups.prune(folder, keep);
        }
        spec.commandLine()
                .getOut()
                .printf("Backed up to %s (%sits checksum is in %s.sha256)%n", backup, madeBy, backup.getFileName());
        return 0;
    }

    /** Backups are of the data folder's own database; a file named elsewhere by SHOETOPIA_DB_URL is not. */
    static void refuseAnotherH2File(DatabaseConfig config, ShoetopiaCommand parent) {
        if (!config.embeddedFile()
                .equals(DatabaseConfig.embedded(parent.dataFolder().path()).embeddedFile())) {
            throw new BackupException("backup and restore handle the database in the data folder ("
                    + parent.dataFolder().path() + "); SHOETOPIA_DB_URL names another (" + config.url()
                    + "). Unset it, or set SHOETOPIA_HOME to that database's folder.");
        }
    }

    private static BackupException explained(BackupException e, DatabaseConfig config) {
        if (e.getCause() instanceof SQLException sql) {
            if (sql.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                return new BackupException("There is no database to back up at " + config.url());
            }
        }
        return e;
    }
}
