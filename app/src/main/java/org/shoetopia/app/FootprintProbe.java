package org.shoetopia.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.shoetopia.api.UserSession;
import org.shoetopia.ui.FxBackgroundRunner;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.ShoetopiaWindow;
import org.shoetopia.ui.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's look at the real desktop app, off unless the system property
 * {@value #REPORT_PROPERTY} names a report file: it notes when the first window and the usable sign-in window appeared (from
 * process start), signs in with {@value #EMAIL_VARIABLE} / {@value #PASSWORD_VARIABLE}, opens the
 * dashboard and the catalogue search as a person would, waits for their data, writes the resident
 * memory the operating system reports, and closes the app.
 */
public final class FootprintProbe {
    /** How the benchmark asks the app to measure itself: the report file, */
    public static final String REPORT_PROPERTY = "shoetopia.footprint";
    /** and the account it signs in with. */
    public static final String EMAIL_VARIABLE = "SHOETOPIA_FOOTPRINT_EMAIL";

    public static final String PASSWORD_VARIABLE = "SHOETOPIA_FOOTPRINT_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(FootprintProbe.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path report;
    private final String email;
    private final String password;
    private final Instant processStart =
            ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private long firstWindowMillis;

    private FootprintProbe(Path report, String email, String password) {
        this.report = report;
        this.email = email;
        this.password = password;
    }

    static Optional<FootprintProbe> fromSystem(Map<String, String> environment) {
        String report = System.getProperty(REPORT_PROPERTY);
        if (report == null || report.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FootprintProbe(
                Path.of(report), environment.get(EMAIL_VARIABLE), environment.get(PASSWORD_VARIABLE)));
    }

    void firstWindowShown() {
        firstWindowMillis = sinceStart();
    }

    /** Called on the FX thread once the sign-in window is up and usable. */
    void windowUsable(UiContext context, ShoetopiaWindow window, FxBackgroundRunner runner) {
        long usableMillis = sinceStart();
        Thread probe = new Thread(
                () -> {
                    try {
                        // waits for the database opening behind the window, as a cashier's sign-in would
                        UserSession session = context.services().accounts().logIn(email, password);
                        long signedInMillis = sinceStart();
                        long tillStart = System.nanoTime();
                        onFx(() -> context.session().signIn(session, Screen.POINT_OF_SALE));
                        long tillMillis = (waitUntilIdle(runner) - tillStart) / 1_000_000;
                        long signedIn = System.nanoTime();
                        onFx(() -> window.show(Screen.DASHBOARD));
                        waitUntilIdle(runner);
                        onFx(() -> window.show(Screen.SEARCH));
                        waitUntilIdle(runner);
                        long screensMillis = (System.nanoTime() - signedIn) / 1_000_000;
                        Runtime runtime = Runtime.getRuntime();
                        Files.writeString(
                                report,
                                String.format(
                                        Locale.ROOT,
                                        "{\"first_window_ms\": %d, \"usable_window_ms\": %d, \"signed_in_ms\": %d,"
                                                + " \"sign_in_to_till_ms\": %d,"
                                                + " \"dashboard_and_search_ms\": %d, \"resident_mib\": %d, \"heap_used_mib\": %d,"
                                                + " \"heap_committed_mib\": %d, \"jvm\": \"%s\"}%n",
                                        firstWindowMillis,
                                        usableMillis,
                                        signedInMillis,
                                        tillMillis,
                                        screensMillis,
                                        residentMebibytes(),
                                        (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                                        runtime.totalMemory() >> 20,
                                        ManagementFactory.getRuntimeMXBean().getVmVersion()));
                    } catch (Exception e) {
                        log.error("The footprint probe failed", e);
                    } finally {
                        Platform.runLater(Platform::exit);
                    }
                },
                "footprint-probe");
        probe.setDaemon(true);
        probe.start();
    }

    private long sinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }

    private static void onFx(Runnable step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            step.run();
            done.complete(null);
        });
        done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * The screens load on background jobs; idle for a moment means their data is on screen. Returns
     * when (System.nanoTime) the quiet began: the screen was ready then, not after the waiting.
     */
    private static long waitUntilIdle(FxBackgroundRunner runner) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int quietChecks = 0;
        long quietSince = System.nanoTime();
        while (quietChecks < 5 && System.nanoTime() < deadline) {
            CompletableFuture<Boolean> idle = new CompletableFuture<>();
            Platform.runLater(() -> idle.complete(runner.isIdle())); // after any queued FX callbacks
            boolean quiet = idle.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (quiet && quietChecks == 0) {
                quietSince = System.nanoTime();
            }
            quietChecks = quiet ? quietChecks + 1 : 0;
            Thread.sleep(quiet ? 100 : 5);
        }
        return quietSince;
    }

    /** VmRSS from /proc (Linux), the memory the app really holds; -1 where there is no /proc. */
    private static long residentMebibytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 10)
                .findFirst()
                .orElse(-1L);
    }
}
