package org.shoetopia.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shoetopia.persistence.Database;

/**
 * A fingerprint of every table (its rows and every value in them): equal before and after means
 * nothing was written. The tables come from the schema, so a new table or column is covered at once.
 */
public final class TableCounts {

    private TableCounts() {}

    /** Per table: its row count in the high bits, a digest of all its rows' values (in any order) below. */
    public static Map<String, Long> of(Database database) {
        Map<String, Long> fingerprints = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            for (String table : TestDatabases.tables(database)) {
                List<String> rows = new ArrayList<>();
                try (var result = statement.executeQuery("select * from " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(result.getString(column)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                fingerprints.put(table, ((long) rows.size() << 40) ^ digest(rows));
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fingerprints;
    }

    private static long digest(List<String> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
            byte[] hash = sha.digest();
            long value = 0;
            for (int i = 0; i < 5; i++) { // 40 bits, below the row count
                value = value << 8 | (hash[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One number from a query, for assertions on what the database holds. */
    public static long scalar(Database database, String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                connection.rollback();
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
