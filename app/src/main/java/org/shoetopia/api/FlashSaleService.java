package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Flash sales: the first N units a shop sells get P% off. The unsold units are spread over slot rows
 * that checkout locks one at a time (see NativeStatements#takeSaleUnits); a sale is running while it
 * is not ended and its slots still hold units.
 */
public interface FlashSaleService {
    int MAX_UNITS = 1_000_000;

    /** Enough slots that 16 terminals selling at once rarely find them all taken; see the README's benchmark. */
    int DEFAULT_SLOTS = 16;

    int MAX_SLOTS = 64;

    public record SaleView(
            long saleId,
            long shopId,
            int percentOff,
            int unitsTotal,
            int unitsLeft,
            int unitsWithdrawn,
            Instant startedAt,
            Instant endedAt) {
        public int unitsSold() {
            return unitsTotal - unitsWithdrawn - unitsLeft;
        }
    }

    /** The owner starts a sale with {@link #DEFAULT_SLOTS} counter slots. */
    SaleView start(Actor actor, int units, int percentOff);

    /**
     * The owner starts a sale whose units are spread over {@code slots} counter rows (1 is the
     * single-counter design). The shop row lock makes "no second running sale" hold under races.
     */
    SaleView start(Actor actor, int units, int percentOff, int slots);

    /** The owner ends the running sale; its unsold units are withdrawn. */
    SaleView end(Actor actor);

    /** Calls {@code listener} (on a background thread) with the id of each shop whose sale changed. */
    AutoCloseable onAnySaleChange(LongConsumer listener);

    /** The running sale of a shop with its units left (empty once sold out), for any terminal to show. */
    Optional<SaleView> activeSale(long shopId);

    /** Every sale the shop has run, newest first. */
    List<SaleView> history(Actor actor);
}
