package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * The embedded database's guard on the tables that record what happened (db/h2/V16, V20, V22):
 * their rows are never changed or removed, an order line changes only by refunds that grow, a
 * catalogue shoe never changes, and an approval is only marked used, once. PostgreSQL does the same in PL/pgSQL (db/postgresql/V16). H2 stores this class's
 * name in the database: it must never be renamed or moved.
 */
public final class AppendOnlyTrigger implements Trigger {
    private static final Set<String> REFUND_COLUMNS = Set.of("refunded_quantity", "refunded_cents");

    private String table;
    /** Per column, whether a refund may change it (order_lines only). */
    private boolean[] refundColumn;
    /** The column an approval's use sets once (approvals only), or -1. */
    private int usedAtColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase(Locale.ROOT);
        List<Boolean> refund = new ArrayList<>();
        try (var columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.equals("used_at")) {
                    usedAtColumn = refund.size();
                }
                refund.add(REFUND_COLUMNS.contains(column));
            }
        }
        refundColumn = new boolean[refund.size()];
        for (int i = 0; i < refundColumn.length; i++) {
            refundColumn[i] = refund.get(i);
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        switch (table) {
            case "shoes" -> {
                if (delete || !Arrays.equals(oldRow, newRow)) {
                    throw refused("shoes is append-only: a catalogue shoe is never changed or removed");
                }
            }
            case "order_lines" -> {
                if (delete) {
                    throw refused("order_lines is append-only: a sold line is never removed");
                }
                if (!onlyRefundsGrew(oldRow, newRow)) {
                    throw refused("order_lines changes only by refunds, which only grow");
                }
            }
            case "approvals" -> {
                if (delete || !usedOnce(oldRow, newRow)) {
                    throw refused("an approval is used once, and nothing else of it changes");
                }
            }
            default -> throw refused(table + " is append-only: its rows are never changed or removed");
        }
    }

    /** Only used_at changed, from unset to set. */
    private boolean usedOnce(Object[] oldRow, Object[] newRow) {
        for (int i = 0; i < oldRow.length; i++) {
            if (i != usedAtColumn && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return usedAtColumn >= 0 && oldRow[usedAtColumn] == null && newRow[usedAtColumn] != null;
    }

    private boolean onlyRefundsGrew(Object[] oldRow, Object[] newRow) {
        for (int i = 0; i < oldRow.length; i++) {
            if (refundColumn[i]) {
                if (((Number) newRow[i]).longValue() < ((Number) oldRow[i]).longValue()) {
                    return false;
                }
            } else if (!Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    /** The SQLSTATE PostgreSQL gives a refused privilege, as db/postgresql/V16 raises. */
    private static SQLException refused(String message) {
        return new SQLException(message, "42501");
    }
}
