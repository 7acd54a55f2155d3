package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/** One open transaction: the Hibernate session plus this database's native statements on its connection. */
public final class Tx {
    private final Session session;
    private final NativeStatements statements;

    Tx(Session session, NativeStatements statements) {
        this.session = session;
        this.statements = statements;
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
}
