package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDb;

@ParameterizedClass
@EnumSource(TestDb.class)
class FlashSaleServiceTest extends ServiceTest {

    FlashSaleServiceTest(TestDb db) {
        super(db);
    }

    @Test
    void theOwnerStartsOneSaleAtATimeAndCanEndIt() {
        Actor owner = given.owner();

        var sale = app.flashSales().start(owner, 10, 30);

        assertThat(sale.unitsLeft()).isEqualTo(10);
        assertThat(app.flashSales().activeSale(sale.shopId())).isPresent();
        assertRejectedWritingNothing(ConflictException.class, "already running",
                () -> app.flashSales().start(owner, 5, 10));
        assertThat(app.flashSales().end(owner).endedAt()).isNotNull();
        assertThat(app.flashSales().activeSale(sale.shopId())).isEmpty();
        assertRejectedWritingNothing(NotFoundException.class, "no flash sale is running",
                () -> app.flashSales().end(owner));
        assertThat(app.flashSales().start(owner, 5, 0).percentOff()).isZero();
        assertThat(app.flashSales().history(owner)).hasSize(2);
    }

    @Test
    void unitsAndPercentAreValidated() {
        Actor owner = given.owner();
        assertRejectedWritingNothing(ValidationException.class, "between 1", () -> app.flashSales().start(owner, 0, 10));
        assertRejectedWritingNothing(ValidationException.class, "between 0 and 100",
                () -> app.flashSales().start(owner, 5, 101));
        assertRejectedWritingNothing(ValidationException.class, "between 0 and 100",
                () -> app.flashSales().start(owner, 5, -1));
    }

    @Test
    void anotherTerminalsSaleReachesAWatchingTerminalAfterCommit() throws Exception {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        app.flashSales().start(owner, 3, 10);
        var seen = new java.util.concurrent.LinkedBlockingQueue<java.util.Optional<FlashSaleService.SaleView>>();

        try (AutoCloseable watching = app.flashSales().watch(listing.shopId(), seen::add)) {
            given.purchase(given.customer(), listing.listingId(), 2);

            // Earlier changes (the start) may still be on their way; wait, bounded, for the sale's.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            java.util.Optional<FlashSaleService.SaleView> update = java.util.Optional.empty();
            while (update.map(FlashSaleService.SaleView::unitsLeft).orElse(-1) != 1 && System.nanoTime() < deadline) {
                var next = seen.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                update = next == null ? update : next;
            }
            assertThat(update).as("the live update of the sale arrived")
                    .hasValueSatisfying(sale -> assertThat(sale.unitsLeft()).isEqualTo(1));
        }
    }

    @Test
    void eightOwnersTerminalsStartingASaleAtOnceStartExactlyOne() {
        Actor owner = given.owner();

        var outcome = Race.run(8, racer -> app.flashSales().start(owner, 10 + racer, 20));

        assertThat(outcome.successes()).hasSize(1);
        assertThat(outcome.failures()).hasSize(7).allSatisfy(e -> assertThat(e).isInstanceOf(ConflictException.class));
        assertThat(TableCounts.scalar(database, "select count(*) from flash_sales where ended_at is null")).isEqualTo(1);
    }
}
