package org.shoetopia.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops a live-feed subscription when its screen is hidden. */
public final class LiveFeeds {
    private static final Logger log = LoggerFactory.getLogger(LiveFeeds.class);

    private LiveFeeds() {}

    public static void close(AutoCloseable subscription) {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("Could not stop a live feed", e);
        }
    }
}
