package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/**
 * Database sessions killed in the middle of checkouts (pg_terminate_backend from another connection):
 * every checkout either committed whole or left nothing, the caller gets a clear retryable error, the
 * pool replaces the dead connections by itself, and every invariant holds afterwards.
 */
@ParameterizedClass
@EnumSource(
        value = Backend.class,
        names = {"POSTGRESQL", "SERVER"})
class KilledSessionsTest extends ServiceTest {

    KilledSessionsTest(Backend backend) {
        super(backend);
    }

    @Test
    void checkoutsSurviveTheirSessionsBeingKilled() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "30.00", 5_000);
        app.flashSales().start(owner, 40, 50);
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Actor buyer = given.customer();
            app.carts().add(buyer, listing.listingId(), 2);
            buyers.add(buyer);
        }
        AtomicBoolean killing = new AtomicBoolean(true);
        AtomicInteger killed = new AtomicInteger();
        Thread killer = new Thread(
                () -> {
                    try (Connection admin = database.dataSource().getConnection()) {
                        admin.setAutoCommit(true);
                        while (killing.get()) {
                            try (var rows = admin.createStatement()
                                    .executeQuery("select count(pg_terminate_backend(pid))"
                                            + " from pg_stat_activity where application_name = 'shoetopia' and pid <> pg_backend_pid()"
                                            + " and state in ('active', 'idle in transaction')")) {
                                rows.next();
                                killed.addAndGet(rows.getInt(1));
                            }
                            Thread.onSpinWait();
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "session-killer");
        killer.start();

        var outcome = Race.run(buyers.size(), racer -> {
            // A terminal retries a retryable failure, as the till's "try again" does.
            for (int attempt = 1; ; attempt++) {
                try {
                    return app.checkout().checkout(buyers.get(racer), Payment.cash(null), "till-" + racer);
                } catch (ShoetopiaException e) {
                    if (!e.isRetryable() || attempt == 20) {
                        throw e;
                    }
                }
            }
        });
        killing.set(false);
        killer.join();

        assertThat(killed.get()).as("sessions were killed mid-work").isPositive();
        assertThat(outcome.failures()).allSatisfy(e -> assertThat(e).isInstanceOf(ShoetopiaException.class));
        long orders = TableCounts.scalar(database, "select count(*) from orders");
        assertThat(orders)
                .as("each retried checkout charged once (idempotency key)")
                .isEqualTo(outcome.successes().size());
        assertThat(outcome.successes().stream().map(Receipt::orderId).distinct().count())
                .isEqualTo(orders);
        assertThat(TableCounts.scalar(database, "select coalesce(sum(sale_units), 0) from order_lines"))
                .isEqualTo(Math.min(40, 2L * orders));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
        assertThat(app.search().listing(listing.listingId()).stock())
                .as("the pool recovered by itself")
                .isEqualTo(5_000 - 2 * (int) orders);
    }
}
