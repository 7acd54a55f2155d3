package org.shoetopia.domain;

/**
 * A row of an append-only table that a checkout writes in a plain JDBC batch instead of through
 * Hibernate (persistence.AppendedRows): its insert statement, and its values in the order of the
 * statement's placeholders. Kept beside the entity's fields, so a column added to one is seen
 * missing from the other (AppendedRowsTest compares both with the table).
 */
public interface AppendOnlyRow {
    /** An insert statement with the values of its placeholders, in their order. */
    record Insert(String statement, Object... values) {}

    Insert insert();
}
