package org.shoetopia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.SchemaRoles;
import org.shoetopia.support.Bytes;
import org.shoetopia.support.TestDatabases;

/** Runs the subcommands in-process, as {@code java -jar shoetopia.jar …} would, and reads what they print. */
class CommandLineTest {
    @TempDir
    Path home;

    private record Run(int exitCode, String out, String err) {}

    private Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShoetopiaCommand.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Map<String, String> embeddedIn(Path folder) {
        return Map.of("SHOETOPIA_HOME", folder.toString());
    }

    @Test
    void helpListsEverySubcommand() {
        Run help = run(embeddedIn(home), "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("migrate", "create-admin", "demo-data", "self-check", "backup", "restore");
    }

    @Test
    void selfCheckRunsTheFlowAndPrintsEveryInvariantItChecked() {
        Run check = run(embeddedIn(home), "self-check");

        assertThat(check.err()).isEmpty();
        assertThat(check.exitCode()).isZero();
        assertThat(check.out())
                .contains(
                        "8 terminals checked out at once",
                        "OK      no listing's stock is negative",
                        "Self-check passed.")
                .doesNotContain("BROKEN");
    }

    @Test
    void migrateCreatesTheEmbeddedDatabaseInTheDataFolderWithNothingConfigured() {
        Run migrate = run(embeddedIn(home), "migrate");

        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.out()).contains("Schema is up to date (H2");
        assertThat(home.resolve("shoetopia.mv.db")).exists();
    }

    @Test
    void migrateOnAPostgresServerNamedByTheEnvironment() {
        DatabaseConfig postgres = TestDatabases.freshPostgresDatabase("cli_migrate");
        Map<String, String> environment = new HashMap<>(embeddedIn(home));
        environment.put("SHOETOPIA_DB_URL", postgres.url());
        environment.put("SHOETOPIA_DB_USER", postgres.user());
        environment.put("SHOETOPIA_DB_PASSWORD", postgres.password());

        Run migrate = run(environment, "migrate");

        assertThat(migrate.exitCode()).isZero();
        assertThat(migrate.out()).contains("Schema is up to date (POSTGRESQL");
        assertThat(home.resolve("shoetopia.mv.db")).doesNotExist();
    }

    @Test
    void onADatabaseWithRolesOnlyTheOwnersLoginMigratesAndMakesAdmins() {
        TestDatabases.WithRoles database = TestDatabases.freshDatabaseWithRoles("cli_roles");
        InputStream original = System.in;
        try {
            Run appMigrates = run(loggedInAs(database.app()), "migrate");
            assertThat(appMigrates.exitCode()).isNotZero();
            assertThat(appMigrates.err())
                    .contains("schema is at version 0 and this Shoetopia needs version")
                    .contains("may not change the schema: run `shoetopia migrate` with the schema owner's login");

            Run ownerMigrates = run(loggedInAs(database.owner()), "migrate");
            assertThat(ownerMigrates.exitCode()).isZero();
            assertThat(ownerMigrates.out()).contains("The role shoetopia_app holds exactly the privileges");
            assertThat(run(loggedInAs(database.app()), "migrate").out()).contains("Schema is up to date");

            System.setIn(new ByteArrayInputStream("an-admin-password\n".getBytes(StandardCharsets.UTF_8)));
            Run appMakesAdmin =
                    run(loggedInAs(database.app()), "create-admin", "--email", "a@example.com", "--name", "A");
            assertThat(appMakesAdmin.exitCode()).isEqualTo(1);
            assertThat(appMakesAdmin.err())
                    .contains("No account was created: the login shoetopia_server may not make admins");

            System.setIn(new ByteArrayInputStream("an-admin-password\n".getBytes(StandardCharsets.UTF_8)));
            Run ownerMakesAdmin =
                    run(loggedInAs(database.owner()), "create-admin", "--email", "a@example.com", "--name", "A");
            assertThat(ownerMakesAdmin.out()).contains("Admin account created for a@example.com");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void theRolesScriptIsPrintedForTheDatabaseAdministratorWithoutConnecting() {
        Run printed = run(embeddedIn(home), "migrate", "--print-roles-script");

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out())
                .isEqualTo(SchemaRoles.script(SchemaRoles.CREATE_ROLES))
                .contains("create role shoetopia_owner nologin;");
        assertThat(home.resolve("shoetopia.mv.db")).doesNotExist();
    }

    private Map<String, String> loggedInAs(DatabaseConfig login) {
        Map<String, String> environment = new HashMap<>(embeddedIn(home));
        environment.put("SHOETOPIA_DB_URL", login.url());
        environment.put("SHOETOPIA_DB_USER", login.user());
        environment.put("SHOETOPIA_DB_PASSWORD", login.password());
        return environment;
    }

    @Test
    void aConfigFileInTheDataFolderPointsAtPostgres() throws Exception {
        DatabaseConfig postgres = TestDatabases.freshPostgresDatabase("cli_config_file");
        Files.writeString(
                home.resolve("shoetopia.properties"),
                "db.url=" + postgres.url() + "\ndb.user=" + postgres.user() + "\ndb.password=\n");

        Run migrate = run(embeddedIn(home), "migrate");

        assertThat(migrate.out()).contains("POSTGRESQL");
    }

    @Test
    void createAdminReadsThePasswordFromStandardInputNeverFromArguments() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("an-admin-password\n".getBytes(StandardCharsets.UTF_8)));
            Run created = run(embeddedIn(home), "create-admin", "--email", "Root@Example.com", "--name", "Root");
            System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            Run tooShort = run(embeddedIn(home), "create-admin", "--email", "b@example.com", "--name", "B");

