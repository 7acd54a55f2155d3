package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/**
 * The PostgreSQL server stops while a terminal works and starts again: calls in between fail with
 * "lost the connection", the pool recovers by itself, and a checkout retried with its key after the
 * unknown outcome is charged exactly once; the cart is neither lost nor doubled.
 */
class ServerRestartTest {
    @TempDir
    Path dataDirectory;

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    @Test
    void thePoolRecoversAfterARestartAndARetriedCheckoutChargesOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres server = start(port);
        DatabaseConfig config = DatabaseConfig.of(server.getJdbcUrl("postgres", "postgres"), "postgres", "")
                .withPoolSize(4)
                .withConnectionTimeout(Duration.ofSeconds(2));
        try (Services app = Services.open(config, ServiceTest.TEST_HASHER, Clock.systemUTC())) {
            Fixtures given = new Fixtures(app);
            Actor owner = given.owner();
            var listing = given.listing(owner, "70.00", 3);
            Actor customer = given.customer();
            app.carts().add(customer, listing.listingId(), 1);

            server.close();
            var down = assertThrows(
                    UnavailableException.class,
                    () -> app.checkout().checkout(customer, Payment.cash(null), "till-1-sale-1"));
            assertThat(down.getMessage()).contains("Lost the connection");
            assertThat(down.isRetryable()).isTrue();
            assertThrows(UnavailableException.class, () -> app.carts().view(customer));

            server = start(port);
            // The cashier presses "check out" again until the pool has a live connection (each try waits
            // at most the 2 s connection timeout); the key makes every attempt the same checkout.
            Receipt receipt = null;
            for (int attempt = 1; receipt == null && attempt <= 10; attempt++) {
                try {
                    receipt = app.checkout().checkout(customer, Payment.cash(null), "till-1-sale-1");
                } catch (UnavailableException stillRecovering) {
                    assertThat(attempt).as("recovered within 10 tries").isLessThan(10);
                }
            }
            Receipt again = app.checkout().checkout(customer, Payment.cash(null), "till-1-sale-1");

            assertThat(again.orderId()).isEqualTo(receipt.orderId());
            assertThat(TableCounts.scalar(app.database(), "select count(*) from orders"))
                    .isEqualTo(1);
            assertThat(app.search().listing(listing.listingId()).stock()).isEqualTo(2);
            assertThat(Invariants.check(app.database().dataSource())).allMatch(Invariants.Check::holds);
        } finally {
            server.close();
        }
    }
}
