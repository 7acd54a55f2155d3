package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
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
 * A Z report racing a late sale on the same shift: sixteen cashiers each close their shift while a
 * sale of theirs is checked out on another terminal. Each sale lands in its shift, before the Z
 * report that counts it, or is refused; never in a closed shift its Z report missed.
 */
class ShiftCloseRaceTest {
    private static final int CASHIERS = 16;
    private static final int ROUNDS = 3;

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aSaleRacingItsShiftsCloseIsInItsZReportOrRefused(TestDb kind) {
        Database database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        Services app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        Fixtures given = new Fixtures(app);
        Actor owner = given.owner();
        List<Actor> cashiers = new ArrayList<>();
        List<Long> shoes = new ArrayList<>();
        for (int i = 0; i < CASHIERS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            app.shifts().close(cashier, new CashCount(Map.of(100_00, 1)));
            cashiers.add(cashier);
            shoes.add(given.listing(owner, "10.00", 100).listingId());
        }
        int sold = 0;
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < CASHIERS; i++) {
                app.shifts().open(cashiers.get(i), "Race till " + i, Fixtures.money("0.00"));
                app.carts().add(cashiers.get(i), shoes.get(i), 1);
            }
            // Even racers check out, odd ones close the shift of the same cashier.
            var outcome = Race.run(2 * CASHIERS, racer -> {
                Actor cashier = cashiers.get(racer / 2);
                if (racer % 2 == 0) {
                    try {
                        Receipt receipt = app.checkout().checkout(cashier, Payment.cash(null), null);
                        return "sold " + receipt.orderId();
                    } catch (ConflictException closedFirst) {
                        assertThat(closedFirst.getMessage()).contains("Open a shift");
                        return "refused " + (racer / 2);
                    }
                }
                return "closed "
                        + app.shifts().close(cashier, new CashCount(Map.of())).zNumber();
            });
            assertThat(outcome.failureMessages()).isEmpty();
            sold += (int) outcome.successes().stream()
                    .filter(s -> s.startsWith("sold"))
                    .count();
            assertThat(outcome.successes().stream().filter(s -> s.startsWith("closed")))
                    .hasSize(CASHIERS);
            for (String result : outcome.successes()) { // a refused sale is still in its cart
                if (result.startsWith("refused")) {
                    refused++;
                    Actor cashier = cashiers.get(Integer.parseInt(result.substring("refused ".length())));
                    assertThat(app.carts().view(cashier).lines()).hasSize(1);
                    app.carts().voidSale(cashier);
                }
            }
        }
        assertThat(sold + refused).isEqualTo(CASHIERS * ROUNDS);
        assertThat(TableCounts.scalar(
                        database,
                        "select count(*) from orders o join shifts s on s.id = o.shift_id"
                                + " where s.closed_at is not null"))
                .isEqualTo(sold);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
