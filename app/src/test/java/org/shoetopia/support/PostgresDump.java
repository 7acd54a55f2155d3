package org.shoetopia.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Loads a data-only dump as {@code pg_dump --data-only} writes it (and the bench's {@code fixture}
 * command): statements one per line, {@code COPY … FROM stdin} blocks ended by {@code \.}, all in
 * one transaction.
 */
public final class PostgresDump {
    private PostgresDump() {}

    public static void load(DataSource database, Path dump) throws IOException, SQLException {
        try (Connection connection = database.getConnection();
                BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            PGConnection postgres = connection.unwrap(PGConnection.class);
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                    StringBuilder rows = new StringBuilder();
                    for (String row; !"\\.".equals(row = lines.readLine()); ) {
                        if (row == null) {
                            throw new IOException(dump + " ends inside " + line);
                        }
                        rows.append(row).append('\n');
                    }
                    postgres.getCopyAPI()
                            .copyIn(line.substring(0, line.length() - 1), new StringReader(rows.toString()));
                } else {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(line);
                    }
                }
            }
            connection.commit();
        }
    }
}
