package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * The lock-wait limit is a session setting made when the pool opens a connection. On PostgreSQL a
 * SET inside a transaction that is later rolled back is undone, so the pool must commit it first.
 */
class LockWaitLimitTest {

    @Test
    void theLimitSurvivesARolledBackFirstTransactionOnTheConnection() throws Exception {
        try (Database database = Database.open(
                TestDatabases.config(TestDb.POSTGRESQL).withPoolSize(1).withLockTimeout(Duration.ofMillis(1234)))) {
            assertThrows(
                    IllegalStateException.class,
                    () -> database.inTransaction(tx -> {
                        throw new IllegalStateException("rolled back on purpose");
                    }));
            try (Connection connection = database.dataSource().getConnection();
                    var rows = connection.createStatement().executeQuery("show lock_timeout")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("1234ms");
                connection.rollback();
            }
        }
    }
}
