package org.shoetopia.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the database is. Nothing configured means the embedded H2 file in the user's data folder.
 * A terminal is pointed at PostgreSQL by environment variables (SHOETOPIA_DB_URL, SHOETOPIA_DB_USER,
 * SHOETOPIA_DB_PASSWORD) or by {@code shoetopia.properties} in the data folder (db.url, db.user,
 * db.password); the environment wins. TLS is set in the URL (sslmode=verify-full).
 */
public record DatabaseConfig(
        String url, String user, String password, int poolSize, Duration lockTimeout, Duration connectionTimeout) {
    public static final String CONFIG_FILE = "shoetopia.properties";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);
    /** How long a call waits for a connection before "database unavailable". */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private static final int DEFAULT_POOL_SIZE = 8;
    private static final String H2_FILE_URL = "jdbc:h2:file:";

    public DatabaseConfig {
        DatabaseKind.ofUrl(url);
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be positive");
        }
    }

    public DatabaseKind kind() {
        return DatabaseKind.ofUrl(url);
    }

    public DatabaseConfig withPoolSize(int size) {
        return new DatabaseConfig(url, user, password, size, lockTimeout, connectionTimeout);
    }

    public DatabaseConfig withLockTimeout(Duration timeout) {
        return new DatabaseConfig(url, user, password, poolSize, timeout, connectionTimeout);
    }

    public DatabaseConfig withConnectionTimeout(Duration timeout) {
        return new DatabaseConfig(url, user, password, poolSize, lockTimeout, timeout);
    }

    /** The file of an embedded H2 database ({@code ….mv.db}); empty for PostgreSQL or an in-memory H2. */
    public Optional<Path> embeddedFile() {
        if (!url.startsWith(H2_FILE_URL)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(url.substring(H2_FILE_URL.length()).split(";", 2)[0] + ".mv.db"));
    }

    /** The embedded H2 file database kept in {@code folder}. */
    public static DatabaseConfig embedded(Path folder) {
        String file = folder.resolve("shoetopia").toAbsolutePath().toString().replace('\\', '/');
        return new DatabaseConfig(
                H2_FILE_URL + file, "sa", "", DEFAULT_POOL_SIZE, DEFAULT_LOCK_TIMEOUT, DEFAULT_CONNECTION_TIMEOUT);
    }

    public static DatabaseConfig of(String url, String user, String password) {
        return new DatabaseConfig(
                url,
                user,
                password == null ? "" : password,
                DEFAULT_POOL_SIZE,
                DEFAULT_LOCK_TIMEOUT,
                DEFAULT_CONNECTION_TIMEOUT);
    }

    /** Environment first, then the config file in the data folder, else the embedded database there. */
    public static DatabaseConfig load(DataFolder dataFolder, Map<String, String> environment) {
        Properties file = dataFolder.properties(CONFIG_FILE);
        String url = firstOf(environment.get("SHOETOPIA_DB_URL"), file.getProperty("db.url"));
        if (url == null || url.isBlank()) {
            return embedded(dataFolder.path());
        }
        return of(
                url.strip(),
                firstOf(environment.get("SHOETOPIA_DB_USER"), file.getProperty("db.user")),
                firstOf(environment.get("SHOETOPIA_DB_PASSWORD"), file.getProperty("db.password")));
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
