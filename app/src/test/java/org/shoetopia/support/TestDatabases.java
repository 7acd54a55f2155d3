package org.shoetopia.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;

/**
 * The two real databases the tests run on: an embedded PostgreSQL 17 server started once per test
 * JVM, and an in-memory H2. Each is migrated once; {@link #clean} empties the data between tests.
 */
public final class TestDatabases {
    /** More connections than any race test has threads, so threads contend on rows, not on the pool. */
    public static final int POOL_SIZE = 64;

    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Tables that keep their rows between tests: the reference data the migrations seed. */
    private static final Set<String> REFERENCE_TABLES = Set.of("promotion_tiers");

    private static final Map<TestDb, Database> OPEN = new EnumMap<>(TestDb.class);
    private static final Map<TestDb, Database> OTHER_TERMINAL = new EnumMap<>(TestDb.class);
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

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
        return DatabaseConfig.of(postgres().getJdbcUrl("postgres", name), "postgres", "")
                .withPoolSize(8);
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

    /**
     * Every table of the schema but Flyway's history, read from the database itself, so a table a
     * migration adds is emptied between tests and checked by {@link TableCounts} without anyone listing it.
     */
    public static List<String> tables(Database database) {
        String schema = database.kind() == DatabaseKind.H2 ? "PUBLIC" : "public";
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement("select table_name from information_schema.tables"
                        + " where table_schema = ? and table_type = 'BASE TABLE' order by table_name")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1).toLowerCase(Locale.ROOT);
                    if (!table.equals(FLYWAY_HISTORY)) {
                        tables.add(table);
                    }
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables", e);
        }
        return tables;
    }

    /** Empties every data table so each test starts from the migrated, seeded schema. */
    public static void clean(Database database) {
        List<String> dataTables = tables(database).stream()
                .filter(table -> !REFERENCE_TABLES.contains(table))
                .toList();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            switch (database.kind()) {
                case POSTGRESQL ->
                    statement.execute("truncate " + String.join(", ", dataTables) + " restart identity cascade");
                case H2 -> {
                    statement.execute("set referential_integrity false");
                    for (String table : dataTables) {
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
