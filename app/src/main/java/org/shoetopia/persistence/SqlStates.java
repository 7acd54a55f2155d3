package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.Set;

/** SQLSTATE and vendor codes of the failures Shoetopia treats specially, for both databases. */
final class SqlStates {
    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String CHECK_VIOLATION = "23514";
    /** The class of connection exceptions (08000 and its subclasses). */
    static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL lock_not_available (lock_timeout, NOWAIT). */
    static final String PG_LOCK_NOT_AVAILABLE = "55P03";

    static final String PG_DEADLOCK = "40P01";
    static final String SERIALIZATION_FAILURE = "40001";
    /** PostgreSQL admin_shutdown / crash_shutdown / cannot_connect_now: the server went away. */
    static final Set<String> PG_SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    static final int H2_LOCK_TIMEOUT = 50200;
    static final int H2_CONCURRENT_UPDATE = 90131;
    static final int H2_DUPLICATE_KEY = 23505;

    private SqlStates() {}

    interface SqlAction<T> {
        T run() throws SQLException;
    }

    /** Runs {@code action} inside a savepoint; a unique violation rolls back to it and yields empty. */
    static <T> Optional<T> ignoringUniqueViolation(Connection connection, SqlAction<T> action) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = action.run();
            connection.releaseSavepoint(savepoint);
            return Optional.ofNullable(result);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                connection.rollback(savepoint);
                return Optional.empty();
            }
            throw e;
        }
    }

    static boolean isLockTimeout(SQLException e) {
        return PG_LOCK_NOT_AVAILABLE.equals(e.getSQLState())
                || (e.getErrorCode() == H2_LOCK_TIMEOUT
                        && e.getClass().getName().startsWith("org.h2"));
    }

    static boolean isDeadlockOrSerialization(SQLException e) {
        return PG_DEADLOCK.equals(e.getSQLState()) || SERIALIZATION_FAILURE.equals(e.getSQLState());
    }

    /** HikariCP closes a connection whose server session died and answers later calls with this, without a state. */
    static boolean isClosedByPool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || PG_SERVER_GONE.contains(state));
    }
}
