package org.shoetopia.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/** Writes generated rows fast: PostgreSQL's COPY, or batched inserts where COPY does not exist (H2). */
interface BulkSink {

    void write(String table, List<String> columns, List<Object[]> rows) throws SQLException;

    static BulkSink of(Connection connection) throws SQLException {
        boolean postgres = connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        return postgres ? new Copy(connection) : new Batches(connection);
    }

    /** COPY … FROM STDIN in text format: one round trip per table. */
    final class Copy implements BulkSink {
        private final Connection connection;

        Copy(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void write(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            StringBuilder text = new StringBuilder(rows.size() * 64);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    appendValue(text, row[i]);
                }
                text.append('\n');
            }
            try {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy " + table + " (" + String.join(", ", columns) + ") from stdin",
                                new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        }

        private static void appendValue(StringBuilder text, Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Instant instant) {
                text.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Boolean bool) {
                text.append(bool ? 't' : 'f');
            } else {
                String plain = value.toString();
                for (int i = 0; i < plain.length(); i++) {
                    char c = plain.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            }
        }
    }

    /** Prepared inserts sent in batches of a thousand. */
    final class Batches implements BulkSink {
        private static final int BATCH = 1_000;
        private final Connection connection;

        Batches(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void write(String table, List<String> columns, List<Object[]> rows) throws SQLException {
            String placeholders =
                    String.join(", ", columns.stream().map(c -> "?").toList());
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")")) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        Object value = row[i] instanceof Instant instant
                                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                                : row[i];
                        insert.setObject(i + 1, value);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}
