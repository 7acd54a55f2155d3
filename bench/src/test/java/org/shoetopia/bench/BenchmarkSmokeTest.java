package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.support.TestDatabases;

/** The benchmark still runs end to end at 1% scale and leaves every invariant holding. Timings are not checked. */
class BenchmarkSmokeTest {

    @Test
    void theSmokeRunGeneratesMeasuresEveryScenarioAndKeepsTheInvariants(@TempDir Path reports) throws Exception {
        DatabaseConfig fresh = TestDatabases.freshPostgresDatabase("bench_smoke");
        // Built by the app module before this one; the server is started from it, as an operator would.
        Path appJar = Path.of("../app/target/shoetopia.jar");
        assertThat(appJar)
                .as("the app's jar (run the build from the repository's root)")
                .isRegularFile();
        StringWriter printed = new StringWriter();

        boolean invariantsHold = new Benchmark(
                        fresh, Benchmark.Plan.smoke(7, Optional.of(appJar)), new PrintWriter(printed, true))
                .run(reports);

        assertThat(invariantsHold).isTrue();
        // A row whose work failed measures nothing (the raw yardstick once failed every checkout unseen).
        assertThat(printed.toString()).doesNotContain(" failed");
        assertThat(printed.toString())
                .contains(
                        "catalogue search, page 1",
                        "checkout, 3-line cart",
                        "create listing, new shoe",
                        "flash-sale checkout, raw JDBC, 1 slot, 32 terminals",
                        "flash-sale checkout, service, 16 slots, 32 terminals",
                        "flash-sale checkout, raw JDBC, 16 slots, 32 terminals",
                        "shop's order list, busy shop",
                        "live update",
                        "sign-up",
                        "flash-sale checkout, through a server, 32 terminals",
                        "catalogue search through a server",
                        "live update through a server",
                        "sign-in to the first screen through a server",
                        "service ÷ raw JDBC, 1 slot",
                        "CPU per add-and-checkout, service ÷ raw JDBC",
                        "through a server ÷ in-process",
                        "warm-up, service:",
                        "database settings: fsync off",
                        "steal time during the run")
                .doesNotContain("BROKEN");
        // The test server runs on this machine, so the CPU meter finds it and reports both sides.
        assertThat(printed.toString())
                .containsPattern("CPU per checkout: Java \\d+\\.\\d\\d ms, PostgreSQL \\d+\\.\\d\\d ms");
        try (var files = Files.list(reports)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".json"))
                            .toList())
                    .hasSize(1);
        }
    }
}
