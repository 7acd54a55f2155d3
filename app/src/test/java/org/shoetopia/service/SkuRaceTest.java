package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * Terminals of one shop listing the same new cell (and size runs that share cells) at the same
 * instant: the shoe's row is locked from the upsert to commit, so they take turns, the first makes
 * the SKU and every other is told it exists. Never two SKUs of a cell, never a raw constraint error.
 */
class SkuRaceTest {
    private static final int TERMINALS = 8;
    private static final int ROUNDS = 10;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void terminalsListingTheSameCellAtOnceMakeOneSku(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        List<Actor> terminals = new ArrayList<>(List.of(owner));
        for (int i = 1; i < TERMINALS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            terminals.add(cashier);
        }
        List<String> unexpected = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // A shoe new to the catalogue each round, so the upsert races too.
            String style = "race runner " + round;
            var outcome = Race.run(
                    TERMINALS,
                    terminal -> terminal % 2 == 0
                            ? List.of(app.listings()
                                    .create(
                                            terminals.get(terminal),
                                            new ListingForm(
                                                    "Asics", "blue", style, "9", "new", "men", "80.00", "2", null,
                                                    "wide")))
                            : app.listings()
                                    .createSizeRun(
                                            terminals.get(terminal),
                                            new SizeRunForm(
                                                    "Asics",
                                                    "blue",
                                                    style,
                                                    "new",
                                                    "men",
                                                    "80.00",
                                                    null,
                                                    "8.5",
                                                    "9.5",
                                                    true,
                                                    List.of("wide"),
                                                    "2")));
            assertThat(outcome.successes())
                    .as("round " + round + ": one terminal makes the SKU")
                    .hasSize(1);
            outcome.failures().stream()
                    // told which SKU it is, not the database's bare "That already exists"
                    .filter(e -> !(e instanceof ConflictException
                            && (e.getMessage().contains("is this shoe in")
                                    || e.getMessage().startsWith("Listed already:"))))
                    .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                    .forEach(unexpected::add);
        }
        assertThat(unexpected).isEmpty();
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from (select shoe_id, size_halves, width from listings"
                                + " group by shoe_id, size_halves, width having count(*) > 1) copies"))
                .isZero();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
