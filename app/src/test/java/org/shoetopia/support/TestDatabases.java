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
import java.util.stream.Collectors;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;
import org.shoetopia.persistence.SchemaRoles;

/**
 * The two real databases the tests run on: an embedded PostgreSQL 17 server started once per test
 * JVM, and an in-memory H2. Each is migrated once; {@link #clean} empties the data between tests.
 * PostgreSQL is set up as the README says (db/roles/create-roles.sql): the services under test sign
 * in as the app role, which cannot change the schema or rewrite history; the schema owner's login
 * migrates, empties the tables between tests and makes admins.
 */
public final class TestDatabases {
    /** More connections than any race test has threads, so threads contend on rows, not on the pool. */
    public static final int POOL_SIZE = 64;

    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    /** Tables that keep their rows between tests: the reference data the migrations seed. */
    private static final Set<String> REFERENCE_TABLES = Set.of("promotion_tiers");

    private static final String DATABASE = "shoetopia";
    private static final String OWNER_LOGIN = "shoetopia_migrator";
    private static final String APP_LOGIN = "shoetopia_server";

    private static final Map<TestDb, Database> OPEN = new EnumMap<>(TestDb.class);
    private static final Map<TestDb, Database> AS_OWNER = new EnumMap<>(TestDb.class);
    private static final Map<TestDb, Database> OTHER_TERMINAL = new EnumMap<>(TestDb.class);
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** The test database as the services see it: on PostgreSQL, through the app role's login. */
    public static synchronized Database get(TestDb kind) {
        owner(kind); // migrates first: the app role may not
        return OPEN.computeIfAbsent(kind, k -> Database.open(config(k)));
    }

    /**
     * The same database through the schema owner's login: for what only an operator does (making an
     * admin, emptying tables). On H2, where one user owns everything, it is {@link #get}'s.
     */
    public static synchronized Database owner(TestDb kind) {
        if (kind == TestDb.H2) {
            return OPEN.computeIfAbsent(kind, k -> Database.open(config(k)));
        }
        return AS_OWNER.computeIfAbsent(kind, k -> Database.open(ownerConfig()));
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
            case POSTGRESQL -> DatabaseConfig.of(postgres().getJdbcUrl(APP_LOGIN, DATABASE), APP_LOGIN, "");
        };
        return base.withPoolSize(POOL_SIZE).withLockTimeout(LOCK_TIMEOUT);
    }

    /** The schema owner's login to the test PostgreSQL database (as `shoetopia migrate` is given). */
    public static synchronized DatabaseConfig ownerConfig() {
        return DatabaseConfig.of(postgres().getJdbcUrl(OWNER_LOGIN, DATABASE), OWNER_LOGIN, "")
                .withPoolSize(8)
                .withLockTimeout(LOCK_TIMEOUT);
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

    /** A fresh, empty PostgreSQL database set up with the roles (README, "Database roles"), and its two logins. */
    public record WithRoles(DatabaseConfig owner, DatabaseConfig app) {}

    public static synchronized WithRoles freshDatabaseWithRoles(String name) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " owner " + SchemaRoles.OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new WithRoles(
                DatabaseConfig.of(postgres().getJdbcUrl(OWNER_LOGIN, name), OWNER_LOGIN, "")
                        .withPoolSize(4),
                DatabaseConfig.of(postgres().getJdbcUrl(APP_LOGIN, name), APP_LOGIN, "")
                        .withPoolSize(4));
    }

    /** The test PostgreSQL server reached through {@code port} on loopback (a proxy in front of it). */
    public static synchronized DatabaseConfig postgresThrough(int port) {
        return DatabaseConfig.of(
                        "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?prepareThreshold=0", APP_LOGIN, "")
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
            createRoles();
        }
        return postgres;
    }

    private static String withoutComments(String script) {
        return script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
    }

    /** What a database administrator does once (README, "Database roles"): the shipped script, then two logins. */
    private static void createRoles() {
        List<String> statements = new ArrayList<>();
        for (String statement :
                withoutComments(SchemaRoles.script(SchemaRoles.CREATE_ROLES)).split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement);
            }
        }
        statements.add("create role " + OWNER_LOGIN + " login in role " + SchemaRoles.OWNER);
        statements.add("create role " + APP_LOGIN + " login in role " + SchemaRoles.APP);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql); // one at a time: create database refuses a transaction block
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the Shoetopia roles", e);
        }
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
        Database owner = database.config().user().equals(APP_LOGIN) ? owner(TestDb.POSTGRESQL) : database;
        try (Connection connection = owner.dataSource().getConnection();
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
