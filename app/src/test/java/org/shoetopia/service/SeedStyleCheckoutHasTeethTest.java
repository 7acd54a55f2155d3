package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.support.Race;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDb;

/**
 * Proves the race harness can see the bug it guards against: the original system's checkout (read
 * the sale counter and the stock, then write them later, without locks) run by the same harness
 * over-grants the discount and oversells; the real service, raced the same way, never does.
 */
@ParameterizedClass
@EnumSource(TestDb.class)
class SeedStyleCheckoutHasTeethTest extends ServiceTest {
    private static final int SALE_UNITS = 10;
    private static final int STOCK = 20;
    private static final int BUYERS = 48;
    private static final int ROUNDS = 10;

    SeedStyleCheckoutHasTeethTest(TestDb db) {
        super(db);
    }

    /** The seed's transaction: read, decide, write back what it read minus what it took. Returns sale units granted. */
    private int seedStyleCheckout(long saleId, long listingId) {
        try (Connection connection = database.dataSource().getConnection()) {
            int unitsLeft = readInt(
                    connection, "select units_left from flash_sale_slots where sale_id = ? and slot = 1", saleId);
            int stock = readInt(connection, "select stock from listings where id = ?", listingId);
            if (stock < 1) {
                connection.rollback();
                return -1;
            }
            int saleUnits = Math.min(1, unitsLeft);
            write(connection, "update listings set stock = ? where id = ?", stock - 1, listingId);
            write(
                    connection,
                    "update flash_sale_slots set units_left = ? where sale_id = ? and slot = 1",
                    unitsLeft - saleUnits,
                    saleId);
            connection.commit();
            return saleUnits;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSeedsReadThenWriteCheckoutOverGrantsAndOversellsUnderTheSameHarness() {
        boolean overGranted = false;
        boolean oversold = false;
        for (int round = 0; round < ROUNDS && !(overGranted && oversold); round++) {
            var listing = given.listing(given.owner(), "100.00", STOCK);
            long saleId =
                    app.flashSales().start(ownerOf(listing), SALE_UNITS, 50, 1).saleId();

            var outcome = Race.run(BUYERS, racer -> seedStyleCheckout(saleId, listing.listingId()));

            int granted = outcome.successes().stream()
                    .filter(units -> units >= 0)
                    .mapToInt(Integer::intValue)
                    .sum();
            long sold = outcome.successes().stream().filter(units -> units >= 0).count();
            overGranted |= granted > SALE_UNITS;
            oversold |= sold > STOCK;
        }
        assertThat(overGranted)
                .as("the seed's checkout gave more than N sale units at least once")
                .isTrue();
        assertThat(oversold)
                .as("the seed's checkout sold more than the stock at least once")
                .isTrue();
    }

    @Test
    void theRealCheckoutNeverDoesUnderTheSameHarness() {
        for (int round = 0; round < 3; round++) {
            var listing = given.listing(given.owner(), "100.00", STOCK);
            app.flashSales().start(ownerOf(listing), SALE_UNITS, 50);
            List<Actor> buyers = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                Actor buyer = given.customer();
                app.carts().add(buyer, listing.listingId(), 1);
                buyers.add(buyer);
            }

            var outcome =
                    Race.run(BUYERS, racer -> app.checkout().checkout(buyers.get(racer), Payment.cash(null), null));

            assertThat(outcome.successes()).hasSize(STOCK);
            assertThat(outcome.successes().stream().mapToInt(Receipt::saleUnits).sum())
                    .isEqualTo(SALE_UNITS);
            assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", listing.listingId()))
                    .isZero();
        }
    }

    private Actor ownerOf(ListingView listing) {
        return new Actor(TableCounts.scalar(database, "select owner_id from shops where id = ?", listing.shopId()));
    }

    private static int readInt(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void write(Connection connection, String sql, int value, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, value);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }
}
