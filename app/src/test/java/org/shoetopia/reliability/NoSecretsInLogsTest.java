package org.shoetopia.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.Payment;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDb;
import org.slf4j.LoggerFactory;

/** A run of sign-ups, failed and good sign-ins, password changes and card checkouts logs no secret. */
class NoSecretsInLogsTest extends ServiceTest {
    private static final String PASSWORD = "Pa55word-Secret";
    private static final String NEW_PASSWORD = "N3w-Pa55word-Secret";

    NoSecretsInLogsTest() {
        super(TestDb.POSTGRESQL);
    }

    @Test
    void noPasswordHashOrCardDigitsEverReachALogLine() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.INFO);
        try {
            Actor customer =
                    app.accounts().signUp("Ada", "ada@example.com", PASSWORD).actor();
            assertThrows(
                    AuthenticationException.class, () -> app.accounts().logIn("ada@example.com", "wrong-" + PASSWORD));
            app.accounts().logIn("ada@example.com", PASSWORD);
            app.accounts().changePassword(customer, PASSWORD, NEW_PASSWORD);
            Actor owner = given.owner();
            var listing = given.listing(owner, "25.00", 3);
            app.carts().add(customer, listing.listingId(), 1);
            app.checkout().checkout(customer, Payment.card("Visa", "4242"), null);
            assertThrows(Exception.class, () -> Payment.card("Visa", "4242424242424242"));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        String hash =
                TableCounts.scalar(database, "select count(*) from accounts") > 0 ? hashOf("ada@example.com") : "";
        String logs = captured.list.stream()
                .map(event -> event.getFormattedMessage() + " "
                        + (event.getThrowableProxy() == null
                                ? ""
                                : event.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));

        assertThat(logs).as("the capture works").contains("Failed sign-in for account");
        assertThat(logs).doesNotContain(PASSWORD, NEW_PASSWORD, "4242424242424242");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(logs).doesNotContain(hash, hash.substring(hash.lastIndexOf('$') + 1));
    }

    /**
     * PostgreSQL's driver puts a refused batch's statement, with its bound values, in the exception
     * unless told not to (logServerErrorDetail=false, set on every connection of the pool).
     */
    @Test
    void aRefusedBatchLogsNoHashNorTheValuesItCarried() throws Exception {
        String hash = ServiceTest.TEST_HASHER.hash(PASSWORD);
        Logger log = (Logger) LoggerFactory.getLogger(NoSecretsInLogsTest.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try (var connection = database.dataSource().getConnection();
                var insert = connection.prepareStatement(
                        "insert into accounts (name, email, password_hash) values (?, ?, ?)")) {
            for (int i = 0; i < 2; i++) {
                insert.setString(1, "Twin " + i);
                insert.setString(2, "twin@example.com");
                insert.setString(3, hash);
                insert.addBatch();
            }
            java.sql.SQLException refused = assertThrows(java.sql.SQLException.class, insert::executeBatch);
            connection.rollback();
            log.error("A batch was refused", refused);
            for (var next = refused.getNextException(); next != null; next = next.getNextException()) {
                log.error("… and", next);
            }
        } finally {
            log.detachAppender(captured);
        }
        String logs = captured.list.stream()
                .map(event -> event.getFormattedMessage() + "\n"
                        + ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(event.getThrowableProxy()))
                .collect(Collectors.joining("\n"));

        assertThat(logs).as("the capture works").contains("A batch was refused", "accounts_email_key");
        assertThat(logs).doesNotContain("$argon2", hash.substring(hash.lastIndexOf('$') + 1), "twin@example.com");
    }

    private String hashOf(String email) {
        try (var connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement("select password_hash from accounts where email = ?")) {
            statement.setString(1, email);
            try (var rows = statement.executeQuery()) {
                rows.next();
                String hash = rows.getString(1);
                connection.rollback();
                return hash;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
