package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.ChildJvm;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** The embedded H2 file survives the program being killed (SIGKILL) in the middle of writing: nothing half-written. */
class H2KilledMidWriteTest {
    @TempDir
    Path folder;

    @Test
    void aKilledTerminalLeavesAWholeDatabase() throws Exception {
        Process terminal = ChildJvm.of(H2Writer.class, folder.toString()).start();
        int sold = 0;
        try (var output =
                new BufferedReader(new InputStreamReader(terminal.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null && sold < 150; ) {
                if (line.startsWith("sold ")) {
                    sold = Integer.parseInt(line.substring(5));
                }
            }
            terminal.destroyForcibly().waitFor();
        }
        assertThat(sold).as("the terminal was selling when killed").isEqualTo(150);

        try (Services reopened =
                Services.open(DatabaseConfig.embedded(folder), ServiceTest.TEST_HASHER, Clock.systemUTC())) {
            assertThat(Invariants.check(reopened.database().dataSource())).allMatch(Invariants.Check::holds);
            assertThat(TableCounts.scalar(reopened.database(), "select count(*) from orders"))
                    .isPositive();
        }
    }
}
