package org.shoetopia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window that cannot open says why in one line, not a stack trace. */
class WindowStartFailureTest {
    @Test
    void theAppStartedWithNoDisplaySaysSoInOneLineAndFails(@TempDir Path home) throws Exception {
        ProcessBuilder app = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
        app.environment().remove("DISPLAY");
        app.environment().remove("WAYLAND_DISPLAY");
        app.environment().put("SHOETOPIA_HOME", home.toString());
        app.redirectErrorStream(true);
        Process started = app.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String said = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(started.exitValue()).isEqualTo(1);
        assertThat(said).isEqualTo(WindowStartFailure.NO_DISPLAY);
    }

    @Test
    void aMissingGtkNamesThePackageToInstall() {
        // what JavaFX 21 throws when neither libgtk-3.so.0 nor libgtk-x11-2.0 loads (tried with both
        // replaced by empty files on LD_LIBRARY_PATH, on a real display)
        var launch = new RuntimeException(
                "Application launch failed", new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(WindowStartFailure.explain(launch)).contains(WindowStartFailure.NO_GTK);
        assertThat(WindowStartFailure.NO_GTK).contains("libgtk-3-0").doesNotContain("\n");
        assertThat(WindowStartFailure.explain(new IllegalStateException("a bug")))
                .isEmpty();
    }
}
