package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.support.TestDatabases;

/** The benchmark still runs end to end at 1% scale and leaves every invariant holding. Timings are not checked. */
class BenchmarkSmokeTest {

    @Test
    void theSmokeRunGeneratesMeasuresEveryScenarioAndKeepsTheInvariants(@TempDir Path reports) throws Exception {
        DatabaseConfig fresh = TestDatabases.freshPostgresDatabase("bench_smoke");
        StringWriter printed = new StringWriter();

        boolean invariantsHold =
                new Benchmark(fresh, Benchmark.Plan.smoke(7), new PrintWriter(printed, true)).run(reports);

        assertThat(invariantsHold).isTrue();
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
                        "sign-up")
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
