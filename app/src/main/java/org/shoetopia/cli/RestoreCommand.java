package org.shoetopia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.shoetopia.backup.BackupException;
import org.shoetopia.backup.Restore;
import org.shoetopia.persistence.DatabaseKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        description = {
            "Puts a backup in place of this computer's embedded database, once it is known good:",
            "its checksum matches, it is not from a newer Shoetopia, it migrates, and every invariant holds.",
            "The database it replaces is kept beside it. Close the app first."
        })
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup, a shoetopia-backup-….zip with its .sha256 beside it.")
    private Path backup;

    @Override
    public Integer call() {
        if (parent.databaseConfig().kind() != DatabaseKind.H2) {
            throw new BackupException("This terminal's database is a PostgreSQL server: restore it there with"
                    + " pg_restore (README, Backups).");
        }
        BackupCommand.refuseAnotherH2File(parent.databaseConfig(), parent);
        PrintWriter out = spec.commandLine().getOut();
        Path dataFolder = parent.dataFolder().path();
        Restore.Restored restored = Restore.restore(backup, parent.databaseConfig(), Clock.systemUTC());
        out.printf(
                "Restored %s into %s (the backup had schema version %s; now %s)%n",
                backup.getFileName(),
                dataFolder,
                restored.backupSchema().applied(),
                restored.backupSchema().known());
        out.println("Invariants:");
        restored.checks().forEach(check -> out.println("  " + check));
        if (restored.previousDatabase() != null) {
            out.println("The database it replaced is kept as " + restored.previousDatabase());
        }
        return 0;
    }
}
