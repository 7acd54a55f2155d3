package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.shoetopia.backup.Backups;
import org.shoetopia.backup.Restore;
import org.shoetopia.support.PostgresDump;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;

/**
 * Every release's upgrade fixture (src/test/resources/upgrade/v{schema}/, made by the bench's
 * {@code fixture} command) is migrated by this version's migrations, on H2 through restore and on
 * PostgreSQL from its data dump, and afterwards every invariant holds and no row is lost. A new
 * migration that breaks old data fails here.
 */
class UpgradeFixturesTest {
    @TempDir
    Path folder;

    static Stream<Path> fixtures() throws Exception {
        try (Stream<Path> folders = Files.list(upgradeFolder())) {
            List<Path> found = folders.filter(Files::isDirectory).sorted().toList();
            assertThat(found).as("the fixtures of the releases so far").isNotEmpty();
            return found.stream();
        }
    }

    private static Path upgradeFolder() throws URISyntaxException {
        return Path.of(UpgradeFixturesTest.class.getResource("/upgrade").toURI());
    }

    private static String versionOf(Path fixture) {
        return fixture.getFileName().toString().substring(1);
    }

    /** The fixtures' shoes are ASCII, so lower() is the same in Java, H2 and PostgreSQL on them. */
    private static final String SHOES_NOT_SHOWN_AS_THEIR_KEY =
            "select count(*) from shoes where lower(brand_shown) <> brand"
                    + " or lower(style_shown) <> style or substring(brand_shown, 1, 1) <> upper(substring(brand, 1, 1))";

    @ParameterizedTest
    @MethodSource("fixtures")
    void anEmbeddedDatabaseOfAnEarlierReleaseRestoresAndMigratesWithEveryRowAndRule(Path fixture) throws Exception {
        Path backup = Backups.list(fixture).get(0);
        Path shop = folder.resolve("shop");

        Restore.Restored restored = Restore.restore(backup, shop, Clock.systemUTC());

        assertThat(restored.backupSchema().applied()).isEqualTo(versionOf(fixture));
        try (Database database = Database.open(DatabaseConfig.embedded(shop))) {
            assertThat(rowCounts(database)).containsAllEntriesOf(countsIn(fixture.resolve("counts-h2.properties")));
            assertThat(TableCounts.scalar(database, SHOES_NOT_SHOWN_AS_THEIR_KEY))
                    .as("every shoe listed before V43 is shown with its key's words capitalised")
                    .isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aPostgresDatabaseOfAnEarlierReleaseMigratesWithEveryRowAndRule(Path fixture) throws Exception {
        DatabaseConfig config = loadPostgresFixture(fixture, "upgrade_v" + versionOf(fixture));

        try (Database database = Database.open(config)) {
            assertThat(Database.schemaVersion(config).applied())
                    .isEqualTo(Database.schemaVersion(config).known());
            assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
            assertThat(rowCounts(database))
                    .containsAllEntriesOf(countsIn(fixture.resolve("counts-postgresql.properties")));
            assertThat(TableCounts.scalar(database, SHOES_NOT_SHOWN_AS_THEIR_KEY))
                    .isZero();
        }
    }

    @Test
    void aMigrationThatBreaksOldDataIsCaught() throws Exception {
        Path newest = fixtures().reduce((first, second) -> second).orElseThrow();
        DatabaseConfig config = loadPostgresFixture(newest, "upgrade_probe");
        Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/common", "classpath:db/postgresql", "classpath:upgrade-probe")
                .load()
                .migrate();

        assertThat(Invariants.check(plain(config)))
                .filteredOn(check -> !check.holds())
                .extracting(Invariants.Check::invariant)
                .containsExactly(
                        "every order's total equals the sum of its lines' gross and the gift cards it sold",
                        "every order's total equals its tenders less the change, and change comes only from cash");
    }

    private static DatabaseConfig loadPostgresFixture(Path fixture, String databaseName) throws Exception {
        DatabaseConfig config = TestDatabases.freshPostgresDatabase(databaseName);
        Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/common", "classpath:db/postgresql")
                .target(versionOf(fixture))
                .load()
                .migrate();
        PostgresDump.load(plain(config), fixture.resolve("postgresql.sql"));
        return config;
    }

    /** The database without the app's pool or its migration (the probe's migration is "newer" than the app). */
    private static PGSimpleDataSource plain(DatabaseConfig config) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(config.url());
        database.setUser(config.user());
        database.setPassword(config.password());
        return database;
    }

    private static Map<String, Long> rowCounts(Database database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TestDatabases.tables(database)) {
            counts.put(table, TableCounts.scalar(database, "select count(*) from " + table));
        }
        return counts;
    }

    private static Map<String, Long> countsIn(Path file) throws Exception {
        Properties saved = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            saved.load(reader);
        }
        Map<String, Long> counts = new TreeMap<>();
        saved.stringPropertyNames().forEach(table -> counts.put(table, Long.parseLong(saved.getProperty(table))));
        return counts;
    }
}
