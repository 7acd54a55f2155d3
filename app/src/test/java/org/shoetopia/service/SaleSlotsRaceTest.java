package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;

/**
 * A sale's units spread over counter slots (taken with SKIP LOCKED on PostgreSQL) stay exact: exactly
 * N units at the sale price, and nobody pays full price while a locked slot still holds units.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SaleSlotsRaceTest extends ServiceTest {

    SaleSlotsRaceTest(Backend backend) {
        super(backend);
    }

    @Test
    void whenDemandEqualsTheSaleUnitsEveryUnitSoldGetsTheDiscount() {
        Actor owner = given.owner();
        var first = given.listing(owner, "100.00", 100);
        var second = given.listing(owner, "80.00", 100);
        app.flashSales().start(owner, 48, 50, 16); // 3 units a slot
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Actor buyer = given.customer();
            if (i % 3 == 0) {
                app.carts().add(buyer, first.listingId(), 2);
            } else {
                app.carts().add(buyer, first.listingId(), 1);
                app.carts().add(buyer, second.listingId(), 1);
            }
            buyers.add(buyer);
        }

        var outcome =
                Race.run(buyers.size(), racer -> app.checkout().checkout(buyers.get(racer), Payment.cash(null), null));

        assertThat(outcome.failureMessages()).isEmpty();
        assertThat(outcome.successes())
                .allSatisfy(receipt -> assertThat(receipt.saleUnits()).isEqualTo(2));
        assertThat(TableCounts.scalar(database, "select count(*) from order_lines where sale_units < quantity"))
                .isZero();
        assertThat(app.flashSales().activeSale(first.shopId())).as("sold out").isEmpty();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @ParameterizedTest(name = "{0} slots")
    @ValueSource(ints = {1, 3, 16})
    void linesSpanningSlotsSellExactlyTheSaleUnitsWithoutDeadlock(int slots) {
        Actor owner = given.owner();
        List<ListingView> listings = List.of(
                given.listing(owner, "100.00", 400),
                given.listing(owner, "60.00", 400),
                given.listing(owner, "40.00", 400));
        app.flashSales().start(owner, 37, 25, slots);
        Random random = new Random(slots);
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Actor buyer = given.customer();
            for (ListingView listing : listings) {
                if (random.nextBoolean()) {
                    app.carts().add(buyer, listing.listingId(), 1 + random.nextInt(5));
                }
            }
            app.carts().add(buyer, listings.get(i % 3).listingId(), 1);
            buyers.add(buyer);
        }

        var outcome =
                Race.run(buyers.size(), racer -> app.checkout().checkout(buyers.get(racer), Payment.cash(null), null));

        assertThat(outcome.failureMessages()).isEmpty();
        assertThat(outcome.successes().stream().mapToInt(Receipt::saleUnits).sum())
                .isEqualTo(37);
        assertThat(TableCounts.scalar(database, "select coalesce(sum(units_left), 0) from flash_sale_slots"))
                .isZero();
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void aBuyerFindingEverySlotLockedWaitsForOneInsteadOfPayingFullPrice() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100.00", 10);
        long saleId = app.flashSales().start(owner, 4, 50, 4).saleId();
        Actor buyer = given.customer();
        app.carts().add(buyer, listing.listingId(), 1);

        try (Connection otherTerminals = database.dataSource().getConnection()) {
            otherTerminals
                    .createStatement()
                    .execute("select units_left from flash_sale_slots where sale_id = " + saleId + " for update");
            var checkout =
                    CompletableFuture.supplyAsync(() -> app.checkout().checkout(buyer, Payment.cash(null), null));
            Race.awaitUntil(
                    "the checkout to wait for a slot",
                    10,
                    () -> checkout.isDone() || TestDatabases.sessionsWaitingForALock(database) >= 1);
            assertThat(checkout).as("waits while every slot is held").isNotDone();
            otherTerminals.commit(); // they sold nothing after all

            Receipt receipt = checkout.get(10, TimeUnit.SECONDS);
            assertThat(receipt.saleUnits()).isEqualTo(1);
            assertThat(receipt.total().cents()).isEqualTo(5_000);
        }
    }

    @Test
    void endingASaleWhileTerminalsSellWithdrawsExactlyWhatWasNotSold() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "30.00", 500);
        app.flashSales().start(owner, 200, 20);
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Actor buyer = given.customer();
            app.carts().add(buyer, listing.listingId(), 3);
            buyers.add(buyer);
        }

        var outcome = Race.run(
                buyers.size() + 1,
                racer -> racer == buyers.size()
                        ? app.flashSales().end(owner).unitsWithdrawn()
                        : app.checkout()
                                .checkout(buyers.get(racer), Payment.cash(null), null)
                                .saleUnits());

        assertThat(outcome.failureMessages()).isEmpty();
        var ended = app.flashSales().history(owner).get(0);
        assertThat(ended.endedAt()).isNotNull();
        long saleUnitsSold = TableCounts.scalar(database, "select coalesce(sum(sale_units), 0) from order_lines");
        assertThat(ended.unitsSold()).isEqualTo(saleUnitsSold);
        assertThat(ended.unitsWithdrawn() + saleUnitsSold).isEqualTo(200);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
