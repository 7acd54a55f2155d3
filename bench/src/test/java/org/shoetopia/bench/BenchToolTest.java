package org.shoetopia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchToolTest {
    private static final String[] SUBCOMMANDS = {"bench", "generate", "fixture"};

    private static CommandLine benchTool(StringWriter out, StringWriter err) {
        CommandLine commandLine = new CommandLine(new BenchTool(Map.of()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    @Test
    void noSubcommandTakesAPasswordOnTheCommandLine() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = benchTool(new StringWriter(), err);

        for (String subcommand : SUBCOMMANDS) {
            assertThat(commandLine.execute(subcommand, "--password", "hunter2"))
                    .as(subcommand)
                    .isEqualTo(2);
        }
        assertThat(err.toString()).contains("Unknown option", "'--password'");
    }

    @Test
    void everySubcommandTakesHelp() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = benchTool(out, new StringWriter());

        for (String subcommand : SUBCOMMANDS) {
            assertThat(commandLine.execute(subcommand, "--help")).as(subcommand).isZero();
        }
        assertThat(out.toString()).contains("Usage: shoetopia-bench bench", "Usage: shoetopia-bench generate");
    }
}
