package org.shoetopia.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.ApiSession;
import org.shoetopia.domain.ApplicationStatus;
import org.shoetopia.domain.Approval;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.AuditRecord;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.BusyException;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartDiscount;
import org.shoetopia.domain.CartGiftCard;
import org.shoetopia.domain.CartLine;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Delivery;
import org.shoetopia.domain.DeliveryLine;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.DrawerMove;
import org.shoetopia.domain.FlashSale;
import org.shoetopia.domain.FlashSaleSlot;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.InvitationStatus;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderDiscount;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderLineTax;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.PromotionTier;
import org.shoetopia.domain.Rating;
import org.shoetopia.domain.Refund;
import org.shoetopia.domain.RefundTax;
import org.shoetopia.domain.Return;
import org.shoetopia.domain.ReturnTender;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.ShiftCount;
import org.shoetopia.domain.Shoe;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopDiscountReason;
import org.shoetopia.domain.ShopStaff;
import org.shoetopia.domain.ShopTaxRate;
import org.shoetopia.domain.StaffInvitation;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.Stocktake;
import org.shoetopia.domain.StocktakeCount;
import org.shoetopia.domain.StoreCredit;
import org.shoetopia.domain.StoredValueEntry;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.VerificationApplication;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.domain.Width;
import org.shoetopia.files.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of one terminal: a connection pool, Flyway migrations and a Hibernate session factory
 * (its mapping validated against the schema whenever a migration changed it), with the one
 * transaction helper every service uses.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int ATTEMPTS_AFTER_DEADLOCK = 3;
    private static final List<Class<?>> MAPPED = List.of(
            Account.class,
            Shop.class,
            ShopStaff.class,
            StaffInvitation.class,
            PromotionTier.class,
            Shoe.class,
            Listing.class,
            FlashSale.class,
            FlashSaleSlot.class,
            Cart.class,
            CartLine.class,
            Order.class,
            OrderLine.class,
            OrderLineTax.class,
            Fulfilment.class,
            Refund.class,
            RefundTax.class,
            ShopTaxRate.class,
            ShopDiscountReason.class,
            Approval.class,
            CartDiscount.class,
            OrderDiscount.class,
            OrderTender.class,
            GiftCard.class,
            CartGiftCard.class,
            StoreCredit.class,
            Shift.class,
            ShiftCount.class,
            DrawerMove.class,
            Return.class,
            ReturnTender.class,
            StoredValueEntry.GiftCardMove.class,
            StoredValueEntry.StoreCreditMove.class,
            InventoryEntry.class,
            BalanceEntry.class,
            Rating.class,
            VerificationApplication.class,
            AuditRecord.class,
            ApiSession.class,
            Color.JpaConverter.class,
            Gender.JpaConverter.class,
            Condition.JpaConverter.class,
            Width.JpaConverter.class,
            Delivery.class,
            DeliveryLine.class,
            Stocktake.class,
            StocktakeCount.class,
            org.shoetopia.domain.CustomerFit.class,
            org.shoetopia.domain.CustomerRecord.class,
            PaymentMethod.JpaConverter.class,
            VerificationStatus.JpaConverter.class,
            ApplicationStatus.JpaConverter.class,
            InvitationStatus.JpaConverter.class,
            StaffRole.JpaConverter.class,
            TaxCategory.JpaConverter.class,
            DiscountKind.JpaConverter.class,
            TaxRounding.JpaConverter.class,
            TaxAppliesTo.JpaConverter.class,
            OrderStatus.JpaConverter.class,
            InventoryEntry.Reason.JpaConverter.class,
            BalanceEntry.Reason.JpaConverter.class,
            DrawerMove.Kind.JpaConverter.class,
            AuditKind.JpaConverter.class);

    /**
     * The newest migration this build carries (SchemaTest holds it to the files in db/). A database
     * already at it is the schema this build's tests validated the mapping against, so opening it
     * needs neither Flyway's scan nor Hibernate's schema validation: the common start is cheap.
     */
    static final String NEWEST_MIGRATION = "44";

    private final DatabaseConfig config;
    /**
     * On H2, every transaction holds this shared and a backup holds it exclusive: H2 keeps each of
     * its maps consistent on disk, but not all of them together while transactions write
     * (h2database#2080), so a copy of the file taken then can hold half a checkout. Null on PostgreSQL.
     */
    private final ReentrantReadWriteLock backupPause;

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final NativeStatements statements;
    private SaleChangeFeed saleChanges;
    private OpeningTimes openingTimes;

    /** How long the parts of {@link #open} took, and whether the schema was migrated (and so the mapping validated). */
    public record OpeningTimes(long schemaMillis, long mappingMillis, boolean migrated) {}

    private Database(DatabaseConfig config, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.config = config;
        this.backupPause = config.kind() == DatabaseKind.H2 ? new ReentrantReadWriteLock() : null;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.statements = config.kind().nativeStatements();
    }

    /**
     * Whether {@code error} says the embedded database file is held by another process: another
     * Shoetopia window on this computer, or a tool left open on it.
     */
    public static boolean isOpenElsewhere(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connects, migrates the schema if it is behind (safe when several terminals start at once) and
     * then validates the mapping; a database already at {@link #NEWEST_MIGRATION} needs neither.
     */
    public static Database open(DatabaseConfig config) {
        return open(config, UnaryOperator.identity());
    }

    /**
     * As {@link #open(DatabaseConfig)}, with the connections the services use seen through
     * {@code instrument} (tests count the statements each use case sends).
     */
    public static Database open(DatabaseConfig config, UnaryOperator<DataSource> instrument) {
        long started = System.nanoTime();
        boolean migrated = migrate(config);
        long schemaChecked = System.nanoTime();
        restrictEmbeddedFiles(config);
        HikariDataSource dataSource = new HikariDataSource(poolConfig(config));
        try {
            Database database =
                    new Database(config, dataSource, buildSessionFactory(instrument.apply(dataSource), migrated));
            database.openingTimes = new OpeningTimes(
                    (schemaChecked - started) / 1_000_000, (System.nanoTime() - schemaChecked) / 1_000_000, migrated);
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** H2 creates its files as the umask says: the shop's whole history is made owner-only. */
    private static void restrictEmbeddedFiles(DatabaseConfig config) {
        Optional<Path> file = config.embeddedFile();
        if (file.isEmpty()) {
            return;
        }
        String base = file.get().getFileName().toString().replace(".mv.db", "");
        try {
            for (Path ours : List.of(file.get(), file.get().resolveSibling(base + ".trace.db"))) {
                if (Files.exists(ours)) {
                    OwnerOnly.restrict(ours);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file.get() + " owner-only: " + e.getMessage(), e);
        }
    }

    private static HikariConfig poolConfig(DatabaseConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("shoetopia");
        pool.setJdbcUrl(config.url());
        pool.setUsername(config.user());
        pool.setPassword(config.password());
        pool.setMaximumPoolSize(config.poolSize());
        pool.setMinimumIdle(Math.min(2, config.poolSize()));
        pool.setAutoCommit(false);
        pool.setConnectionTimeout(config.connectionTimeout().toMillis());
        // Every transaction waits at most this long for a row lock, then fails as "terminal busy". A
        // session setting, made once per connection: no statement per transaction, and it is in force
        // before the first SELECT … FOR UPDATE (Hibernate's lock-timeout hint has been seen to run after it).
        pool.setConnectionInitSql(config.kind().nativeStatements().lockWaitLimit(config.lockTimeout()));
        pool.setIsolateInternalQueries(true); // commits the setting: a later rollback would undo it on PostgreSQL
        if (config.kind() == DatabaseKind.POSTGRESQL) {
            pool.addDataSourceProperty("ApplicationName", "shoetopia");
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            // else a refused statement's exception carries its bound values (a password hash, an email)
            pool.addDataSourceProperty("logServerErrorDetail", "false");
        }
        return pool;
    }

    /**
     * Flyway takes a database lock while migrating (an advisory lock on PostgreSQL). It connects on its
     * own, without the pool's lock-wait limit, so a migration waits for busy terminals instead of failing.
     * A database a newer Shoetopia has migrated is refused: this version's mapping may not fit it. On a
     * database set up with the roles of db/roles, only the owner's login migrates (as the owner role, so
     * it owns what it creates) and then grants the app role its privileges again; the app's login opens
     * an up-to-date schema and is refused one that is behind.
     */
    static boolean migrate(DatabaseConfig config) {
        SchemaRoles.Login login = SchemaRoles.of(config);
        // The owner's login also grants the app role again after a migration: it always takes the full path.
        if (login != SchemaRoles.Login.OWNER && isAtNewestMigration(config)) {
            return false;
        }
        Flyway flyway = flyway(config, login);
        SchemaVersion before = SchemaVersion.of(flyway.info());
        if (before.isNewerThanKnown()) {
            throw new IllegalStateException("This database was made by a newer Shoetopia (schema version "
                    + before.applied() + "; this version knows up to " + before.known() + "). Install the newer"
                    + " version.");
        }
        if (login == SchemaRoles.Login.APP) {
            if (before.isBehindKnown()) {
                throw new IllegalStateException("The database's schema is at version " + before.applied()
                        + " and this Shoetopia needs version " + before.known() + ". The login " + config.user()
                        + " may not change the schema: run `shoetopia migrate` with the schema owner's login"
                        + " (README, \"Database roles\").");
            }
            return false;
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            log.info(
                    "Migrated the schema to version {} ({} migrations)",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        if (login == SchemaRoles.Login.OWNER) {
            SchemaRoles.grantAppRole(config);
        }
        return result.migrationsExecuted > 0;
    }

    /**
     * Whether Flyway's history holds every migration 1 to {@link #NEWEST_MIGRATION}, each applied
     * successfully, and nothing else: one query, where Flyway would scan its migrations and read the
     * history twice. The migrations are numbered without gaps (SchemaTest holds them to it), so a
     * history with a gap, a failure, a version beyond this build's or none at all takes the full
     * path, where Flyway decides. What it does not see is an applied migration's file edited since:
     * Flyway's checksums catch that on the full path, which every new migration takes.
     */
    static boolean isAtNewestMigration(DatabaseConfig config) {
        int newest = Integer.parseInt(NEWEST_MIGRATION);
        try (Connection connection = connectOnce(config);
                var rows = connection
                        .createStatement()
                        .executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            Set<String> applied = new HashSet<>();
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (rows.getString(1) != null) {
                    applied.add(rows.getString(1));
                }
            }
            return applied.size() == newest
                    && IntStream.rangeClosed(1, newest)
                            .allMatch(version -> applied.contains(Integer.toString(version)));
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /** One connection outside the pool, as Flyway makes its own (H2's data source keeps a password's spaces). */
    private static Connection connectOnce(DatabaseConfig config) throws SQLException {
        if (config.kind() == DatabaseKind.H2) {
            return h2DataSource(config).getConnection();
        }
        return SchemaRoles.connect(config);
    }

    private static JdbcDataSource h2DataSource(DatabaseConfig config) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(config.url());
        h2.setUser(config.user());
        h2.setPassword(config.password());
        return h2;
    }

    /** The schema version the database at {@code config} has, and the newest this version knows; nothing is changed. */
    public static SchemaVersion schemaVersion(DatabaseConfig config) {
        return SchemaVersion.of(flyway(config, SchemaRoles.Login.SOLE).info());
    }

    private static Flyway flyway(DatabaseConfig config, SchemaRoles.Login login) {
        var flyway = Flyway.configure()
                .locations(
                        "classpath:db/common", "classpath:db/" + config.kind().migrationFolder());
        if (login == SchemaRoles.Login.OWNER) {
            flyway.dataSource(SchemaRoles.actingAsOwner(config));
        } else if (config.kind() == DatabaseKind.H2) {
            // H2's own data source: Flyway's would trim the password, and an encrypted file's ends in
            // the space that separates its key from the user's (empty) password.
            flyway.dataSource(h2DataSource(config));
        } else {
            flyway.dataSource(config.url(), config.user(), config.password());
        }
        return flyway.load();
    }

    /** The mapping is validated against the schema when a migration just changed it (see {@link #NEWEST_MIGRATION}). */
    private static SessionFactory buildSessionFactory(DataSource dataSource, boolean migrated) {
        Configuration configuration = new Configuration();
        MAPPED.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, migrated ? "validate" : "none");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        // A reserved block starts at the value nextval returned, so ids never meet those of native
        // inserts, which take single values from the same sequence through the column default.
        configuration.setProperty(AvailableSettings.PREFERRED_POOLED_OPTIMIZER, "pooled-lo");
        configuration.setProperty(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true");
        return configuration.buildSessionFactory();
    }

    /** The entity and converter classes Hibernate is given (SchemaTest checks none is missing). */
    static List<Class<?>> mappedClasses() {
        return MAPPED;
    }

    public DatabaseKind kind() {
        return config.kind();
    }

    public OpeningTimes openingTimes() {
        return openingTimes;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** The live feed of flash-sale changes, started on first use. */
    public synchronized SaleChangeFeed saleChanges() {
        if (saleChanges == null) {
            saleChanges = kind() == DatabaseKind.POSTGRESQL
                    ? new PostgresSaleChangeFeed(config)
                    : new PollingSaleChangeFeed(dataSource);
        }
        return saleChanges;
    }

    /** For tests, benchmarks and checks that read the tables directly. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Statements on a pooled connection, each committing by itself. */
    @FunctionalInterface
    public interface StatementWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} outside any transaction (autocommit, no ORM session): one round trip a
     * statement, for a read so frequent that a transaction's own round trips matter. Failures are
     * the same domain exceptions as {@link #inTransaction}'s (a lost connection is
     * {@link UnavailableException}); anything else is a bug, not a reason to retry.
     */
    public <T> T outsideTransaction(StatementWork<T> work) {
        return unlessPaused(() -> statementsOnce(work));
    }

    private <T> T statementsOnce(StatementWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(new IllegalStateException("A statement failed: " + firstLine(e.getMessage()), e));
        }
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back whole if it throws.
     * A deadlock or serialization failure is retried (the work re-reads everything); a lock timeout
     * becomes {@link BusyException} and a lost connection {@link UnavailableException}.
     */
    public <T> T inTransaction(Function<Tx, T> work) {
        return unlessPaused(() -> inTransactionRetried(work));
    }

    /**
     * Runs {@code work} while no transaction of this database runs: running ones finish first, new
     * ones wait until it returns (on H2, for a backup whose copy of the file must hold only whole
     * transactions). Not from inside a transaction; {@code work} may use {@link #outsideTransaction}.
     */
    public <T> T withTransactionsPaused(Supplier<T> work) {
        if (backupPause == null) {
            return work.get();
        }
        if (backupPause.getReadHoldCount() > 0) {
            throw new IllegalStateException("Transactions cannot be paused from inside one");
        }
        backupPause.writeLock().lock();
        try {
            return work.get();
        } finally {
            backupPause.writeLock().unlock();
        }
    }

    private <T> T unlessPaused(Supplier<T> work) {
        if (backupPause == null) {
            return work.get();
        }
        backupPause.readLock().lock();
        try {
            return work.get();
        } finally {
            backupPause.readLock().unlock();
        }
    }

    private <T> T inTransactionRetried(Function<Tx, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (RuntimeException e) {
                SQLException sql = sqlCause(e);
                if (sql != null && SqlStates.isDeadlockOrSerialization(sql) && attempt < ATTEMPTS_AFTER_DEADLOCK) {
                    log.warn("Transaction retried after {} (attempt {})", sql.getSQLState(), attempt);
                    continue;
                }
                throw translate(e);
            }
        }
    }

    private <T> T runOnce(Function<Tx, T> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                T result = work.apply(new Tx(session, statements));
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(transaction, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Transaction transaction, RuntimeException cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** What a unique key's violation means to the person who hit it, for keys a race can reach. */
    private static final Map<String, String> UNIQUE_KEY_MEANINGS = Map.of(
            "customer_records_phone_key",
            "Another till has just noted a customer with this phone number: find them by it",
            "customer_records_email_key",
            "Another till has just noted a customer with this email: find them by it");

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ShoetopiaException) {
            return e;
        }
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return e;
        }
        if (SqlStates.isLockTimeout(sql)) {
            return new BusyException("Terminal busy: another terminal is using these items. Try again.", e);
        }
        if (connectionLost(e)) {
            return new UnavailableException("Lost the connection to the database. Try again shortly.", e);
        }
        if (SqlStates.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return new ConflictException(UNIQUE_KEY_MEANINGS.entrySet().stream()
                    .filter(key -> String.valueOf(sql.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains(key.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse("That already exists"));
        }
        if (SqlStates.FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
            return new NotFoundException("Something this refers to no longer exists; reload and try again");
        }
        if (SqlStates.CHECK_VIOLATION.equals(sql.getSQLState())) {
            return new ValidationException(null, "The database refused a value: " + firstLine(sql.getMessage()));
        }
        return e;
    }

    /** Any SQLException in the chain saying the server or the connection went away. */
    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql
                            && (SqlStates.isConnectionLoss(sql) || SqlStates.isClosedByPool(sql)))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    @Override
    public synchronized void close() {
        if (saleChanges != null) {
            saleChanges.close();
        }
        sessionFactory.close();
        dataSource.close();
    }
}
