package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTEN on a dedicated connection (outside the pool, so it never holds a pooled one); checkout's
 * NOTIFY arrives when its transaction commits. Reconnects after losing the server.
 */
final class PostgresSaleChangeFeed implements SaleChangeFeed {
    private static final Logger log = LoggerFactory.getLogger(PostgresSaleChangeFeed.class);
    private static final int WAIT_MILLIS = 500;

    private final DatabaseConfig config;
    private final SaleListeners listeners = new SaleListeners();
    private final Thread listener;
    private volatile boolean running = true;

    PostgresSaleChangeFeed(DatabaseConfig config) {
        this.config = config;
        this.listener = new Thread(this::listen, "sale-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public AutoCloseable subscribe(LongConsumer consumer) {
        return listeners.add(consumer);
    }

    private java.util.Properties listenerLogin() {
        java.util.Properties login = new java.util.Properties();
        if (config.user() != null) { // else the URL names it
            login.setProperty("user", config.user());
        }
        if (config.password() != null) {
            login.setProperty("password", config.password());
        }
        login.setProperty("ApplicationName", "shoetopia-listener");
        login.setProperty("logServerErrorDetail", "false"); // as the pool's: no bound values in errors
        return login;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(config.url(), listenerLogin())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live sale updates paused, reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void dispatch(String payload) {
        try {
            long shopId = Long.parseLong(payload);
            listeners.tell(shopId);
        } catch (NumberFormatException e) {
            log.warn("Ignored a malformed sale notification: {}", payload);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
    }
}
