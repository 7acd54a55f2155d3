package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For H2, which has no NOTIFY: reads every sale's counter twice a second and reports the ones that moved. */
final class PollingSaleChangeFeed implements SaleChangeFeed {
    private static final Logger log = LoggerFactory.getLogger(PollingSaleChangeFeed.class);
    private static final long INTERVAL_MILLIS = 500;

    private final DataSource dataSource;
    private final SaleListeners listeners = new SaleListeners();
    private final Map<Long, String> lastSeen = new HashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    PollingSaleChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
        this.poller = new Thread(this::poll, "sale-change-poller");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public AutoCloseable subscribe(LongConsumer consumer) {
        return listeners.add(consumer);
    }

    private void poll() {
        while (running) {
            if (!listeners.isEmpty()) {
                readChanges();
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readChanges() {
        Map<Long, String> now = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select f.shop_id, max(f.id), coalesce(sum(s.units_left), 0),"
                        + " count(distinct case when f.ended_at is not null then f.id end) from flash_sales f"
                        + " left join flash_sale_slots s on s.sale_id = f.id group by f.shop_id")) {
            while (rows.next()) {
                now.put(rows.getLong(1), rows.getLong(2) + "/" + rows.getLong(3) + "/" + rows.getLong(4));
            }
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Live sale updates paused: {}", e.getMessage());
            return;
        }
        now.forEach((shopId, state) -> {
            if (!state.equals(lastSeen.put(shopId, state))) {
                listeners.tell(shopId);
            }
        });
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
