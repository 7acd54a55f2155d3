package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchToolTest {
    @Test
    void noSubcommandTakesAPasswordOnTheCommandLine() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new BenchTool(Map.of()));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        for (String subcommand : new String[] {"bench", "generate", "fixture"}) {
            assertThat(commandLine.execute(subcommand, "--password", "hunter2"))
                    .as(subcommand)
                    .isEqualTo(2);
        }
        assertThat(err.toString()).contains("Unknown option", "'--password'");
    }

    @Test
    void everySubcommandTakesHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new BenchTool(Map.of()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));

        for (String subcommand : new String[] {"bench", "generate", "fixture"}) {
            assertThat(commandLine.execute(subcommand, "--help")).as(subcommand).isZero();
        }
        assertThat(out.toString()).contains("Usage: shoetopia-bench bench", "Usage: shoetopia-bench generate");
    }
}
