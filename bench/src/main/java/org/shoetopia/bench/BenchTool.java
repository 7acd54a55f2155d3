package org.shoetopia.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmark's own command line: {@code java -jar bench/target/shoetopia-bench.jar <bench|generate>}. */
@Command(
        name = "shoetopia-bench",
        mixinStandardHelpOptions = true,
        // every subcommand takes --help too, as the app's do
        scope = CommandLine.ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        description = {
            "Shoetopia's data generator and benchmark, a developer's tool that never ships with the app.",
            "`generate` fills the database configured as for `shoetopia` (SHOETOPIA_DB_URL, SHOETOPIA_DB_USER,",
            "SHOETOPIA_DB_PASSWORD, or the data folder's shoetopia.properties); `bench` brings its own."
        },
        subcommands = {BenchCommand.class, GenerateCommand.class, FixtureCommand.class})
public final class BenchTool {
    private final Map<String, String> environment;

    BenchTool(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    DatabaseConfig databaseConfig() {
        return DatabaseConfig.load(DataFolder.forCurrentUser(environment).create(), environment);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine commandLine = new CommandLine(new BenchTool(System.getenv()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("shoetopia-bench: " + e.getMessage());
            return 2;
        });
        System.exit(commandLine.execute(args));
    }
}
