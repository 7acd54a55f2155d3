package org.shoetopia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.persistence.Database;
import org.shoetopia.remote.ThroughServer;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;

/**
 * Base of the service tests. Each concrete class is a {@code @ParameterizedClass} over {@link Backend}
 * (or {@link TestDb} where only the in-process services make sense), so every test runs on H2, on the
 * embedded PostgreSQL and through a real server, on an emptied database.
 */
public abstract class ServiceTest {
    /** Real Argon2id with the smallest cost, so hundreds of sign-ups stay fast. */
    public static final PasswordHasher TEST_HASHER = new PasswordHasher(64, 1);

    /** The services through the schema owner's login (see {@link #operator}), on the test database {@code kind}. */
    public static Services operatorServices(TestDb kind) {
        return Services.over(TestDatabases.owner(kind), TEST_HASHER, Clock.systemUTC());
    }

    protected final Backend backend;
    protected final TestDb db;
    protected Database database;
    /** The in-process services on the test's database: for fixtures and what only an operator may do. */
    protected Services local;
    /**
     * The services through the schema owner's login, for what only an operator does at the command
     * line (making an admin); on H2 the same database as {@link #local}.
     */
    protected Services operator;
    /** The API under test: {@link #local}'s, or the same calls through a server. */
    protected ShoetopiaApi app;

    protected Fixtures given;
    private ThroughServer server;
    private final List<ThroughServer> otherServers = new ArrayList<>();

    protected ServiceTest(TestDb db) {
        this(Backend.of(db));
    }

    protected ServiceTest(Backend backend) {
        this.backend = backend;
        this.db = backend.database();
    }

    @BeforeEach
    void openEmptyDatabase() throws Exception {
        database = TestDatabases.get(db);
        TestDatabases.clean(database);
        local = Services.over(database, TEST_HASHER, Clock.systemUTC());
        operator = operatorServices(db);
        given = new Fixtures(local);
        if (backend == Backend.SERVER) {
            server = ThroughServer.start(database);
            app = server.api();
        } else {
            app = local.api();
        }
    }

    /** Through a server, also checks that no response of the test carried a password hash. */
    @AfterEach
    void stopServers() {
        try {
            if (server != null) {
                server.assertNoResponseCarriedAPasswordHash();
            }
            otherServers.forEach(ThroughServer::assertNoResponseCarriedAPasswordHash);
        } finally {
            if (server != null) {
                server.close();
            }
            otherServers.forEach(ThroughServer::close);
        }
    }

    /**
     * Another terminal on the same data: in-process, services with a pool of their own; through a
     * server, a till of a second server on the same database (as behind a load balancer).
     */
    protected ShoetopiaApi otherTerminal() throws Exception {
        Database other = TestDatabases.otherTerminal(db);
        if (backend == Backend.SERVER) {
            ThroughServer second = ThroughServer.start(other);
            otherServers.add(second);
            return second.api();
        }
        return Services.over(other, TEST_HASHER, Clock.systemUTC()).api();
    }

    /** A reprint is the receipt given at checkout, marked as a copy. */
    protected static void assertReprintOf(org.shoetopia.api.Receipt original, org.shoetopia.api.Receipt reprint) {
        assertThat(reprint.copy()).as("marked as a copy").isTrue();
        assertThat(reprint).usingRecursiveComparison().ignoringFields("copy").isEqualTo(original);
    }

    /**
     * Asserts the call is refused with {@code type} and a message containing {@code messagePart},
     * and that no table gained, lost or changed a row count (the audit trail included).
     */
    protected <T extends ShoetopiaException> T assertRejectedWritingNothing(
            Class<T> type, String messagePart, Executable call) {
        Map<String, Long> before = businessTables();
        T error = assertThrows(type, call);
        assertThat(error.getMessage()).containsIgnoringCase(messagePart);
        assertThat(businessTables()).isEqualTo(before);
        return error;
    }

    /**
     * Every table's fingerprint; through a server, without its sessions, which a till's first call
     * as someone opens and any call may touch ("last used"): the shop's data is what must not change.
     */
    protected Map<String, Long> businessTables() {
        Map<String, Long> tables = TableCounts.of(database);
        if (backend == Backend.SERVER) {
            tables.remove("api_sessions");
        }
        return tables;
    }
}
