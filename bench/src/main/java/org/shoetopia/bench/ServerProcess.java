package org.shoetopia.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
        Process process = builder.start();
        String address = null;
        String fingerprint = null;
        StringBuilder seen = new StringBuilder();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (address == null || fingerprint == null) && (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                address = listening.group(1);
            }
            Matcher printed = FINGERPRINT.matcher(line);
            if (printed.find()) {
                fingerprint = printed.group(1);
            }
        }
        if (address == null || fingerprint == null) {
            process.destroyForcibly();
            throw new IOException("The server did not start:\n" + seen);
        }
        // The rest of its output (the access log) goes to a file, so the pipe never fills and stalls it.
        Thread drain = new Thread(
                () -> {
                    try (var out = Files.newBufferedWriter(log)) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            out.write(line);
                            out.newLine();
                        }
                    } catch (IOException ended) {
                        // the server stopped
                    }
                },
                "bench-server-log");
        drain.setDaemon(true);
        drain.start();
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
