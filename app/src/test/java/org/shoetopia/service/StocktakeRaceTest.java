package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.StocktakeView;
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
 * A stocktake counted and posted while the till sells the counted shoe: each sale is either in the
 * books when the SKU is counted (and so in what the count is compared with) or after it (and stays
 * sold), so the stock after posting is the count less what sold after it, whatever the interleaving.
 */
class StocktakeRaceTest {
    private static final int TILLS = 8;
    private static final int ROUNDS = 8;
    private static final int STOCK = 200;
    private static final int ON_THE_SHELF = 150;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void salesDuringACountStaySoldAndTheCountCorrectsTheRest(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        List<Actor> tills = new ArrayList<>();
        for (int i = 0; i < TILLS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            tills.add(cashier);
        }
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long listing = given.listing(owner, "60.00", STOCK).listingId();
            for (Actor till : tills) {
                app.carts().add(till, listing, 1);
            }
            long stocktake = app.listings().startStocktake(owner).stocktakeId();
            var outcome = Race.run(TILLS + 1, racer -> {
                if (racer < TILLS) {
                    app.checkout().checkout(tills.get(racer), Payment.cash(null), null);
                    return null;
                }
                StocktakeView counted = app.listings().count(owner, listing, ON_THE_SHELF);
                app.listings().postStocktake(owner, stocktake);
                return counted;
            });
            assertThat(outcome.failureMessages()).as("round " + round).isEmpty();
            int heldAtCount = outcome.successes().stream()
                    .filter(view -> view != null)
                    .findFirst()
                    .orElseThrow()
                    .counts()
                    .get(0)
                    .heldAtCount();
            int soldAfterCount = TILLS - (STOCK - heldAtCount);
            long stock = TableCounts.scalar(database, "select stock from listings where id = ?", listing);
            if (stock != ON_THE_SHELF - soldAfterCount) {
                wrong.add("round " + round + ": " + soldAfterCount + " sold after the count, stock " + stock
                        + " instead of " + (ON_THE_SHELF - soldAfterCount));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void labelsOfOneSkuScannedOnManyTerminalsAtOnceAllCount(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        List<Actor> counters = new ArrayList<>();
        for (int i = 0; i < TILLS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            counters.add(cashier);
        }
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long listing = given.listing(owner, "60.00", STOCK).listingId();
            long stocktake = app.listings().startStocktake(owner).stocktakeId();
            var outcome = Race.run(TILLS, racer -> app.listings().countOneMore(counters.get(racer), listing));
            wrong.addAll(outcome.failureMessages());
            int counted = app.listings()
                    .openStocktake(owner)
                    .orElseThrow()
                    .counts()
                    .get(0)
                    .counted();
            if (counted != TILLS) {
                wrong.add("round " + round + ": " + TILLS + " scans counted " + counted);
            }
            app.listings().postStocktake(owner, stocktake);
        }
        assertThat(wrong).isEmpty();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
