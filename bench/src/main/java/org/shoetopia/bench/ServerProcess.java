package org.shoetopia.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.remote.RemoteApi;

/**
 * A Shoetopia server started from the app's jar as its own process, as an operator runs it, over
 * the benchmark's database: so its CPU is its own, apart from the tills' (this JVM) and PostgreSQL's.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (https://[^ ]+)");
    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint[^:]*: ([0-9A-F:]+)");

    private final Process process;
    private final URI uri;
    private final String fingerprint;
    private final Path log;

    private ServerProcess(Process process, URI uri, String fingerprint, Path log) {
        this.process = process;
        this.uri = uri;
        this.fingerprint = fingerprint;
        this.log = log;
    }

    /** Starts the server on a free loopback port and waits until it prints where it listens. */
    static ServerProcess start(Path jar, DatabaseConfig database) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("shoetopia-bench-server");
        Path log = home.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString(), "server"))
                .redirectErrorStream(true);
        var environment = builder.environment();
        environment.put("SHOETOPIA_HOME", home.toString());
        environment.put("SHOETOPIA_SERVER_HOST", "127.0.0.1");
        environment.put("SHOETOPIA_SERVER_PORT", "0");
        environment.put("SHOETOPIA_DB_URL", database.url());
        environment.put("SHOETOPIA_DB_USER", database.user());
        environment.put("SHOETOPIA_DB_PASSWORD", database.password());
        // Its output goes straight to a file, as under systemd, so no thread of the benchmark's reads it.
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        String address = null;
        String fingerprint = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((address == null || fingerprint == null) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    address = listening.group(1);
                }
                Matcher printed = FINGERPRINT.matcher(line);
                if (printed.find()) {
                    fingerprint = printed.group(1);
                }
            }
        }
        if (address == null || fingerprint == null) {
            process.destroyForcibly();
            throw new IOException("The server did not start; its output is in " + log);
        }
        return new ServerProcess(process, URI.create(address), fingerprint, log);
    }

    RemoteApi till() {
        return RemoteApi.connect(uri, fingerprint);
    }

    /** The server process's CPU time so far (user and system, all its threads). */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    /**
     * CPU time the server's JIT compiler threads have spent so far, from /proc: while they still
     * work, the server is not yet at the speed it runs at for days.
     */
    long compilerCpuNanos() {
        long nanos = 0;
        try (var threads = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    if (Files.readString(thread.resolve("comm")).startsWith("C")) { // "C1/C2 CompilerThre"
                        nanos += CpuMeter.cpuNanos(CpuMeter.statFields(thread.resolve("stat")));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return nanos;
    }

    Path log() {
        return log;
    }

    /** SIGTERM, as systemd stops it: the server finishes its calls in flight and exits. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
