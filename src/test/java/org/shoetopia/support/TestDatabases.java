package org.shoetopia.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;

/**
 * The two real databases the tests run on: an embedded PostgreSQL 17 server started once per test
 * JVM, and an in-memory H2. Each is migrated once; {@link #clean} empties the data between tests.
 */
public final class TestDatabases {
    /** More connections than any race test has threads, so threads contend on rows, not on the pool. */
    public static final int POOL_SIZE = 64;
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    /** Every table with data, children first; reference data (promotion tiers) and Flyway's history stay. */
    private static final List<String> DATA_TABLES = List.of(
            "transactions", "verification_applications", "ratings", "balance_ledger", "inventory_ledger",
            "refunds", "order_fulfilments", "order_lines", "orders", "cart_lines", "carts", "flash_sale_slots", "flash_sales",
            "listings", "shoes", "shop_staff", "shops", "accounts");

    private static final Map<TestDb, Database> OPEN = new EnumMap<>(TestDb.class);
    private static final Map<TestDb, Database> OTHER_TERMINAL = new EnumMap<>(TestDb.class);
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static synchronized Database get(TestDb kind) {
        return OPEN.computeIfAbsent(kind, k -> Database.open(config(k)));
    }

    /**
     * A second terminal on the same database: its own connection pool and session factory, as another
     * till in the shop has. Emptied by {@link #clean} with the first, since the data is the same.
     */
    public static synchronized Database otherTerminal(TestDb kind) {
        return OTHER_TERMINAL.computeIfAbsent(kind, k -> Database.open(config(k).withPoolSize(8)));
    }

    /**
     * How many sessions other than the caller's are waiting for a row lock now: a test that holds a
     * lock waits on this to know the racer it blocked has reached the lock.
     */
    public static long sessionsWaitingForALock(Database database) {
        String sql = switch (database.kind()) {
            case POSTGRESQL -> "select count(*) from pg_stat_activity where wait_event_type = 'Lock'";
            case H2 -> "select count(*) from information_schema.sessions where blocker_id is not null";
        };
        return TableCounts.scalar(database, sql);
    }

    public static synchronized DatabaseConfig config(TestDb kind) {
        DatabaseConfig base = switch (kind) {
            case H2 -> DatabaseConfig.of("jdbc:h2:mem:shoetopia_test;DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> DatabaseConfig.of(postgres().getJdbcUrl("postgres", "postgres"), "postgres", "");
        };
        return base.withPoolSize(POOL_SIZE).withLockTimeout(LOCK_TIMEOUT);
    }

    /** A second, separately migrated PostgreSQL database on the same server (for the CLI and fresh-schema tests). */
    public static synchronized DatabaseConfig freshPostgresDatabase(String name) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return DatabaseConfig.of(postgres().getJdbcUrl("postgres", name), "postgres", "").withPoolSize(8);
    }

    /** The test PostgreSQL server reached through {@code port} on loopback (a proxy in front of it). */
    public static synchronized DatabaseConfig postgresThrough(int port) {
        return DatabaseConfig.of("jdbc:postgresql://127.0.0.1:" + port + "/postgres?prepareThreshold=0", "postgres", "")
                .withLockTimeout(LOCK_TIMEOUT);
    }

    public static synchronized int postgresPort() {
        return postgres().getPort();
    }

    private static EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
        }
        return postgres;
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting anyway
        }
    }

    /** Empties every data table so each test starts from the migrated, seeded schema. */
    public static void clean(Database database) {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            switch (database.kind()) {
                case POSTGRESQL -> statement.execute(
                        "truncate " + String.join(", ", DATA_TABLES) + " restart identity cascade");
                case H2 -> {
                    statement.execute("set referential_integrity false");
                    for (String table : DATA_TABLES) {
                        statement.execute("truncate table " + table + " restart identity");
                    }
                    statement.execute("set referential_integrity true");
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean the test database", e);
        }
    }
}
