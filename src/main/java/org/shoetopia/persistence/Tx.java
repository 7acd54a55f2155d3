package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.Session;

/** One open transaction: the Hibernate session plus this database's native statements on its connection. */
public final class Tx {
    private final Session session;
    private final NativeStatements statements;
    private final Duration lockTimeout;

    Tx(Session session, NativeStatements statements, Duration lockTimeout) {
        this.session = session;
        this.statements = statements;
        this.lockTimeout = lockTimeout;
    }

    /** A native statement call on the transaction's connection. */
    @FunctionalInterface
    public interface NativeCall<T> {
        T run(NativeStatements statements, Connection connection) throws SQLException;
    }

    public Session session() {
        return session;
    }

    public <T> T call(NativeCall<T> call) {
        session.flush();
        return session.doReturningWork(connection -> call.run(statements, connection));
    }

    /**
     * Call first in a transaction that takes contended row locks: a lock not granted within the
     * configured timeout fails the transaction with a "terminal busy" error instead of hanging.
     */
    public void boundLockWaits() {
        session.doWork(connection -> statements.limitLockWait(connection, lockTimeout));
    }
}
