package org.shoetopia.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import org.shoetopia.domain.AppendOnlyRow;
import org.shoetopia.domain.Coded;

/**
 * Rows of append-only tables written as plain JDBC batches, one per insert statement, in the order
 * the statements were first added (parents before the rows that refer to them). A checkout appends
 * a dozen such rows, and Hibernate's insert of each (decomposing the entity, binding each value
 * through its batch machinery) was a third of the checkout's Java CPU in the profile (issue 20).
 * The entity objects are still made, for the receipt to be built from, and take their ids from the
 * same id blocks as {@code persist} would; they never enter the session, which is right for rows
 * that are never changed.
 */
public final class AppendedRows {
    private final SessionImplementor session;
    private final Map<String, List<Object[]>> rowsByInsert = new LinkedHashMap<>();

    public AppendedRows(Tx tx) {
        this.session = tx.session().unwrap(SessionImplementor.class);
    }

    /** Gives a new entity its id from its table's reserved block, as persisting it would. */
    public <T> T withId(T entity) {
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity.getClass());
        if (!(persister.getGenerator() instanceof BeforeExecutionGenerator ids)) {
            throw new IllegalArgumentException(entity.getClass().getSimpleName() + " takes its id from its insert");
        }
        persister.setIdentifier(entity, ids.generate(session, entity, null, EventType.INSERT), session);
        return entity;
    }

    /**
     * A row to write, its id given already (see {@link #withId}). Its values are numbers, text,
     * booleans, instants (written as UTC) and coded enums (written as their codes), or null.
     */
    public void add(AppendOnlyRow row) {
        AppendOnlyRow.Insert insert = row.insert();
        rowsByInsert
                .computeIfAbsent(insert.statement(), sql -> new ArrayList<>())
                .add(insert.values());
    }

    /** Writes every row added, on the transaction's connection; nothing is written twice. */
    public void write() {
        if (rowsByInsert.isEmpty()) {
            return;
        }
        session.flush(); // what the session holds may be what these rows refer to
        session.doWork(connection -> {
            for (Map.Entry<String, List<Object[]>> insert : rowsByInsert.entrySet()) {
                try (PreparedStatement statement = connection.prepareStatement(insert.getKey())) {
                    for (Object[] row : insert.getValue()) {
                        for (int i = 0; i < row.length; i++) {
                            bind(statement, i + 1, row[i]);
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }
        });
        rowsByInsert.clear();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Coded coded) {
            statement.setString(index, coded.code());
        } else if (value == null
                || value instanceof Long
                || value instanceof Integer
                || value instanceof String
                || value instanceof Boolean) {
            statement.setObject(index, value);
        } else {
            throw new IllegalArgumentException(
                    "No column takes a " + value.getClass().getSimpleName());
        }
    }
}
