package org.shoetopia.persistence;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one sale-change feed. A listener that throws is logged and kept, and the others
 * are still told: one broken screen must not stop the feed's thread for every other terminal window.
 */
final class SaleListeners {
    private static final Logger log = LoggerFactory.getLogger(SaleListeners.class);

    private final CopyOnWriteArrayList<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    AutoCloseable add(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    void tell(long shopId) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(shopId);
            } catch (RuntimeException e) {
                log.error("A listener of sale changes failed on shop {}", shopId, e);
            }
        }
    }
}
