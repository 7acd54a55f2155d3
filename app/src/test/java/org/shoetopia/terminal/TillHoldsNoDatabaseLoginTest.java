package org.shoetopia.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.persistence.Database;
import org.shoetopia.service.Services;
import org.shoetopia.support.Bytes;
import org.shoetopia.support.ChildJvm;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.support.TestServers;

/**
 * A till of a server, started from the settings an older version left behind (with a database
 * login in them), sells through the server; afterwards neither its settings file nor a dump of its
 * heap holds that login.
 */
class TillHoldsNoDatabaseLoginTest {
    private static final String OLD_PASSWORD = "hunter2-left-by-an-older-version";

    @Test
    void aTillThatSoldThroughTheServerHoldsNoDatabaseLogin(@TempDir Path home) throws Exception {
        Database database = TestDatabases.get(TestDb.POSTGRESQL);
        TestDatabases.clean(database);
        Services local = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(local);
        Actor owner = given.owner();
        var listing = given.listing(owner, "25.00", 3);
        try (TestServers.Running server = TestServers.start(database)) {
            Files.writeString(
                    home.resolve("shoetopia.properties"),
                    String.join(
                            "\n",
                            "db.url=jdbc:postgresql://db.shop.lan/shoetopia",
                            "db.user=shoetopia",
                            "db.password=" + OLD_PASSWORD,
                            "server.url=" + server.uri(),
                            "server.fingerprint=" + server.fingerprint(),
                            ""));
            Path dump = home.resolve("till.hprof");
            ProcessBuilder till = ChildJvm.of(
                            TillHeapProbe.class,
                            local.accounts().refresh(owner).email(),
                            Fixtures.PASSWORD,
                            Long.toString(listing.listingId()),
                            dump.toString())
                    .redirectOutput(home.resolve("till.log").toFile());
            till.environment().put("SHOETOPIA_HOME", home.toString());
            till.environment().keySet().removeIf(name -> name.startsWith("SHOETOPIA_DB"));
            Process process = till.start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(Files.readString(home.resolve("till.log"))).contains("sold and dumped");

            assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                    .isEqualTo(1);
            byte[] heap = Files.readAllBytes(dump);
            assertThat(heap.length).isGreaterThan(1_000_000);
            for (String secret : List.of(OLD_PASSWORD, "db.shop.lan")) {
                assertThat(contains(heap, secret.getBytes(StandardCharsets.ISO_8859_1)))
                        .as("the till's heap holds " + secret + " (as Latin-1)")
                        .isFalse();
                assertThat(contains(heap, secret.getBytes(StandardCharsets.UTF_16BE)))
                        .as("the till's heap holds " + secret + " (as UTF-16)")
                        .isFalse();
            }
            assertThat(contains(heap, server.fingerprint().getBytes(StandardCharsets.ISO_8859_1)))
                    .as("the search finds what the till does hold: the server's fingerprint")
                    .isTrue();
            assertThat(Files.readString(home.resolve("shoetopia.properties"))).doesNotContain(OLD_PASSWORD, "db.");
        }
    }

    private static boolean contains(byte[] heap, byte[] text) {
        return Bytes.contains(heap, heap.length, text);
    }
}
