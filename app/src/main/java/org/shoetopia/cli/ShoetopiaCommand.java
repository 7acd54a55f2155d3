package org.shoetopia.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar shoetopia.jar <subcommand>}. With no subcommand the desktop app opens. */
@Command(
        name = "shoetopia",
        mixinStandardHelpOptions = true,
        // every subcommand takes --help (before its required options are checked) and --version
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = ShoetopiaCommand.Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Shoetopia, point of sale and back office for shoe shops.",
            "Without a subcommand the desktop app opens.",
            "",
            "The database is the embedded H2 file in the data folder (SHOETOPIA_HOME, else the user's data folder),",
            "unless SHOETOPIA_DB_URL, SHOETOPIA_DB_USER and SHOETOPIA_DB_PASSWORD (or db.url, db.user and",
            "db.password in shoetopia.properties in the data folder) name a PostgreSQL server."
        },
        subcommands = {
            MigrateCommand.class,
            CreateAdminCommand.class,
            DemoDataCommand.class,
            SelfCheckCommand.class,
            ServerCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            EncryptCommand.class
        })
public final class ShoetopiaCommand {
    private final Map<String, String> environment;

    ShoetopiaCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The data folder and database this terminal is configured for. */
    DataFolder dataFolder() {
        return DataFolder.forCurrentUser(environment).create();
    }

    Map<String, String> environment() {
        return environment;
    }

    DatabaseConfig databaseConfig() {
        return DatabaseConfig.load(dataFolder(), environment);
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ShoetopiaCommand(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("shoetopia: " + e.getMessage());
            return 2;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ShoetopiaCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Shoetopia " + (version == null ? "(development build)" : version)};
        }
    }
}
