package org.shoetopia.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.shoetopia.files.OwnerOnly;

/**
 * The user's data folder, where the embedded database and settings live: never inside the install
 * folder, so upgrades keep them. SHOETOPIA_HOME overrides it.
 */
public record DataFolder(Path path) {
    public static DataFolder forCurrentUser(Map<String, String> environment) {
        String override = environment.get("SHOETOPIA_HOME");
        if (override != null && !override.isBlank()) {
            return new DataFolder(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return new DataFolder((appData != null ? Path.of(appData) : home).resolve("Shoetopia"));
        }
        if (os.contains("mac")) {
            return new DataFolder(home.resolve("Library/Application Support/Shoetopia"));
        }
        // XDG paths follow $HOME, which Java's user.home (read from the password database) may not.
        String xdg = environment.get("XDG_DATA_HOME");
        String homeVariable = environment.get("HOME");
        Path userHome = homeVariable != null && !homeVariable.isBlank() ? Path.of(homeVariable) : home;
        return new DataFolder(
                (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("shoetopia"));
    }

    /** The settings in {@code fileName} in this folder; none when the file is not there. */
    public Properties properties(String fileName) {
        Path file = path.resolve(fileName);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    /** Deletes {@code folder} and everything in it; nothing if it is not there. */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the folder owner-only; one that exists is made owner-only (with a warning in the log)
     * when it holds Shoetopia's database or settings, and left alone otherwise (a shared folder
     * named by mistake is not Shoetopia's to change).
     */
    public DataFolder create() {
        try {
            OwnerOnly.createFolder(path);
            if (Files.exists(path.resolve("shoetopia.mv.db"))
                    || Files.exists(path.resolve(DatabaseConfig.CONFIG_FILE))) {
                OwnerOnly.restrict(path);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + path, e);
        }
    }
}
