package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService.ExchangeRequest;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * Exchanges racing checkouts of the same two listings: an exchange puts units back on one listing
 * and sells the other, a checkout sells both. The exchange locks the listings it restocks with those
 * it sells, in the one listing order, so neither waits for the other in a cycle: every attempt goes
 * through, none fails as a deadlock or a lock not granted in time.
 */
class ExchangeRaceTest {
    private static final int TERMINALS = 8;
    private static final int ROUNDS = 6;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void exchangesAndCheckoutsOfTheSameListingsNeverDeadlock(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        List<Actor> cashiers = new ArrayList<>();
        for (int i = 0; i < TERMINALS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            cashiers.add(cashier);
        }
        // Returned on one, sold on the other: the exchange's restock comes first in id order.
        long nines = given.listing(owner, "40.00", 1_000).listingId();
        long tens = given.listing(owner, "40.00", 1_000).listingId();
        List<Throwable> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<ReturnRequest> returns = new ArrayList<>();
            for (int terminal = 0; terminal < TERMINALS; terminal++) {
                Actor cashier = cashiers.get(terminal);
                if (terminal % 2 == 0) {
                    app.carts().add(cashier, nines, 1);
                    Receipt sale = app.checkout().checkout(cashier, Payment.cash(null), null);
                    returns.add(Fixtures.returnOf(sale, 1));
                    app.carts().add(cashier, tens, 1);
                } else {
                    returns.add(null);
                    app.carts().add(cashier, nines, 1);
                    app.carts().add(cashier, tens, 1);
                }
            }
            var outcome = Race.run(
                    TERMINALS,
                    terminal -> terminal % 2 == 0
                            ? app.returns()
                                    .exchange(
                                            cashiers.get(terminal),
                                            new ExchangeRequest(returns.get(terminal), null, null))
                                    .sale()
                            : app.checkout().checkout(cashiers.get(terminal), Payment.cash(null), null));
            failures.addAll(outcome.failures());
        }

        assertThat(failures).isEmpty();
        int exchanges = ROUNDS * TERMINALS / 2;
        int checkouts = ROUNDS * TERMINALS / 2;
        // Nines: sold before each exchange and back with it, and sold by each checkout.
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", nines))
                .isEqualTo(1_000 - checkouts);
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", tens))
                .isEqualTo(1_000 - exchanges - checkouts);
        assertThat(TableCounts.scalar(database, "select count(*) from returns")).isEqualTo(exchanges);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
