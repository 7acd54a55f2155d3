package org.shoetopia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.terminal.TerminalSettings;
import org.slf4j.LoggerFactory;

/** The data folder, the embedded database and the settings are owner-only whatever the umask left. */
class OwnerOnlyFilesTest {
    @TempDir
    Path folder;

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataFolderItsDatabaseAndItsSettingsAreOwnerOnly() throws Exception {
        Path data = folder.resolve("new").resolve("shoetopia");
        DataFolder created = new DataFolder(data).create();
        try (Database database = Database.open(DatabaseConfig.embedded(created.path()))) {
            new TerminalSettings(created, Map.of()).setTerminalName("Till 1");
        }
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("shoetopia.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("shoetopia.properties"))).isEqualTo("rw-------");
    }

    @Test
    void aDataFolderFoundOpenToOthersIsMadeOwnerOnlyWithAWarning() throws Exception {
        Path data = Files.createDirectories(folder.resolve("shoetopia"));
        try (Database database = Database.open(DatabaseConfig.embedded(data))) {
            // made by an older version, or copied in
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("shoetopia.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Logger log = (Logger) LoggerFactory.getLogger(OwnerOnly.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        try {
            DataFolder found = new DataFolder(data).create();
            Database.open(DatabaseConfig.embedded(found.path())).close();
        } finally {
            log.detachAppender(captured);
        }

        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("shoetopia.mv.db"))).isEqualTo("rw-------");
        assertThat(captured.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("shoetopia.mv.db was open to other users (rw-r--r--)"))
                .anySatisfy(line -> assertThat(line).contains("was open to other users (rwxr-xr-x)"));
    }

    @Test
    void aSharedFolderNamedByMistakeIsNotChanged() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        new DataFolder(shared).create();

        assertThat(permissions(shared)).isEqualTo("rwxrwxrwx");
    }
}
