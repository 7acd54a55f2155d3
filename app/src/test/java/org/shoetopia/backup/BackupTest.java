package org.shoetopia.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.cli.ShoetopiaCommand;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.Bytes;
import org.shoetopia.support.ChildJvm;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** Backups of the embedded database and their restore: consistent while selling, and never a bad one restored. */
class BackupTest {
    private static final int TERMINALS = 8;
    private static final int BACKUPS_WHILE_SELLING = 10;

    @TempDir
    Path folder;

    private Path shop() {
        return folder.resolve("shop");
    }

    private Path backups() {
        return folder.resolve("backups");
    }

    private Services openShop(Path dataFolder) {
        return Services.open(
                DatabaseConfig.embedded(dataFolder).withPoolSize(TERMINALS + 2),
                ServiceTest.TEST_HASHER,
                Clock.systemUTC());
    }

    /**
     * H2 keeps each of its maps consistent on disk but not all of them together while transactions
     * write (h2database#2080): a backup copied mid-checkout can hold a listing's new stock without
     * its ledger row. The app pauses its transactions for the backup; this races it against them.
     */
    @Test
    void backupsTakenWhileEightTerminalsSellHoldEverySaleCommittedBeforeEachBegan() throws Exception {
        record Taken(Path backup, List<Long> committedBefore) {}
        List<Taken> taken = new ArrayList<>();
        try (Services app = openShop(shop())) {
            BackupSchedule schedule =
                    new BackupSchedule(app.database(), shop(), Optional::empty, 14, Clock.systemUTC());
            Fixtures given = new Fixtures(app);
            Actor owner = given.owner();
            List<Long> listings = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                listings.add(given.listing(owner, "40.00", 100_000).listingId());
            }
            app.flashSales().start(owner, 100, 20);
            Queue<Long> committed = new ConcurrentLinkedQueue<>();
            AtomicBoolean selling = new AtomicBoolean(true);
            ExecutorService terminals = Executors.newFixedThreadPool(TERMINALS);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < TERMINALS; t++) {
                Actor cashier = given.customer();
                long listingId = listings.get(t % listings.size());
                running.add(terminals.submit(() -> {
                    while (selling.get()) {
                        app.carts().add(cashier, listingId, 1);
                        app.carts().add(cashier, listings.get(0), 1);
                        committed.add(app.checkout()
                                .checkout(cashier, Payment.cash(null), null)
                                .orderNumber());
                    }
                    return null;
                }));
            }
            for (int round = 1; round <= BACKUPS_WHILE_SELLING; round++) {
                while (committed.size() < 60 * round) {
                    Thread.sleep(2);
                }
                List<Long> before = List.copyOf(committed);
                taken.add(new Taken(schedule.backUpTo(backups()), before));
            }
            int soldBeforeLastBackup =
                    taken.get(taken.size() - 1).committedBefore().size();
            while (committed.size() < soldBeforeLastBackup + 40) {
                Thread.sleep(2);
            }
            selling.set(false);
            for (Future<?> terminal : running) {
                terminal.get(30, TimeUnit.SECONDS);
            }
            terminals.shutdown();
        }

        Restore.Restored first =
                Restore.restore(taken.get(0).backup(), folder.resolve("new-computer"), Clock.systemUTC());
        assertThat(first.checks())
                .as("restore checked every rule")
                .hasSameSizeAs(Invariants.check(h2At(folder.resolve("new-computer"))));
        for (int i = 0; i < taken.size(); i++) {
            Path unpacked = folder.resolve("unpacked-" + i);
            org.h2.tools.Restore.execute(taken.get(i).backup().toString(), unpacked.toString(), "shoetopia");
            JdbcDataSource copy = h2At(unpacked);
            assertThat(Invariants.check(copy)).as("backup %d", i).allMatch(Invariants.Check::holds);
            Set<Long> kept = new HashSet<>();
            try (Connection connection = copy.getConnection();
                    Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("select order_number from orders")) {
                while (rows.next()) {
                    kept.add(rows.getLong(1));
                }
            }
            assertThat(kept)
                    .as("backup %d holds every order committed before it began", i)
                    .containsAll(taken.get(i).committedBefore());
        }
    }

    @Test
    void aBackupIsOwnerOnlyWithAChecksumSha256sumReads() throws Exception {
        Path backup = backUpAShopWithOneSale();
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(backups())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        Process sha256sum = new ProcessBuilder(
                        "sha256sum",
                        "-c",
                        Backups.checksumFileOf(backup).getFileName().toString())
                .directory(backups().toFile())
                .redirectErrorStream(true)
                .start();
        String said = new String(sha256sum.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sha256sum.waitFor()).as(said).isZero();
        assertThat(said).contains(backup.getFileName() + ": OK");
        assertThat(Backups.list(backups())).containsExactly(backup);
    }

    @Test
    void restoreKeepsTheDatabaseItReplacesBesideIt() throws Exception {
        Path backup = backUpAShopWithOneSale();
        try (Services app = openShop(shop())) {
            Fixtures given = new Fixtures(app);
            given.owner(); // made after the backup: gone once it is restored
        }
        Restore.Restored restored = Restore.restore(backup, shop(), Clock.systemUTC());
        assertThat(restored.previousDatabase()).exists();
        assertThat(restored.previousDatabase().getFileName().toString()).startsWith("shoetopia.mv.db.before-restore-");
        try (Database database = Database.open(DatabaseConfig.embedded(shop()))) {
            assertThat(TableCounts.scalar(database, "select count(*) from shops"))
                    .isOne();
        }
        Path previousFolder = folder.resolve("kept");
        Files.createDirectories(previousFolder);
        Files.copy(restored.previousDatabase(), previousFolder.resolve("shoetopia.mv.db"));
        try (Database kept = Database.open(DatabaseConfig.embedded(previousFolder))) {
            assertThat(TableCounts.scalar(kept, "select count(*) from shops")).isEqualTo(2);
        }
    }

    @Test
    void aBackupWithOneFlippedByteIsRefusedAndTheCurrentDatabaseIsUntouched() throws Exception {
        Path backup = backUpAShopWithOneSale();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(backup, bytes);
        byte[] currentBefore = Files.readAllBytes(shop().resolve("shoetopia.mv.db"));

        assertThatThrownBy(() -> Restore.restore(backup, shop(), Clock.systemUTC()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("Use another backup");
        assertThat(Files.readAllBytes(shop().resolve("shoetopia.mv.db"))).isEqualTo(currentBefore);
        try (Stream<Path> left = Files.list(shop())) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("restoring"));
        }
    }

    @Test
    void aBackupWithoutItsChecksumFileIsRefused() throws Exception {
        Path backup = backUpAShopWithOneSale();
        Files.delete(Backups.checksumFileOf(backup));
        assertThatThrownBy(() -> Restore.restore(backup, folder.resolve("elsewhere"), Clock.systemUTC()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("has no checksum file");
        assertThat(folder.resolve("elsewhere").resolve("shoetopia.mv.db")).doesNotExist();
    }

    @Test
    void aBackupFromANewerShoetopiaIsRefused() throws Exception {
        try (Services app = openShop(shop())) {
            new Fixtures(app).owner();
            try (Connection connection = app.database().dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                        + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                        + " values (999, '999', 'from the future', 'SQL', 'V999__future.sql', 'sa', 1, true)");
                connection.commit();
            }
        }
        Path backup = Backups.create(h2At(shop()), backups(), Clock.systemUTC());

        assertThatThrownBy(() -> Restore.restore(backup, folder.resolve("elsewhere"), Clock.systemUTC()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("from a newer Shoetopia (schema version 999")
                .hasMessageContaining("Nothing was changed");
        assertThat(folder.resolve("elsewhere").resolve("shoetopia.mv.db")).doesNotExist();
        assertThatThrownBy(() -> Database.open(DatabaseConfig.embedded(shop())))
                .hasMessageContaining("made by a newer Shoetopia");
    }

    @Test
    void aBackupFromAnOlderSchemaIsMigratedOnRestore() throws Exception {
        migrateShopTo("13");
        Path backup = Backups.create(h2At(shop()), backups(), Clock.systemUTC());
        Backups.verifyContents(backup); // it opens; this version's rules are not asked of an older schema

        Restore.Restored restored = Restore.restore(backup, folder.resolve("elsewhere"), Clock.systemUTC());

        assertThat(restored.backupSchema().applied()).isEqualTo("13");
        assertThat(restored.backupSchema().known()).isNotEqualTo("13");
        assertThat(Database.schemaVersion(DatabaseConfig.embedded(folder.resolve("elsewhere")))
                        .applied())
                .isEqualTo(restored.backupSchema().known());
    }

    @Test
    void anUpgradeBacksUpTheOlderVersionsDatabaseBeforeMigratingIt() throws Exception {
        migrateShopTo("13");

        openShop(shop()).close();

        List<Path> beforeUpgrade = beforeUpgradeBackups();
        assertThat(beforeUpgrade).hasSize(1);
        assertThat(beforeUpgrade.get(0).getFileName().toString()).startsWith("shoetopia-before-upgrade-v13-");
        assertThat(Backups.list(shop().resolve("backups")))
                .as("the schedule neither lists nor prunes it")
                .isEmpty();
        Restore.Restored asItWas =
                Restore.restore(beforeUpgrade.get(0), folder.resolve("elsewhere"), Clock.systemUTC());
        assertThat(asItWas.backupSchema().applied()).isEqualTo("13");
        openShop(shop()).close();
        assertThat(beforeUpgradeBackups())
                .as("nothing to upgrade the second time")
                .hasSize(1);
        openShop(folder.resolve("new")).close();
        assertThat(folder.resolve("new").resolve("backups"))
                .as("a new database")
                .doesNotExist();
    }

    @Test
    void aBackupOfAnEncryptedDatabaseStaysEncrypted() throws Exception {
        String secret = "the name of a customer that must stay secret";
        JdbcDataSource plain = h2At(folder.resolve("plain"));
        JdbcDataSource encrypted = new JdbcDataSource();
        encrypted.setURL("jdbc:h2:file:" + folder.resolve("encrypted").resolve("shoetopia") + ";CIPHER=AES");
        encrypted.setUser("sa");
        encrypted.setPassword("file-key sa-password");
        for (JdbcDataSource database : List.of(plain, encrypted)) {
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create table customers (name varchar(100))");
                statement.execute("insert into customers values ('" + secret + "')");
            }
        }
        byte[] marker = secret.getBytes(StandardCharsets.UTF_8);

        byte[] plainCopy = databaseInside(Backups.create(plain, folder.resolve("b1"), Clock.systemUTC()));
        byte[] encryptedCopy = databaseInside(Backups.create(encrypted, folder.resolve("b2"), Clock.systemUTC()));
        assertThat(Bytes.contains(plainCopy, plainCopy.length, marker))
                .as("the check finds the secret in a plain backup")
                .isTrue();
        assertThat(Bytes.contains(encryptedCopy, encryptedCopy.length, marker)).isFalse();
    }

    @Test
    void pruningKeepsTheNewestAndTidiesHalfWrittenFiles() throws Exception {
        try (Services app = openShop(shop())) {
            new Fixtures(app).owner();
            Instant start = Instant.parse("2026-11-01T22:00:00Z");
            List<Path> made = new ArrayList<>();
            for (int day = 0; day < 5; day++) {
                made.add(Backups.create(
                        app.database().dataSource(),
                        backups(),
                        Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC)));
            }
            Path leftByADeadBackup = backups().resolve("shoetopia-backup-20261201-000000-000Z.zip.partial");
            Files.writeString(leftByADeadBackup, "cut off");
            Files.setLastModifiedTime(
                    leftByADeadBackup,
                    java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            Path beingWritten = backups().resolve("shoetopia-backup-20261201-010000-000Z.zip.partial");
            Files.writeString(beingWritten, "the app is writing this one now");
            Backups.prune(backups(), 3);
            assertThat(Backups.list(backups())).containsExactly(made.get(4), made.get(3), made.get(2));
            assertThat(leftByADeadBackup).doesNotExist();
            assertThat(beingWritten).exists();
            try (Stream<Path> files = Files.list(backups())) {
                assertThat(files).hasSize(7);
            }
            assertThat(Backups.takenAt(made.get(4))).contains(start.plus(Duration.ofDays(4)));
        }
    }

    @Test
    void aTerminalKilledMidBackupLeavesNothingRestoreAccepts() throws Exception {
        Process terminal = ChildJvm.of(
                        BackupWriter.class, shop().toString(), backups().toString())
                .start();
        try (var output =
                new BufferedReader(new InputStreamReader(terminal.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null && !line.startsWith("backed up 3"); ) {
                // filling the database, then the first backups
            }
            assertThatThrownBy(() -> Restore.restore(Backups.list(backups()).get(0), shop(), Clock.systemUTC()))
                    .as("restore while the app has the database open")
                    .hasMessageContaining("Shoetopia is running on this computer");
            Instant deadline = Instant.now().plusSeconds(30);
            while (!halfWritten() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            terminal.destroyForcibly().waitFor();
        }
        assertThat(halfWritten()).as("killed while a backup was half written").isTrue();

        List<Path> zips;
        try (Stream<Path> files = Files.list(backups())) {
            zips = files.filter(file -> file.getFileName().toString().contains(".zip")
                            && !file.getFileName().toString().endsWith(".sha256"))
                    .toList();
        }
        int accepted = 0;
        for (Path zip : zips) {
            if (Backups.list(backups()).contains(zip)) {
                Path target = folder.resolve("restored-" + accepted++);
                Restore.restore(zip, target, Clock.systemUTC()); // refuses, and so fails here, unless every rule holds
            } else {
                assertThatThrownBy(() -> Restore.restore(zip, folder.resolve("never"), Clock.systemUTC()))
                        .isInstanceOf(BackupException.class);
            }
        }
        assertThat(accepted).isGreaterThanOrEqualTo(3);
        assertThat(zips).hasSizeGreaterThan(accepted);
        assertThat(folder.resolve("never").resolve("shoetopia.mv.db")).doesNotExist();
    }

    @Test
    void theBackupCommandGetsItsBackupFromTheRunningAppWhichGoesOnSelling() throws Exception {
        Process running = ChildJvm.of(SellingShop.class, shop().toString()).start();
        Path stick = folder.resolve("stick");
        int soldAfter;
        try (var output = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null && !line.equals("sold 20"); ) {
                // starting, then selling
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = ShoetopiaCommand.run(
                    new String[] {"backup", "--to", stick.toString()},
                    Map.of("SHOETOPIA_HOME", shop().toString()),
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));
            assertThat(err.toString()).isEmpty();
            assertThat(exit).isZero();
            assertThat(out.toString())
                    .startsWith("Backed up to " + stick.resolve("shoetopia-backup-"))
                    .contains("(by the running Shoetopia; its checksum is in ");
            String line = output.readLine();
            soldAfter = Integer.parseInt(line.substring("sold ".length()));
        } finally {
            running.destroyForcibly().waitFor();
        }
        assertThat(soldAfter).as("still selling").isGreaterThan(20);
        Path backup = Backups.list(stick).get(0);
        Restore.restore(backup, folder.resolve("elsewhere"), Clock.systemUTC()); // refused unless every rule holds
        try (Database database = Database.open(DatabaseConfig.embedded(folder.resolve("elsewhere")))) {
            assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                    .isGreaterThanOrEqualTo(20);
        }
    }

    /** The shop's database as an older release left it: migrated up to {@code version} only. */
    private void migrateShopTo(String version) {
        DatabaseConfig old = DatabaseConfig.embedded(shop());
        Flyway.configure()
                .dataSource(old.url(), old.user(), old.password())
                .locations("classpath:db/common", "classpath:db/h2")
                .target(version)
                .load()
                .migrate();
    }

    private List<Path> beforeUpgradeBackups() throws Exception {
        try (Stream<Path> files = Files.list(shop().resolve("backups"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("shoetopia-before-upgrade-"))
                    .filter(file -> file.getFileName().toString().endsWith(".zip"))
                    .toList();
        }
    }

    @Test
    void aDamagedCurrentDatabaseIsNoReasonToRefuseARestore() throws Exception {
        Path backup = backUpAShopWithOneSale();
        Files.write(shop().resolve("shoetopia.mv.db"), "not a database any more".getBytes(StandardCharsets.UTF_8));

        Restore.Restored restored = Restore.restore(backup, shop(), Clock.systemUTC());

        assertThat(Files.readString(restored.previousDatabase())).isEqualTo("not a database any more");
        try (Database database = Database.open(DatabaseConfig.embedded(shop()))) {
            assertThat(TableCounts.scalar(database, "select count(*) from orders"))
                    .isOne();
        }
    }

    private boolean halfWritten() throws Exception {
        try (Stream<Path> files = Files.list(backups())) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".partial"));
        }
    }

    private Path backUpAShopWithOneSale() {
        try (Services app = openShop(shop())) {
            Fixtures given = new Fixtures(app);
            Actor owner = given.owner();
            given.purchase(given.customer(), given.listing(owner, "30.00", 5).listingId(), 1);
            return Backups.create(app.database().dataSource(), backups(), Clock.systemUTC());
        }
    }

    private static JdbcDataSource h2At(Path dataFolder) {
        DatabaseConfig config = DatabaseConfig.embedded(dataFolder);
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(config.url());
        database.setUser(config.user());
        database.setPassword(config.password());
        return database;
    }

    private static byte[] databaseInside(Path backup) throws Exception {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return zip.getInputStream(zip.getEntry(Backups.DATABASE_ENTRY)).readAllBytes();
        }
    }
}
