package org.shoetopia.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.receipt.ReceiptPrinter;
import org.shoetopia.remote.RemoteApi;

/**
 * This terminal's settings: whether it runs on its own (the embedded database in its data folder) or
 * as a till of a Shoetopia server (the server's address and its certificate's pinned fingerprint),
 * and its name on receipts. Saved owner-only in {@code shoetopia.properties} in the data folder. No
 * database login is ever saved here: in server mode the till holds none. A change applies at the
 * next start.
 */
public final class TerminalSettings {
    private static final List<String> DATABASE_LOGIN = List.of("db.url", "db.user", "db.password");
    private static final String RECEIPT_PRINTER = "receipt.printer";
    static final String SERVER_URL = "server.url";
    static final String SERVER_FINGERPRINT = "server.fingerprint";
    /** "own" or "server": written when someone chose, so a terminal nobody set up can say so. */
    static final String MODE = "terminal.mode";

    static final String BACKUP_FOLDER = "backup.folder";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMIZED = "window.maximized";
    private static final String TOUCH_LAYOUT = "touch.layout";

    private final DataFolder dataFolder;
    private final Map<String, String> environment;

    public TerminalSettings(DataFolder dataFolder, Map<String, String> environment) {
        this.dataFolder = dataFolder;
        this.environment = environment;
    }

    /** A server a till is set up for: its address and the fingerprint it trusts (blank: a CA-signed certificate). */
    public record Server(URI url, String fingerprint) {}

    /** What the settings screen shows. */
    public record Settings(
            Optional<Server> server,
            String terminalName,
            String dataFolder,
            boolean setByEnvironment,
            String backupFolder,
            String receiptPrinter,
            boolean touchLayout) {}

    public Settings current() {
        return new Settings(
                server(),
                read().getProperty("terminal.name", ""),
                dataFolder.path().toString(),
                environment.get("SHOETOPIA_SERVER_URL") != null,
                backupFolder().map(Path::toString).orElse(""),
                receiptPrinter().map(ReceiptPrinter::target).orElse(""),
                touchLayout());
    }

    /** The ESC/POS receipt printer of this till, if one was named; else receipts print through the system's dialog. */
    public Optional<ReceiptPrinter> receiptPrinter() {
        String target = read().getProperty(RECEIPT_PRINTER, "");
        try {
            return target.isBlank() ? Optional.empty() : Optional.of(new ReceiptPrinter(target));
        } catch (ValidationException edited) { // the file was edited by hand: print through the dialog
            return Optional.empty();
        }
    }

    /** Names the receipt printer (host:port or a device); blank for none. */
    public void setReceiptPrinter(String target) {
        Properties file = read();
        if (target == null || target.isBlank()) {
            file.remove(RECEIPT_PRINTER);
        } else {
            file.setProperty(RECEIPT_PRINTER, new ReceiptPrinter(target).target());
        }
        write(file);
    }

    /** Whether someone chose how this terminal runs (here, or by the environment); if not, it asks on sign-in. */
    public boolean isSetUp() {
        return environment.get("SHOETOPIA_SERVER_URL") != null
                || environment.get("SHOETOPIA_DB_URL") != null
                || read().getProperty(MODE) != null;
    }

    /** The server this terminal is a till of, if any; the environment wins over the file. */
    public Optional<Server> server() {
        Properties file = read();
        String url = firstOf(environment.get("SHOETOPIA_SERVER_URL"), file.getProperty(SERVER_URL));
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String fingerprint =
                firstOf(environment.get("SHOETOPIA_SERVER_FINGERPRINT"), file.getProperty(SERVER_FINGERPRINT));
        Server server = new Server(serverUrl(url), fingerprint == null ? "" : fingerprint.strip());
        if (DATABASE_LOGIN.stream().anyMatch(file::containsKey)) {
            // A till keeps no database login: one left in the file (an older version's, or typed
            // in by hand) is removed the first time the terminal starts as a till.
            removeDatabaseLogin(file);
            write(file);
        }
        return Optional.of(server);
    }

    /** The database of a terminal on its own: the embedded file, unless the environment names another. */
    public DatabaseConfig ownDatabase() {
        return DatabaseConfig.load(dataFolder, environment);
    }

    /** Reaches the server and returns the fingerprint of the certificate it presents, for the user to compare. */
    public String checkServer(String url) {
        return RemoteApi.fingerprintOf(serverUrl(url));
    }

