package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.AuditRecord;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

class SchemaTest {

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void migrationsApplyAndTheMappingValidates(TestDb kind) throws Exception {
        Database database = TestDatabases.get(kind);
        try (Connection connection = database.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("select count(*) from promotion_tiers")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    /**
     * The fast start trusts this constant and the numbering: the newest migration is the constant,
     * and the versions run 1, 2, 3 … without a gap (db/common and the database's own folder together).
     */
    @ParameterizedTest
    @EnumSource(TestDb.class)
    void theNewestMigrationIsTheNewestFileInDbAndNoneIsMissing(TestDb kind) throws Exception {
        assertThat(Database.schemaVersion(TestDatabases.config(kind)).known()).isEqualTo(Database.NEWEST_MIGRATION);
        String own = kind == TestDb.POSTGRESQL ? "postgresql" : "h2";
        java.util.Set<Integer> versions = new java.util.TreeSet<>();
        for (String folder : List.of("db/common", "db/" + own)) {
            try (var files = java.nio.file.Files.list(Path.of(folder))) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.sql"))
                        .forEach(name -> versions.add(Integer.parseInt(name.substring(1, name.indexOf("__")))));
            }
        }
        int newest = Integer.parseInt(Database.NEWEST_MIGRATION);
        assertThat(versions)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, newest)
                        .boxed()
                        .toList());
    }

    /**
     * A database already at the newest migration opens with one query for its version (no Flyway
     * scan, no schema validation); a new one is migrated and its mapping validated.
     */
    @ParameterizedTest
    @EnumSource(TestDb.class)
    void onlyADatabaseJustMigratedHasItsMappingValidated(TestDb kind, @TempDir Path folder) {
        DatabaseConfig fresh = kind == TestDb.POSTGRESQL
                ? TestDatabases.freshPostgresDatabase("fast_start")
                : DatabaseConfig.embedded(folder.resolve("fast-start"));
        assertThat(Database.isAtNewestMigration(fresh)).as("an empty database").isFalse();
        try (Database first = Database.open(fresh)) {
            assertThat(first.openingTimes().migrated()).isTrue();
        }
        assertThat(Database.isAtNewestMigration(fresh)).isTrue();
        try (Database again = Database.open(fresh)) {
            assertThat(again.openingTimes().migrated()).isFalse();
            // the mapping still works on what it did not validate this time
            long tiers = again.inTransaction(tx -> tx.session()
                    .createQuery("select count(*) from PromotionTier", Long.class)
                    .getSingleResult());
            assertThat(tiers).isEqualTo(3);
        }
    }

    /** A migration that failed, or one missing from the history, takes the full path, where Flyway decides. */
    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aFailedMigrationInTheHistoryIsNotTheFastStart(TestDb kind, @TempDir Path folder) throws Exception {
        DatabaseConfig fresh = kind == TestDb.POSTGRESQL
                ? TestDatabases.freshPostgresDatabase("failed_history")
                : DatabaseConfig.embedded(folder.resolve("failed-history"));
        Database.open(fresh).close();
        try (Database database = Database.open(fresh);
                Connection connection = database.dataSource().getConnection()) {
            connection
                    .createStatement()
                    .executeUpdate("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
                            + Database.NEWEST_MIGRATION + "'");
            connection.commit();
        }
        assertThat(Database.isAtNewestMigration(fresh)).isFalse();
        try (Connection connection =
                java.sql.DriverManager.getConnection(fresh.url(), fresh.user(), fresh.password())) {
            connection.setAutoCommit(true);
            connection.createStatement().executeUpdate("update \"flyway_schema_history\" set \"success\" = true");
            assertThat(Database.isAtNewestMigration(fresh)).as("mended").isTrue();
            connection
                    .createStatement()
                    .executeUpdate("delete from \"flyway_schema_history\" where \"version\" = '41'");
        }
        assertThat(Database.isAtNewestMigration(fresh)).as("a gap at 41").isFalse();
    }

    /**
     * The hand-kept list of mapped classes cannot silently miss one: every entity and converter of the
     * domain is in it, and every table of the schema (Flyway's history aside) belongs to an entity.
     */
    @ParameterizedTest
    @EnumSource(TestDb.class)
    void everyEntityConverterAndTableIsMapped(TestDb kind) {
        var domain = new ClassFileImporter().importPackages("org.shoetopia.domain");
        List<Class<?>> needed = domain.stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
        assertThat(needed).isNotEmpty();
        assertThat(Database.mappedClasses()).containsAll(needed);

        List<String> entityTables = Database.mappedClasses().stream()
                .filter(c -> c.isAnnotationPresent(Table.class))
                .map(c -> c.getAnnotation(Table.class).name())
                .toList();
        assertThat(TestDatabases.tables(TestDatabases.get(kind)))
                .hasSizeGreaterThan(15)
                .allSatisfy(table -> assertThat(entityTables)
                        .as("an entity for table " + table)
                        .contains(table));
    }

    /**
     * Checkout's appended rows take ids from blocks of 50 each terminal reserves (pooled-lo), while
     * native inserts take single values from the same sequence: two terminals and native inserts,
     * interleaved across block boundaries, never hand out the same id.
     */
    @ParameterizedTest
    @EnumSource(TestDb.class)
    void idBlocksOfTwoTerminalsAndNativeInsertsNeverMeet(TestDb kind) throws Exception {
        Database terminalA = TestDatabases.get(kind);
        String run = "blocks " + System.nanoTime();
        List<Long> ids = new ArrayList<>();
        try (Database terminalB = Database.open(TestDatabases.config(kind))) {
            for (int round = 0; round < 3; round++) {
                ids.addAll(auditRows(terminalA, run, 30));
                ids.addAll(auditRows(terminalB, run, 30));
                ids.add(nativeAuditRow(terminalA, run));
            }
        }
        assertThat(ids).hasSize(183).doesNotHaveDuplicates();
        try (Connection connection = terminalA.dataSource().getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from audit_trail where tag = ?")) {
            count.setString(1, run);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(183);
            }
        }
    }

    private static List<Long> auditRows(Database terminal, String tag, int count) {
        return terminal.inTransaction(tx -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                AuditRecord row = new AuditRecord(AuditKind.CHECKOUT, tag, null, null, Instant.now());
                tx.session().persist(row);
                ids.add((Long) tx.session().getIdentifier(row));
            }
            return ids;
        });
    }

    private static long nativeAuditRow(Database terminal, String tag) throws SQLException {
        try (Connection connection = terminal.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into audit_trail (kind, tag) values ('checkout', ?)", new String[] {"id"})) {
            insert.setString(1, tag);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                connection.commit();
                return id;
            }
        }
    }
}
