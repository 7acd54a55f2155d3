package org.shoetopia.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;

/**
 * How a server runs: where it listens, its database login, its TLS key, how long sessions live.
 * From {@code server.properties} in the server's data folder, each setting overridden by the
 * environment ({@code SHOETOPIA_SERVER_HOST}, {@code SHOETOPIA_SERVER_PORT}, {@code SHOETOPIA_DB_URL},
 * {@code SHOETOPIA_DB_USER}, {@code SHOETOPIA_DB_PASSWORD}, {@code SHOETOPIA_TLS_CERTIFICATE},
 * {@code SHOETOPIA_TLS_KEY}, {@code SHOETOPIA_TLS_KEYSTORE}, {@code SHOETOPIA_TLS_KEYSTORE_PASSWORD}).
 * Without a database URL the server keeps an H2 file in its data folder; with neither PEM files nor
 * a key store it makes a self-signed key store there on first start.
 */
public record ServerConfig(
        String host,
        int port,
        DatabaseConfig database,
        Path certificatePem,
        Path keyPem,
        Path keyStore,
        String keyStorePassword,
        Duration sessionIdle,
        Duration sessionLifetime,
        Path dataFolder) {
    public static final String FILE = "server.properties";
    public static final int DEFAULT_PORT = 8443;
    private static final String POSTGRES_URL = "jdbc:postgresql:";
    private static final java.util.regex.Pattern LOOPBACK_V4 =
            java.util.regex.Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public static ServerConfig load(DataFolder folder, Map<String, String> environment) {
        Properties file = folder.properties(FILE);
        String url = setting(environment, file, "SHOETOPIA_DB_URL", "db.url", "");
        if (!url.isBlank()
                && !Boolean.parseBoolean(setting(
                        environment, file, "SHOETOPIA_DB_PLAINTEXT_ALLOWED", "db.plaintext.allowed", "false"))) {
            refusePlaintextToAnotherMachine(url);
        }
        DatabaseConfig database = url.isBlank()
                ? DatabaseConfig.embedded(folder.path(), DatabaseConfig.embeddedKey(environment, file))
                : DatabaseConfig.of(
                        url,
                        setting(environment, file, "SHOETOPIA_DB_USER", "db.user", ""),
                        setting(environment, file, "SHOETOPIA_DB_PASSWORD", "db.password", ""));
        // A server answers many tills at once: twice the pool a lone terminal keeps, unless set.
        database = database.withPoolSize(
                poolSize(setting(environment, file, "SHOETOPIA_DB_POOL_SIZE", "db.pool.size", "16")));
        String keyStore = setting(environment, file, "SHOETOPIA_TLS_KEYSTORE", "tls.keystore", "server-tls.p12");
        String certificate = setting(environment, file, "SHOETOPIA_TLS_CERTIFICATE", "tls.certificate", "");
        String key = setting(environment, file, "SHOETOPIA_TLS_KEY", "tls.key", "");
        return new ServerConfig(
                setting(environment, file, "SHOETOPIA_SERVER_HOST", "server.host", "0.0.0.0"),
                port(setting(environment, file, "SHOETOPIA_SERVER_PORT", "server.port", "" + DEFAULT_PORT)),
                database,
                certificate.isEmpty() ? null : folder.path().resolve(certificate),
                key.isEmpty() ? null : folder.path().resolve(key),
                folder.path().resolve(keyStore),
                setting(environment, file, "SHOETOPIA_TLS_KEYSTORE_PASSWORD", "tls.keystore.password", ""),
                Duration.ofMinutes(minutes(setting(environment, file, "", "session.idle.minutes", "240"))),
                Duration.ofMinutes(minutes(setting(environment, file, "", "session.lifetime.minutes", "960"))),
                folder.path());
    }

    /**
     * The database login and every sale cross the network to PostgreSQL: to another machine, only
     * over TLS that checks the server's certificate (sslmode verify-ca or verify-full, which is
     * what ssl=true alone means), unless db.plaintext.allowed says the network is trusted.
     */
    static void refusePlaintextToAnotherMachine(String url) {
        String rest = url.startsWith(POSTGRES_URL) ? url.substring(POSTGRES_URL.length()) : null;
        if (rest == null || !rest.startsWith("//")) {
            return; // H2, or jdbc:postgresql:db on this machine
        }
        int query = rest.indexOf('?');
        String authority = rest.substring(2, query < 0 ? rest.length() : query).split("/", 2)[0];
        boolean remote = false;
        for (String host : authority.split(",")) {
            String name = host.startsWith("[") ? host.substring(1, host.indexOf(']')) : host.split(":", 2)[0];
            remote |= !(name.isEmpty()
                    || name.equalsIgnoreCase("localhost")
                    || LOOPBACK_V4.matcher(name).matches()
                    || name.equals("::1"));
        }
        Map<String, String> parameters = new java.util.HashMap<>();
        if (query >= 0) {
            for (String parameter : rest.substring(query + 1).split("&")) {
                String[] pair = parameter.split("=", 2);
                parameters.put(
                        pair[0].toLowerCase(Locale.ROOT), pair.length > 1 ? pair[1].toLowerCase(Locale.ROOT) : "");
            }
        }
        // as pgjdbc reads them: sslmode wins over ssl; ssl=true alone is verify-full
        String sslmode = parameters.getOrDefault(
                "sslmode",
                "true".equals(parameters.get("ssl")) || "".equals(parameters.get("ssl")) ? "verify-full" : "prefer");
        boolean verified = (sslmode.equals("verify-full") || sslmode.equals("verify-ca"))
                && !parameters.getOrDefault("sslfactory", "").contains("nonvalidating");
        if (remote && !verified) {
            throw new ValidationException(
                    "db.url",
                    "The database at " + authority + " would be reached without TLS that checks its certificate, the"
                            + " login and every sale open to the network: add sslmode=verify-full to db.url (its CA in"
                            + " sslrootcert=…), or set db.plaintext.allowed=true if the network is the shop's own.");
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ValidationException("server.port", "The server port must be a number from 0 to 65535, not " + text);
    }

    private static int poolSize(String text) {
        try {
            int size = Integer.parseInt(text.strip());
            if (size >= 1 && size <= 500) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ValidationException(
                "db.pool.size", "The database pool size must be a number from 1 to 500, not " + text);
    }

    private static long minutes(String text) {
        try {
            long minutes = Long.parseLong(text.strip());
            if (minutes > 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ValidationException("session", "Session times are whole minutes above 0, not " + text);
    }

    private static String setting(
            Map<String, String> environment, Properties file, String variable, String key, String otherwise) {
        String fromEnvironment = variable.isEmpty() ? null : environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return file.getProperty(key, otherwise).strip();
    }

    /** Never print a password. */
    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + ", " + database + ", tls="
                + (certificatePem != null ? certificatePem : keyStore) + "]";
    }
}