    /** Makes this terminal a till of the server, trusting exactly the certificate with {@code fingerprint}. */
    public void useServer(String url, String fingerprint) {
        URI address = serverUrl(url);
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new ValidationException("url", "Check the server first, and compare its fingerprint");
        }
        Properties file = read();
        file.setProperty(SERVER_URL, address.toString());
        file.setProperty(SERVER_FINGERPRINT, fingerprint.strip());
        file.setProperty(MODE, "server");
        removeDatabaseLogin(file);
        write(file);
    }

    /** Back to running on this computer alone, on its embedded database. */
    public void useThisComputer() {
        Properties file = read();
        file.remove(SERVER_URL);
        file.remove(SERVER_FINGERPRINT);
        file.setProperty(MODE, "own");
        removeDatabaseLogin(file);
        write(file);
    }

    public void setTerminalName(String name) {
        Properties file = read();
        file.setProperty("terminal.name", Text.required("terminalName", "Terminal name", name, 40));
        write(file);
    }

    /** The one more folder backups are copied to (a USB stick, a synced folder), if the owner chose one. */
    public Optional<Path> backupFolder() {
        String folder = read().getProperty(BACKUP_FOLDER, "");
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Sets the folder backups are copied to; blank for none. It must be a folder that exists now. */
    public void setBackupFolder(String folder) {
        Properties file = read();
        String typed = folder == null ? "" : folder.strip();
        if (typed.isEmpty()) {
            file.remove(BACKUP_FOLDER);
        } else if (!typed.equals(file.getProperty(BACKUP_FOLDER))) { // saved before: the stick may be out now
            Path path;
            try {
                path = Path.of(typed);
            } catch (InvalidPathException e) {
                throw new ValidationException("backupFolder", "That is not a folder's name: " + e.getReason());
            }
            if (!path.isAbsolute() || !Files.isDirectory(path)) {
                throw new ValidationException(
                        "backupFolder", "Choose a folder that exists, such as a USB stick's or a synced folder");
            }
            if (path.toAbsolutePath()
                    .normalize()
                    .startsWith(dataFolder.path().toAbsolutePath().normalize())) {
                throw new ValidationException(
                        "backupFolder", "Choose a folder outside the data folder, on another disk if you can");
            }
            file.setProperty(BACKUP_FOLDER, path.toString());
        }
        write(file);
    }

    /**
     * Names the file holding the key of this terminal's encrypted database ({@code db.keyFile}); the
     * key itself is never written here, beside the database it protects.
     */
    public void setDatabaseKeyFile(Path keyFile) {
        Properties file = read();
        file.setProperty(DatabaseConfig.KEY_FILE, keyFile.toAbsolutePath().toString());
        write(file);
    }

    /** Forgets the key file again (an encryption that did not complete). */
    public void clearDatabaseKeyFile() {
        Properties file = read();
        file.remove(DatabaseConfig.KEY_FILE);
        write(file);
    }

    /** How many backups to keep in each folder ({@code backup.keep} in the file). */
    public int backupsKept() {
        String kept = read().getProperty("backup.keep", "").strip();
        try {
            return kept.isEmpty() ? BackupSchedule.DEFAULT_KEEP : Math.max(1, Integer.parseInt(kept));
        } catch (NumberFormatException e) {
            return BackupSchedule.DEFAULT_KEEP;
        }
    }

    /** Whether this terminal has a touch screen: bigger targets everywhere, and a number pad on the till. */
    public boolean touchLayout() {
        return Boolean.parseBoolean(read().getProperty(TOUCH_LAYOUT, "false").strip());
    }

    public void setTouchLayout(boolean touch) {
        Properties file = read();
        file.setProperty(TOUCH_LAYOUT, Boolean.toString(touch));
        write(file);
    }

    /** The window's size when it was last closed, and whether it was maximised. */
    public record WindowSize(double width, double height, boolean maximized) {}

    /** The size the window was left at, if it was ever closed here (a hand-edited value is ignored). */
    public Optional<WindowSize> windowSize() {
        Properties file = read();
        try {
            double width = Double.parseDouble(file.getProperty(WINDOW_WIDTH, ""));
            double height = Double.parseDouble(file.getProperty(WINDOW_HEIGHT, ""));
            if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
                return Optional.empty();
            }
            return Optional.of(
                    new WindowSize(width, height, Boolean.parseBoolean(file.getProperty(WINDOW_MAXIMIZED, ""))));
        } catch (NumberFormatException notSaved) {
            return Optional.empty();
        }
    }

    /** Remembers the window's size for the next start, so a till set up once opens the same way. */
    public void rememberWindowSize(WindowSize size) {
        Properties file = read();
        file.setProperty(WINDOW_WIDTH, Long.toString(Math.round(size.width())));
        file.setProperty(WINDOW_HEIGHT, Long.toString(Math.round(size.height())));
        file.setProperty(WINDOW_MAXIMIZED, Boolean.toString(size.maximized()));
        write(file);
    }

    /** A till never keeps a database login (older versions saved one here). */
    private static void removeDatabaseLogin(Properties file) {
        DATABASE_LOGIN.forEach(file::remove);
    }

    static URI serverUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            if ("https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && (uri.getPath() == null
                            || uri.getPath().isEmpty()
                            || uri.getPath().equals("/"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ValidationException("url", "Enter the server's address like https://server.shop.lan:8443");
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    private Path file() {
        return dataFolder.path().resolve(DatabaseConfig.CONFIG_FILE);
    }

    private Properties read() {
        return dataFolder.properties(DatabaseConfig.CONFIG_FILE);
    }

    private void write(Properties properties) {
        try {
            Files.createDirectories(dataFolder.path());
            Path target = file();
            if (Files.exists(target)) {
                OwnerOnly.restrict(target);
            } else {
                OwnerOnly.createFile(target);
            }
            try (Writer writer = Files.newBufferedWriter(target)) {
                properties.store(writer, "Shoetopia terminal settings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings: " + e.getMessage(), e);
        }
    }
}
