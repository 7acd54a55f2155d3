package org.shoetopia.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shoetopia.persistence.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        description = {
            "Runs the benchmark and prints a table; writes JSON under --out.",
            "Without --url it starts a fresh embedded PostgreSQL (default durability) and generates the data set.",
            "--quick runs a seconds-long smoke version at 1%% scale that only shows the benchmark still works."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--url",
            description = "A PostgreSQL JDBC URL to benchmark instead of the embedded server; the password, if"
                    + " any, from SHOETOPIA_DB_PASSWORD.")
    private String url;

    @Option(names = "--user", defaultValue = "postgres", description = "Database user (default ${DEFAULT-VALUE}).")
    private String user;

    @ParentCommand
    private BenchTool parent;

    @Option(names = "--quick", description = "Smoke run: 1%% scale, a few seconds.")
    private boolean quick;

    @Option(names = "--search-only", description = "Generate the data and measure the catalogue search only.")
    private boolean searchOnly;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--app-jar",
            defaultValue = "app/target/shoetopia.jar",
            description = "The app's jar: its server is started and measured, and its desktop window in a full run"
                    + " (default ${DEFAULT-VALUE}).")
    private Path appJar;

    @Option(
            names = "--out",
            defaultValue = "target/bench",
            description = "Folder for the JSON report (default ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Benchmark.Plan plan = quick
                ? Benchmark.Plan.smoke(seed, Optional.of(appJar))
                : Benchmark.Plan.full(seed, Optional.of(appJar));
        if (searchOnly) {
            plan = plan.onlySearch();
        }
        if (url != null) {
            // never an option: a command line is visible to every user in the process list
            String password = parent.environment().getOrDefault("SHOETOPIA_DB_PASSWORD", "");
            return run(DatabaseConfig.of(url, user, password), plan, false);
        }
        Path folder = Files.createTempDirectory("shoetopia-bench-pg");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "512MB")
                // for the per-statement profile of a checkout (Benchmark#statementProfile)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            spec.commandLine().getOut().println("Started an embedded PostgreSQL on port " + server.getPort());
            // Tracked only while the profile runs (it sets this through ALTER SYSTEM, which a
            // command-line setting would override), so the measured turns carry none of its cost.
            try (Connection connection = server.getPostgresDatabase().getConnection()) {
                Benchmark.trackStatements(connection, false);
            }
            return run(DatabaseConfig.of(server.getJdbcUrl("postgres", "postgres"), "postgres", ""), plan, true);
        }
    }

    private int run(DatabaseConfig config, Benchmark.Plan plan, boolean ownServer) throws Exception {
        Benchmark benchmark = new Benchmark(config, plan, spec.commandLine().getOut());
        boolean invariantsHold = (ownServer ? benchmark.profilingStatements() : benchmark).run(out);
        return invariantsHold ? 0 : 1;
    }
}
