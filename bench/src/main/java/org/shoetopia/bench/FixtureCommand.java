package org.shoetopia.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.Receipt;
import org.shoetopia.backup.Backups;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Makes this release's upgrade fixtures, the small databases the app's tests migrate with every
 * later release's migrations: an H2 backup and a PostgreSQL data dump, each filled by
 * {@code generate} at a small scale and then by a day's trading through the services (a flash sale
 * sold out, a refund, a stock adjustment, staff, a rating, a rename), with the row count of
 * every table beside them.
 */
@Command(
        name = "fixture",
        description = {
            "Makes this release's upgrade fixtures for the app's tests (each release adds its own; an old one is",
            "never rewritten): upgrade/v{schema}/ with an H2 backup, a PostgreSQL data dump and the row counts."
        })
final class FixtureCommand implements Callable<Integer> {
    private static final double SCALE = 0.0005;
    private static final long SEED = 42;

    @ParentCommand
    private BenchTool parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            defaultValue = "app/src/test/resources/upgrade",
            description = "The fixtures folder (default ${DEFAULT-VALUE}).")
    private Path to;

    @Option(
            names = "--from-h2",
            paramLabel = "FOLDER",
            description = {
                "Export an existing embedded database (the data folder of an older release, filled by that",
                "release's generate and demo-data) instead of filling a new one; needs --from-postgres."
            })
    private Path fromH2;

    @Option(
            names = "--from-postgres",
            paramLabel = "URL",
            description = "With --from-h2: the PostgreSQL database to export (login from SHOETOPIA_DB_USER and"
                    + " SHOETOPIA_DB_PASSWORD, else postgres with no password).")
    private String fromPostgres;

    @Override
    public Integer call() throws Exception {
        if ((fromH2 == null) != (fromPostgres == null)) {
            spec.commandLine().getErr().println("--from-h2 and --from-postgres go together");
            return 2;
        }
        if (fromH2 != null && !java.nio.file.Files.isRegularFile(fromH2.resolve("shoetopia.mv.db"))) {
            spec.commandLine().getErr().println("There is no Shoetopia database in " + fromH2);
            return 2;
        }
        if (fromH2 != null) {
            String user = parent.environment().getOrDefault("SHOETOPIA_DB_USER", "postgres");
            String password = parent.environment().getOrDefault("SHOETOPIA_DB_PASSWORD", "");
            return export(DatabaseConfig.embedded(fromH2), DatabaseConfig.of(fromPostgres, user, password));
        }
        PrintWriter out = spec.commandLine().getOut();
        Path h2Folder = Files.createTempDirectory("shoetopia-fixture-h2");
        Path postgresFolder = Files.createTempDirectory("shoetopia-fixture-pg");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(postgresFolder)
                .setCleanDataDirectory(true)
                .start()) {
            DatabaseConfig h2 = DatabaseConfig.embedded(h2Folder);
            DatabaseConfig postgres = DatabaseConfig.of(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
            fill(h2, out);
            fill(postgres, out);
            return export(h2, postgres);
        } finally {
            DataFolder.deleteTree(h2Folder);
        }
    }

    /** Writes the fixture of the two databases as they are, without migrating them. */
    private int export(DatabaseConfig h2, DatabaseConfig postgres) throws Exception {
        String version = Database.schemaVersion(h2).applied();
        if (!version.equals(Database.schemaVersion(postgres).applied())) {
            spec.commandLine().getErr().println("The two databases have different schema versions");
            return 2;
        }
        Path fixture = to.resolve("v" + version);
        if (Files.exists(fixture)) {
            spec.commandLine().getErr().println(fixture + " exists: a release's fixture is never rewritten");
            return 2;
        }
        Files.createDirectories(fixture);
        DataSource h2Data = plain(h2);
        Backups.create(h2Data, fixture, Clock.systemUTC());
        writeCounts(h2Data, fixture.resolve("counts-h2.properties"));
        DataSource postgresData = plain(postgres);
        PostgresDataDump.write(postgresData, version, fixture.resolve("postgresql.sql"));
        writeCounts(postgresData, fixture.resolve("counts-postgresql.properties"));
        spec.commandLine()
                .getOut()
                .println("Wrote the upgrade fixture of schema version " + version + " to " + fixture);
        return 0;
    }

    /** A connection source that neither migrates nor validates: an old release's database stays as it was. */
    private static DataSource plain(DatabaseConfig config) {
        if (config.kind() == DatabaseKind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(config.url() + ";IFEXISTS=TRUE");
            h2.setUser(config.user());
            h2.setPassword(config.password());
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(config.url());
        postgres.setUser(config.user());
        postgres.setPassword(config.password());
        return postgres;
    }

    private static void fill(DatabaseConfig config, PrintWriter out) throws SQLException {
        PasswordHasher hasher = PasswordHasher.recommended();
        try (Services app = Services.open(config, hasher, Clock.systemUTC())) {
            new DataGenerator(app.database().dataSource(), config.kind(), out)
                    .generate(DataGenerator.Sizes.at(SCALE), SEED, hasher.hash(DataGenerator.passwordFor(SEED)));
            tradeADay(app);
            List<Invariants.Check> broken = Invariants.check(app.database().dataSource()).stream()
                    .filter(check -> !check.holds())
                    .toList();
            if (!broken.isEmpty()) {
                throw new IllegalStateException("The fixture breaks invariants: " + broken);
            }
        }
    }

    private static void tradeADay(Services app) {
        String password = "fixture password of the release";
        Actor owner = app.accounts()
                .signUp("Fixture Owner", "owner@fixture.shoetopia.app", password)
                .actor();
        long shopId = app.shops().createShop(owner, "Fixture Footwear");
        Actor cashier = app.accounts()
                .signUp("Fixture Cashier", "cashier@fixture.shoetopia.app", password)
                .actor();
        long invitation =
                app.shops().inviteStaff(owner, "cashier@fixture.shoetopia.app").invitationId();
        app.shops().acceptInvitation(cashier, invitation);
        List<Long> listings = new ArrayList<>();
        for (String style : List.of("Samba OG", "Gazelle", "Superstar")) {
            listings.add(app.listings()
                    .create(owner, new ListingForm("Adidas", "white", style, "9.5", "new", "women", "89.90", "12"))
                    .listingId());
        }
        app.listings().adjustStock(owner, listings.get(2), -1, "damaged in the stockroom");
        app.flashSales().start(owner, 4, 25);
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Actor customer = app.accounts()
                    .signUp("Fixture Customer " + i, "customer" + i + "@fixture.shoetopia.app", password)
                    .actor();
            app.carts().add(customer, listings.get(i % listings.size()), 1 + i % 2);
            receipts.add(app.checkout()
                    .checkout(
                            customer, i % 2 == 0 ? Payment.card("Visa", "4242") : Payment.cash(null), "fixture-" + i));
            app.ratings().rate(customer, shopId, 4 + i % 2);
        }
        Receipt.Line refunded = receipts.get(1).lines().get(0);
        app.orders().refund(owner, refunded.orderLineId(), 1, true, "wrong size");
        app.orders().advanceStatus(owner, receipts.get(0).orderId());
        var dashboard = app.shops().dashboard(owner);
        app.shops().renameShop(owner, dashboard.detailsVersion(), "Fixture Footwear & Co");
    }

    private static void writeCounts(DataSource dataSource, Path file) throws SQLException, IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    if ("public".equalsIgnoreCase(schema)) {
                        tables.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            for (String table : tables) {
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            writer.write("# rows in each table when the fixture was made\n");
            for (var entry : counts.entrySet()) {
                writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        }
    }
}
