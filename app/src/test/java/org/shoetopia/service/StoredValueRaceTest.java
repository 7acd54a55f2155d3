package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.Tender;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * Sixteen terminals spending the same gift card, or the same customer's store credit, at once:
 * the balance pays exactly as many sales as it holds, the rest are refused, and nothing is ever
 * spent twice (each balance equals its ledger, never below zero).
 */
class StoredValueRaceTest {
    private static final int TERMINALS = 16;

    private Database database;
    private Services app;
    private Fixtures given;
    private Actor owner;
    private final List<Actor> cashiers = new ArrayList<>();

    /**
     * A shop with sixteen cashiers, each with a 10.00 shoe of their own rung up at their own till:
     * their checkouts share no listing lock, so only the gift card's or credit's own lock orders them.
     */
    private void sixteenTills(TestDb kind) {
        database = TestDatabases.get(kind);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        for (int i = 0; i < TERMINALS; i++) {
            Actor cashier = given.customer();
            given.hire(owner, cashier);
            ListingView shoe = given.listing(owner, "10.00", 10);
            app.carts().add(cashier, shoe.listingId(), 1);
            cashiers.add(cashier);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void sixteenTerminalsSpendingOneGiftCardAtOnceSpendItsBalanceOnce(TestDb kind) {
        sixteenTills(kind);
        String code = given.giftCard(owner, "50.00");

        var outcome = Race.run(
                TERMINALS,
                terminal ->
                        app.checkout().checkout(cashiers.get(terminal), Payment.of(Tender.giftCard(null, code)), null));

        assertThat(outcome.successes()).hasSize(5);
        assertThat(outcome.failureMessages())
                .hasSize(TERMINALS - 5)
                .allSatisfy(message -> assertThat(message).contains("has only 0.00 left"));
        assertThat(app.storedValue().giftCardBalance(owner, code).balance()).isEqualTo(Fixtures.money("0"));
        assertThat(TableCounts.scalar(database, "select count(*) from gift_card_entries where reason = 'redeemed'"))
                .isEqualTo(5);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void sixteenTerminalsSpendingOneCustomersStoreCreditAtOnceSpendItOnce(TestDb kind) {
        sixteenTills(kind);
        String regular = given.emailOf(given.customer());
        app.storedValue().issueStoreCredit(owner, regular, Fixtures.money("50.00"), "goodwill");
        cashiers.forEach(cashier -> app.carts().setCustomer(cashier, regular));

        var outcome = Race.run(
                TERMINALS,
                terminal ->
                        app.checkout().checkout(cashiers.get(terminal), Payment.of(Tender.storeCredit(null)), null));

        assertThat(outcome.successes()).hasSize(5);
        assertThat(outcome.failureMessages())
                .hasSize(TERMINALS - 5)
                .allSatisfy(message -> assertThat(message).contains("has only 0.00 of store credit"));
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Fixtures.money("0"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void sixteenManagersIssuingACustomersFirstCreditAtOnceAllLand(TestDb kind) {
        sixteenTills(kind);
        String regular = given.emailOf(given.customer());

        var outcome = Race.run(
                TERMINALS,
                terminal -> app.storedValue().issueStoreCredit(owner, regular, Fixtures.money("1.00"), "sorry"));

        assertThat(outcome.failures()).isEmpty();
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Fixtures.money("16.00"));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
