package org.shoetopia.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.persistence.DatabaseKind;

/**
 * This terminal's settings: which database it uses (the embedded file, or a PostgreSQL server) and its
 * name on receipts. Saved in {@code shoetopia.properties} in the data folder, readable by its owner only
 * because it may hold the database password. A change of database applies at the next start.
 */
public final class TerminalSettingsService {
    private final DataFolder dataFolder;
    private final Map<String, String> environment;

    public TerminalSettingsService(DataFolder dataFolder, Map<String, String> environment) {
        this.dataFolder = dataFolder;
        this.environment = environment;
    }

    /** What the settings screen shows; the password is never read back into a screen. */
    public record Settings(
            boolean embedded,
            String url,
            String user,
            boolean passwordSaved,
            String terminalName,
            String dataFolder,
            boolean setByEnvironment) {}

    public Settings current() {
        Properties file = read();
        DatabaseConfig config = DatabaseConfig.load(dataFolder, environment);
        return new Settings(
                config.kind() == DatabaseKind.H2,
                config.url(),
                config.user(),
                !file.getProperty("db.password", "").isEmpty(),
                file.getProperty("terminal.name", ""),
                dataFolder.path().toString(),
                environment.get("SHOETOPIA_DB_URL") != null);
    }

    /** Checks that a PostgreSQL server answers with these credentials, without saving anything. */
    public String testConnection(String url, String user, String password) {
        String checkedUrl = postgresUrl(url);
        try (Connection connection = DriverManager.getConnection(checkedUrl, user, password)) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new UnavailableException("Cannot connect: " + e.getMessage(), e);
        }
    }

    /** Points this terminal at a PostgreSQL server from the next start. A blank password keeps the saved one. */
    public void usePostgres(String url, String user, String password) {
        Properties file = read();
        file.setProperty("db.url", postgresUrl(url));
        file.setProperty("db.user", Text.required("user", "User", user, 100));
        if (password != null && !password.isEmpty()) {
            file.setProperty("db.password", password);
        }
        write(file);
    }

    /** Back to the embedded database file from the next start. */
    public void useEmbedded() {
        Properties file = read();
        file.remove("db.url");
        file.remove("db.user");
        file.remove("db.password");
        write(file);
    }

    public void setTerminalName(String name) {
        Properties file = read();
        file.setProperty("terminal.name", Text.required("terminalName", "Terminal name", name, 40));
        write(file);
    }

    private static String postgresUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (!trimmed.startsWith("jdbc:postgresql://")) {
            throw new ValidationException("url", "Enter a URL like jdbc:postgresql://server:5432/shoetopia");
        }
        return trimmed;
    }

    private Path file() {
        return dataFolder.path().resolve(DatabaseConfig.CONFIG_FILE);
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file())) {
            try (var reader = Files.newBufferedReader(file())) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private void write(Properties properties) {
        try {
            Files.createDirectories(dataFolder.path());
            Path target = file();
            if (!Files.exists(target)) {
                Files.createFile(target);
            }
            restrictToOwner(target);
            try (Writer writer = Files.newBufferedWriter(target)) {
                properties.store(writer, "Shoetopia terminal settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings: " + e.getMessage(), e);
        }
    }

    private static void restrictToOwner(Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file is in the user's own profile folder, which other users cannot read
        }
    }
}
