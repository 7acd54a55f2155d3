package org.shoetopia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.Database;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;

/**
 * Base of the service tests. Each concrete class is a {@code @ParameterizedClass} over {@link TestDb},
 * so every test runs on H2 and on the embedded PostgreSQL, on an emptied database.
 */
public abstract class ServiceTest {
    /** Real Argon2id with the smallest cost, so hundreds of sign-ups stay fast. */
    public static final PasswordHasher TEST_HASHER = new PasswordHasher(64, 1);

    protected final TestDb db;
    protected Database database;
    protected Services app;
    protected Fixtures given;

    protected ServiceTest(TestDb db) {
        this.db = db;
    }

    @BeforeEach
    void openEmptyDatabase() {
        database = TestDatabases.get(db);
        TestDatabases.clean(database);
        app = Services.over(database, TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
    }

    /**
     * Asserts the call is refused with {@code type} and a message containing {@code messagePart},
     * and that no table gained, lost or changed a row count (the audit trail included).
     */
    protected <T extends ShoetopiaException> T assertRejectedWritingNothing(
            Class<T> type, String messagePart, Executable call) {
        Map<String, Long> before = TableCounts.of(database);
        T error = assertThrows(type, call);
        assertThat(error.getMessage()).containsIgnoringCase(messagePart);
        assertThat(TableCounts.of(database)).isEqualTo(before);
        return error;
    }
}
