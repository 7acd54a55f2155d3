package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.CountLine;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** A stocktake: counts against the books of their moment, a review of the variances, one posting. */
@ParameterizedClass
@EnumSource(Backend.class)
class StocktakeTest extends ServiceTest {

    StocktakeTest(Backend backend) {
        super(backend);
    }

    @Test
    void thePostingCorrectsEachCountedSkuAndASaleAfterItsCountStaysSold() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var lost = given.listing(owner, "50.00", 10);
        var exact = given.listing(owner, "50.00", 4);
        var found = given.listing(owner, "50.00", 2);
        var uncounted = given.listing(owner, "50.00", 7);
        long stocktake = app.listings().startStocktake(cashier).stocktakeId();

        app.listings().count(cashier, lost.listingId(), 9);
        app.listings().count(cashier, lost.listingId(), 8); // a recount replaces the count
        app.listings().count(cashier, exact.listingId(), 2);
        app.listings().countOneMore(cashier, exact.listingId());
        app.listings().countOneMore(owner, exact.listingId()); // two scans: 2 + 2
        var review = app.listings().count(owner, found.listingId(), 3);
        // Sold after its count: on the shelf when counted, gone now, and stays sold.
        given.purchase(given.customer(), lost.listingId(), 3);

        assertThat(review.counts())
                .extracting(line -> line.sku().listingId() + ":" + line.counted() + "/" + line.heldAtCount())
                .containsExactly(lost.listingId() + ":8/10", exact.listingId() + ":4/4", found.listingId() + ":3/2");
        assertThat(review.counts()).extracting(CountLine::variance).containsExactly(-2, 0, 1);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only the shop's owner or a manager",
                () -> app.listings().postStocktake(cashier, stocktake));

        var posted = app.listings().postStocktake(owner, stocktake);

        assertThat(posted.open()).isFalse();
        assertThat(stock(lost.listingId())).isEqualTo(8 - 3);
        assertThat(stock(exact.listingId())).isEqualTo(4);
        assertThat(stock(found.listingId())).isEqualTo(3);
        assertThat(stock(uncounted.listingId())).as("not counted, not changed").isEqualTo(7);
        assertThat(TableCounts.scalar(database, "select count(*) from inventory_ledger where reason = 'stocktake'"))
                .as("only the SKUs that differed")
                .isEqualTo(2);
        assertRejectedWritingNothing(
                ConflictException.class, "posted already", () -> app.listings().postStocktake(owner, stocktake));
        assertThat(app.listings().openStocktake(owner)).isEmpty();
        assertRejectedWritingNothing(
                ConflictException.class,
                "no stocktake is open",
                () -> app.listings().count(owner, lost.listingId(), 1));
    }

    @Test
    void aStocktakeIsOneAtATimeAndCountsOnlyTheShopsSkus() {
        Actor owner = given.owner();
        var mine = given.listing(owner, "50.00", 1);
        Actor rival = given.owner();
        var theirs = given.listing(rival, "50.00", 1);
        long stocktake = app.listings().startStocktake(owner).stocktakeId();

        assertRejectedWritingNothing(
                ConflictException.class,
                "stocktake " + stocktake + " is open",
                () -> app.listings().startStocktake(owner));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no sku number " + theirs.listingId() + " in this shop",
                () -> app.listings().count(owner, theirs.listingId(), 1));
        assertRejectedWritingNothing(
                ValidationException.class,
                "count what is on the shelf",
                () -> app.listings().count(owner, mine.listingId(), -1));
        assertRejectedWritingNothing(
                ConflictException.class,
                "nothing was counted",
                () -> app.listings().postStocktake(owner, stocktake));
        assertRejectedWritingNothing(
                ForbiddenException.class, "", () -> app.listings().postStocktake(rival, stocktake));
        assertThat(app.listings().openStocktake(owner).orElseThrow().stocktakeId())
                .isEqualTo(stocktake);
        assertThat(app.listings().openStocktake(rival)).isEmpty();
    }

    private long stock(long listingId) {
        return TableCounts.scalar(database, "select stock from listings where id = ?", listingId);
    }
}