            assertThat(created.exitCode()).isZero();
            assertThat(created.out()).contains("Admin account created for root@example.com");
            assertThat(tooShort.exitCode()).isEqualTo(1);
            assertThat(tooShort.err()).contains("at least 8 characters");
            assertThat(run(
                                    embeddedIn(home),
                                    "create-admin",
                                    "--email",
                                    "c@example.com",
                                    "--name",
                                    "C",
                                    "--password",
                                    "x")
                            .exitCode())
                    .as("there is no password option")
                    .isEqualTo(2);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aSubcommandsHelpIsItsUsageNotAComplaintAboutMissingOptions() {
        Run help = run(embeddedIn(home), "create-admin", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: shoetopia create-admin").contains("--email", "--name");
        assertThat(help.err()).doesNotContain("Missing required");
    }

    @Test
    void demoDataFillsAStoreOnceAndSaysSoTheSecondTime() {
        Run first = run(embeddedIn(home), "demo-data");
        Run second = run(embeddedIn(home), "demo-data");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Sole Street Shoes", "14 listings", "owner@demo.shoetopia.app  password: ");
        // it says how far it is while it works, apart from the result
        assertThat(first.err()).contains("[1/5] Opening the database", "[5/5] A flash sale");
        assertThat(first.out()).doesNotContain("[1/5]");
        assertThat(second.out()).contains("already there");
    }

    @Test
    void backupThenRestoreOnAnotherComputerGivesTheShopBack() {
        assertThat(run(embeddedIn(home), "demo-data").exitCode()).isZero();
        Path stick = home.resolve("usb-stick");

        Run backup = run(embeddedIn(home), "backup", "--to", stick.toString());

        assertThat(backup.err()).isEmpty();
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).contains("Backed up to " + stick.resolve("shoetopia-backup-"), ".zip.sha256");
        Path zip = Path.of(
                backup.out().substring("Backed up to ".length(), backup.out().indexOf(" (")));
        Path newComputer = home.resolve("new-computer");

        Run restore = run(embeddedIn(newComputer), "restore", zip.toString());

        assertThat(restore.err()).isEmpty();
        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out()).contains("Restored " + zip.getFileName(), "OK      no listing's stock is negative");
        assertThat(restore.out()).doesNotContain("kept as");
        assertThat(run(embeddedIn(newComputer), "demo-data").out()).contains("already there");
    }

    @Test
    void anEncryptedDatabaseOpensSellsBacksUpAndRestoresOnlyWithItsKeyFile(@TempDir Path usbKey) throws Exception {
        assertThat(run(embeddedIn(home), "demo-data").exitCode()).isZero();
        byte[] secret = "Priya Shah".getBytes(StandardCharsets.UTF_8);
        Path database = home.resolve("shoetopia.mv.db");
        byte[] plain = Files.readAllBytes(database);
        assertThat(Bytes.contains(plain, plain.length, secret))
                .as("the check finds a name in the plain file")
                .isTrue();
        Path keyFile = usbKey.resolve("shoetopia.key");
        Run keptBeside = run(
                embeddedIn(home),
                "encrypt",
                "--key-file",
                home.resolve("shoetopia.key").toString());
        assertThat(keptBeside.err()).contains("Keep the key file off the data folder", "Nothing was changed");
        assertThat(Files.readAllBytes(database)).isEqualTo(plain);

        Run encrypt = run(embeddedIn(home), "encrypt", "--key-file", keyFile.toString());

        assertThat(encrypt.err()).isEmpty();
        assertThat(encrypt.out()).contains("Made a new key in " + keyFile, "Encrypted " + database);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(home.resolve(DatabaseConfig.CONFIG_FILE)))
                .contains("db.keyFile=")
                .doesNotContain(Files.readString(keyFile).strip());
        byte[] encrypted = Files.readAllBytes(database);
        assertThat(Bytes.contains(encrypted, encrypted.length, secret)).isFalse();
        Run reopened = run(embeddedIn(home), "demo-data");
        assertThat(reopened.out())
                .as("it opens with the key: " + reopened.err())
                .contains("already there");
        assertThat(run(embeddedIn(home), "encrypt", "--key-file", keyFile.toString())
                        .err())
                .contains("encrypted already");

        Run backup = run(embeddedIn(home), "backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path zip = Path.of(
                backup.out().substring("Backed up to ".length(), backup.out().indexOf(" (")));
        Run restore = run(embeddedIn(home), "restore", zip.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("OK      no listing's stock is negative");

        Path away = usbKey.resolveSibling(usbKey.getFileName() + "-taken-out");
        Files.move(keyFile, away);
        Run withoutKey = run(embeddedIn(home), "demo-data");
        assertThat(withoutKey.exitCode()).isEqualTo(2);
        assertThat(withoutKey.err()).contains("The key file " + keyFile + " cannot be read", "Connect the drive");
        Files.move(away, keyFile);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(run(embeddedIn(home), "demo-data").err()).contains("can be read by other users");
    }

    @Test
    void backupAndRestoreSayClearlyWhatIsWrong() {
        Run nothingThere = run(embeddedIn(home.resolve("empty")), "backup");
        assertThat(nothingThere.exitCode()).isEqualTo(2);
        assertThat(nothingThere.err()).contains("There is no database to back up");
        assertThat(home.resolve("empty").resolve("shoetopia.mv.db")).doesNotExist();

        Run noFile = run(embeddedIn(home), "restore", home.resolve("nope.zip").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("There is no backup file");

        Run onPostgres = run(
                Map.of("SHOETOPIA_HOME", home.toString(), "SHOETOPIA_DB_URL", "jdbc:postgresql://db.invalid/x"),
                "backup");
        assertThat(onPostgres.exitCode()).isEqualTo(2);
        assertThat(onPostgres.err()).contains("pg_dump");
    }
}
