package org.shoetopia.persistence;

import java.util.function.LongConsumer;

/**
 * Tells listeners which shop's flash sale just changed (units taken, started, ended), so terminals
 * show units left as other terminals sell. PostgreSQL pushes it with LISTEN/NOTIFY; H2 is polled.
 */
public interface SaleChangeFeed extends AutoCloseable {
    String CHANNEL = "shoetopia_flash_sale";

    /** Calls {@code listener} with a shop id, on the feed's own thread, whenever that shop's sale changes. */
    AutoCloseable subscribe(LongConsumer listener);

    @Override
    void close();
}
