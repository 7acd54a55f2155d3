package org.shoetopia.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A data-only dump of the schema's tables in the format {@code pg_dump --data-only} writes and
 * {@code psql} loads: for each table a {@code DELETE} and a {@code COPY … FROM stdin} block, then
 * each sequence's position. The schema
 * itself is not in it: a loader migrates an empty database to the dump's version first, as the
 * database it came from was. (Written here because the PostgreSQL the build fetches has no
 * pg_dump, and a system one older than the server refuses to dump it.)
 */
final class PostgresDataDump {
    private PostgresDataDump() {}

    static void write(DataSource dataSource, String schemaVersion, Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("-- Shoetopia upgrade fixture: the data of a PostgreSQL database at schema version "
                    + schemaVersion + ".\n");
            out.write("-- Load it into an empty database migrated to that version (Flyway target " + schemaVersion
                    + "), e.g. with psql.\n");
            out.write("SET session_replication_role = replica;\n\n");
            PGConnection postgres = connection.unwrap(PGConnection.class);
            for (String table : tables(connection)) {
                String columns = String.join(", ", columns(connection, table));
                // the migrations seed reference rows (promotion tiers): the dump's own replace them
                out.write("DELETE FROM public." + table + ";\n");
                out.write("COPY public." + table + " (" + columns + ") FROM stdin;\n");
                StringWriter rows = new StringWriter();
                postgres.getCopyAPI()
                        .copyOut("COPY (SELECT " + columns + " FROM public." + table + " ORDER BY 1) TO STDOUT", rows);
                out.write(rows.toString());
                out.write("\\.\n\n");
            }
            try (PreparedStatement sequences = connection.prepareStatement("select sequencename, last_value"
                            + " from pg_sequences where schemaname = 'public' and last_value is not null"
                            + " order by sequencename");
                    ResultSet rows = sequences.executeQuery()) {
                while (rows.next()) {
                    out.write("SELECT pg_catalog.setval('public." + rows.getString(1) + "', " + rows.getLong(2)
                            + ", true);\n");
                }
            }
            out.write("\nSET session_replication_role = origin;\n");
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_name from"
                        + " information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
                        + " and table_name <> 'flyway_schema_history' order by table_name");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The columns a COPY can fill: generated columns are computed again on load. */
    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name from"
                + " information_schema.columns where table_schema = 'public' and table_name = ?"
                + " and is_generated = 'NEVER' order by ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
