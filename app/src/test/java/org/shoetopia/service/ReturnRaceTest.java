package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
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
 * Eight terminals returning the same line of a cash sale at once: one gets the money back (from its
 * drawer), the others are told nothing is left to return; the line is never returned twice.
 */
class ReturnRaceTest {
    private static final int TERMINALS = 8;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void eightTerminalsReturningTheSameLineReturnItOnce(TestDb kind) {
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
        long shoe = given.listing(owner, "60.00", 10).listingId();
        app.carts().add(owner, shoe, 1);
        Receipt sale = app.checkout().checkout(owner, Payment.cash(null), null);
        ReturnRequest back = Fixtures.returnOf(sale, 1);

        var outcome = Race.run(TERMINALS, terminal -> app.returns().returnItems(cashiers.get(terminal), back));

        assertThat(outcome.successes()).hasSize(1);
        assertThat(outcome.failureMessages())
                .hasSize(TERMINALS - 1)
                .allSatisfy(message -> assertThat(message).contains("Only 0 unit(s)"));
        assertThat(TableCounts.scalar(database, "select count(*) from returns")).isEqualTo(1);
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", shoe))
                .isEqualTo(10);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
