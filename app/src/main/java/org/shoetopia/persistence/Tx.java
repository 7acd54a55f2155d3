package org.shoetopia.persistence;

import org.hibernate.Session;

/** One open transaction: the Hibernate session plus this database's native statements bound to it. */
public final class Tx {
    private final Session session;
    private final TxStatements statements;

    Tx(Session session, NativeStatements statements) {
        this.session = session;
        this.statements = new TxStatements(session, statements);
    }

    public Session session() {
        return session;
    }

    /** The native statements (upserts, locks, sequences) on this transaction's connection. */
    public TxStatements sql() {
        return statements;
    }
}
