package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fixture} writes this release's upgrade fixture once, and never rewrites it. */
class FixtureCommandTest {

    @Test
    void writesTheBackupTheDumpAndTheCountsOnceOnly(@TempDir Path fixtures) throws Exception {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new BenchTool(Map.of()));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("fixture", "--to", fixtures.toString())).isZero();

        Path fixture;
        try (Stream<Path> folders = Files.list(fixtures)) {
            fixture = folders.findFirst().orElseThrow();
        }
        assertThat(fixture.getFileName().toString()).matches("v\\d+");
        try (Stream<Path> files = Files.list(fixture)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .contains("postgresql.sql", "counts-h2.properties", "counts-postgresql.properties")
                    .anyMatch(name -> name.matches("shoetopia-backup-.*\\.zip"))
                    .anyMatch(name -> name.matches("shoetopia-backup-.*\\.zip\\.sha256"));
        }
        assertThat(Files.readString(fixture.resolve("postgresql.sql")))
                .contains("COPY public.refunds (", "COPY public.audit_trail (", "SELECT pg_catalog.setval(");
        assertThat(Files.readString(fixture.resolve("counts-h2.properties"))).contains("refunds=1", "flash_sales=2");

        assertThat(commandLine.execute("fixture", "--to", fixtures.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("a release's fixture is never rewritten");
    }
}
