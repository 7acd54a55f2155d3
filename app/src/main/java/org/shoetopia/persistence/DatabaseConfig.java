package org.shoetopia.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.shoetopia.files.OwnerOnly;

/**
 * Where the database is. Nothing configured means the embedded H2 file in the user's data folder.
 * A terminal is pointed at PostgreSQL by environment variables (SHOETOPIA_DB_URL, SHOETOPIA_DB_USER,
 * SHOETOPIA_DB_PASSWORD) or by {@code shoetopia.properties} in the data folder (db.url, db.user,
 * db.password); the environment wins. TLS is set in the URL (sslmode=verify-full). The embedded file
 * is encrypted (H2's CIPHER=AES) when a key file is named by SHOETOPIA_DB_KEY_FILE or db.keyFile.
 */
public record DatabaseConfig(
        String url, String user, String password, int poolSize, Duration lockTimeout, Duration connectionTimeout) {
    public static final String CONFIG_FILE = "shoetopia.properties";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(3);
    /** How long a call waits for a connection before "database unavailable". */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private static final int DEFAULT_POOL_SIZE = 8;
    private static final String H2_FILE_URL = "jdbc:h2:file:";
    private static final String ENCRYPTED = ";CIPHER=AES";
    /** The shortest key a key file may hold: 128 bits in hexadecimal, or a long passphrase. */
    public static final int MIN_KEY_LENGTH = 32;
    /** The setting naming the key file of an encrypted embedded database (SHOETOPIA_DB_KEY_FILE wins). */
    public static final String KEY_FILE = "db.keyFile";

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
        return embedded(folder, Optional.empty());
    }

    /**
     * The embedded H2 file database kept in {@code folder}, encrypted with {@code fileKey} if given.
     * H2 takes the file's key and the user's password as one, separated by a space; the user has none.
     */
    public static DatabaseConfig embedded(Path folder, Optional<String> fileKey) {
        String file = folder.resolve("shoetopia").toAbsolutePath().toString().replace('\\', '/');
        return new DatabaseConfig(
                H2_FILE_URL + file + (fileKey.isPresent() ? ENCRYPTED : ""),
                "sa",
                fileKey.map(key -> key + " ").orElse(""),
                DEFAULT_POOL_SIZE,
                DEFAULT_LOCK_TIMEOUT,
                DEFAULT_CONNECTION_TIMEOUT);
    }

    /** Whether this is an embedded file kept encrypted. */
    public boolean isEncrypted() {
        return url.startsWith(H2_FILE_URL) && url.contains(ENCRYPTED);
    }

    /**
     * The same embedded database (its encryption and key included) as if it were kept in
     * {@code folder}: for opening a backup's copy in a scratch folder.
     */
    public DatabaseConfig inFolder(Path folder) {
        if (embeddedFile().isEmpty()) {
            throw new IllegalStateException("Only an embedded database is kept in a folder: " + url);
        }
        DatabaseConfig moved =
                embedded(folder, isEncrypted() ? Optional.of(password.stripTrailing()) : Optional.empty());
        return new DatabaseConfig(moved.url, user, password, poolSize, lockTimeout, connectionTimeout);
    }

    /** The key of the embedded database, if {@code settings} or the environment name a key file. */
    public static Optional<String> embeddedKey(Map<String, String> environment, Properties settings) {
        String keyFile = firstOf(environment.get("SHOETOPIA_DB_KEY_FILE"), settings.getProperty(KEY_FILE));
        return keyFile == null || keyFile.isBlank()
                ? Optional.empty()
                : Optional.of(readKeyFile(Path.of(keyFile.strip())));
    }

    /**
     * The key in a key file: its first line, at least {@value #MIN_KEY_LENGTH} characters. A file
     * another user can read is refused: the key is what keeps the shop's data from a stolen disk.
     */
    public static String readKeyFile(Path keyFile) {
        try {
            if (OwnerOnly.isOpenToOthers(keyFile)) {
                throw new IllegalStateException("The key file " + keyFile + " can be read by other users of this"
                        + " computer; make it its owner's only (chmod 600) and start again. (A FAT or exFAT stick"
                        + " has no permissions of its own: mount it with fmask=0077, or use an ext4 or NTFS one.)");
            }
            String key = Files.readAllLines(keyFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            if (key.length() < MIN_KEY_LENGTH || key.contains(" ")) {
                throw new IllegalStateException("The key file " + keyFile + " must hold one key of at least "
                        + MIN_KEY_LENGTH + " characters, without spaces, on its first line");
            }
            return key;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The key file " + keyFile + " cannot be read (" + e.getMessage() + "). Connect the drive that"
                            + " holds it, or correct db.keyFile.",
                    e);
        }
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
            return embedded(dataFolder.path(), embeddedKey(environment, file));
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
