package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;

/**
 * Which flash sale a checkout gets is decided under its locks: a sale cannot start between the moment
 * a checkout decided there was none and its commit. Deterministic: a row lock held by the test stops
 * the checkout after its decision, and the owner starts a sale from another terminal meanwhile.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SaleChangeoverRaceTest extends ServiceTest {

    SaleChangeoverRaceTest(Backend backend) {
        super(backend);
    }

    @Test
    void aSaleCannotStartWhileACheckoutThatFoundNoSaleIsStillToCommit() throws Exception {
        Services ownersOffice = Services.over(TestDatabases.otherTerminal(db), TEST_HASHER, Clock.systemUTC());
        Actor owner = given.owner();
        var listing = given.listing(owner, "100.00", 50);
        app.flashSales().start(owner, 5, 50);
        app.flashSales().end(owner); // the first sale is over: a checkout now pays full price
        Actor customer = given.customer();
        app.carts().add(customer, listing.listingId(), 1);

        CompletableFuture<Receipt> checkout;
        CompletableFuture<FlashSaleService.SaleView> nextSale;
        try (Connection stockClerk = database.dataSource().getConnection()) {
            stockClerk
                    .createStatement()
                    .execute("select stock from listings where id = " + listing.listingId() + " for update");
            checkout = CompletableFuture.supplyAsync(() -> app.checkout().checkout(customer, Payment.cash(null), null));
            Race.awaitUntil(
                    "the checkout to wait for the listing",
                    10,
                    () -> TestDatabases.sessionsWaitingForALock(database) >= 1);
            nextSale = CompletableFuture.supplyAsync(
                    () -> ownersOffice.flashSales().start(owner, 5, 50));
            Race.awaitUntil(
                    "the next sale to start or to wait",
                    10,
                    () -> nextSale.isDone() || TestDatabases.sessionsWaitingForALock(database) >= 2);
            assertThat(nextSale.isDone())
                    .as("the next sale started while a checkout that found no sale was still to commit")
                    .isFalse();
            stockClerk.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Receipt receipt = checkout.get(30, TimeUnit.SECONDS);
        var sale = nextSale.get(30, TimeUnit.SECONDS);

        assertThat(receipt.saleUnits())
                .as("no sale ran when the checkout committed")
                .isZero();
        assertThat(app.flashSales().activeSale(given.shopOf(owner)))
                .hasValueSatisfying(running -> assertThat(running.saleId()).isEqualTo(sale.saleId()));
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }
}
