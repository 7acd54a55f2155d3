package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class FlashSaleServiceTest extends ServiceTest {

    FlashSaleServiceTest(Backend backend) {
        super(backend);
    }

    @Test
    void theOwnerStartsOneSaleAtATimeAndCanEndIt() {
        Actor owner = given.owner();

        var sale = app.flashSales().start(owner, 10, 30);

        assertThat(sale.unitsLeft()).isEqualTo(10);
        assertThat(app.flashSales().activeSale(sale.shopId())).isPresent();
        assertRejectedWritingNothing(
                ConflictException.class,
                "already running",
                () -> app.flashSales().start(owner, 5, 10));
        assertThat(app.flashSales().end(owner).endedAt()).isNotNull();
        assertThat(app.flashSales().activeSale(sale.shopId())).isEmpty();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no flash sale is running",
                () -> app.flashSales().end(owner));
        assertThat(app.flashSales().start(owner, 5, 0).percentOff()).isZero();
        assertThat(app.flashSales().history(owner)).hasSize(2);
    }

    @Test
    void unitsAndPercentAreValidated() {
        Actor owner = given.owner();
        assertRejectedWritingNothing(
                ValidationException.class, "between 1", () -> app.flashSales().start(owner, 0, 10));
        assertRejectedWritingNothing(
                ValidationException.class,
                "between 0 and 100",
                () -> app.flashSales().start(owner, 5, 101));
        assertRejectedWritingNothing(
                ValidationException.class,
                "between 0 and 100",
                () -> app.flashSales().start(owner, 5, -1));
    }

    @Test
    void anotherTerminalsSaleReachesAWatchingTerminalAfterCommit() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        app.flashSales().start(owner, 3, 10);
        var changedShops = new LinkedBlockingQueue<Long>();

        try (AutoCloseable watching = app.flashSales().onAnySaleChange(changedShops::add)) {
            given.purchase(given.customer(), listing.listingId(), 2);

            assertThat(unitsLeftOnceReported(changedShops, listing.shopId(), 1))
                    .as("the live update of the sale arrived and shows the units left")
                    .isEqualTo(1);
        }
    }

    @Test
    void aListenerThatFailsLeavesTheFeedRunningForTheOthers() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        app.flashSales().start(owner, 3, 10);
        var changedShops = new LinkedBlockingQueue<Long>();

        try (AutoCloseable broken = app.flashSales().onAnySaleChange(shop -> {
                    throw new IllegalStateException("a screen that broke");
                });
                AutoCloseable watching = app.flashSales().onAnySaleChange(changedShops::add)) {
            given.purchase(given.customer(), listing.listingId(), 1);
            assertThat(unitsLeftOnceReported(changedShops, listing.shopId(), 2)).isEqualTo(2);

            given.purchase(given.customer(), listing.listingId(), 1);
            assertThat(unitsLeftOnceReported(changedShops, listing.shopId(), 1))
                    .as("the feed outlived the failing listener")
                    .isEqualTo(1);
        }
    }

    /** Earlier changes may still be on their way; waits, bounded, for a report showing {@code expected} left. */
    private int unitsLeftOnceReported(LinkedBlockingQueue<Long> changedShops, long shopId, int expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int unitsLeft = -1;
        while (unitsLeft != expected && System.nanoTime() < deadline) {
            Long shop = changedShops.poll(100, TimeUnit.MILLISECONDS);
            if (shop != null && shop == shopId) {
                unitsLeft = app.flashSales()
                        .activeSale(shop)
                        .map(FlashSaleService.SaleView::unitsLeft)
                        .orElse(-1);
            }
        }
        return unitsLeft;
    }

    @Test
    void eightOwnersTerminalsStartingASaleAtOnceStartExactlyOne() {
        Actor owner = given.owner();

        var outcome = Race.run(8, racer -> app.flashSales().start(owner, 10 + racer, 20));

        assertThat(outcome.successes()).hasSize(1);
        assertThat(outcome.failures()).hasSize(7).allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
        assertThat(TableCounts.scalar(database, "select count(*) from flash_sales where ended_at is null"))
                .isEqualTo(1);
    }

    @Test
    void endingASaleWhileAnotherTerminalStartsTheNextKeepsTheWithdrawnUnits() {
        Actor owner = given.owner();
        for (int round = 0; round < 15; round++) {
            app.flashSales().start(owner, 7, 10);

            var outcome = Race.run(
                    2,
                    racer -> racer == 0
                            ? app.flashSales().end(owner)
                            : app.flashSales().start(owner, 5, 10));

            // Either the end came first (then the start succeeds) or the start was refused; never a lost end.
            assertThat(outcome.failures()).allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
            assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
            app.flashSales()
                    .activeSale(given.shopOf(owner))
                    .ifPresent(sale -> app.flashSales().end(owner));
        }
    }

    @Test
    void aSoldOutSaleMakesWayForTheNextAndEndingEarlyWithdrawsTheRest() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "10.00", 20);
        app.flashSales().start(owner, 2, 50, 2);
        given.purchase(given.customer(), listing.listingId(), 3);

        assertThat(app.flashSales().activeSale(listing.shopId())).as("sold out").isEmpty();
        var next = app.flashSales().start(owner, 9, 20);
        assertThat(next.unitsLeft()).isEqualTo(9);
        given.purchase(given.customer(), listing.listingId(), 4);
        var ended = app.flashSales().end(owner);

        assertThat(ended.unitsWithdrawn()).isEqualTo(5);
        assertThat(ended.unitsSold()).isEqualTo(4);
        assertThat(app.flashSales().history(owner))
                .extracting(FlashSaleService.SaleView::unitsSold)
                .containsExactly(4, 2);
        assertRejectedWritingNothing(
                ValidationException.class,
                "between 1 and 64",
                () -> app.flashSales().start(owner, 5, 10, 65));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
