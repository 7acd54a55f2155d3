package org.shoetopia.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.shoetopia.persistence.Database;
import org.shoetopia.server.ApiServer;
import org.shoetopia.server.ServerCertificate;
import org.shoetopia.server.ServerConfig;
import org.shoetopia.service.Services;

/** Real Shoetopia servers on loopback over a test database, each with its own self-signed certificate. */
public final class TestServers {
    private TestServers() {}

    /** A running server and what a till needs to reach it. */
    public record Running(ApiServer server, Services services, URI uri, String fingerprint, Path folder)
            implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            deleteQuietly(folder); // its certificate and logs: thousands of servers a run would fill /tmp
        }
    }

    public static Running start(Database database) throws Exception {
        return start(database, Duration.ofHours(4));
    }

    public static Running start(Database database, Duration sessionIdle) throws Exception {
        Path folder = Files.createTempDirectory("shoetopia-test-server");
        ServerConfig config = new ServerConfig(
                "127.0.0.1",
                0,
                database.config(),
                null,
                null,
                folder.resolve("server-tls.p12"),
                "test",
                sessionIdle,
                Duration.ofHours(16),
                folder);
        ServerCertificate certificate = ServerCertificate.of(config);
        Services services = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        ApiServer server = ApiServer.start(config, services, certificate, Clock.systemUTC());
        return new Running(
                server, services, URI.create("https://127.0.0.1:" + server.port()), certificate.fingerprint(), folder);
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temporary folder is no test's failure
        }
    }
}
