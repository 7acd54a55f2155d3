package org.shoetopia.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.DataFolder;

class TerminalSettingsTest {

    @Test
    void aTillOfAServerKeepsNoDatabaseLoginEvenOneAnOlderVersionSaved(@TempDir Path folder) throws Exception {
        Files.writeString(
                folder.resolve("shoetopia.properties"),
                "db.url=jdbc:postgresql://db/shoetopia\ndb.user=shoetopia\ndb.password=hunter2\nterminal.name=Till 2\n");
        TerminalSettings settings = new TerminalSettings(new DataFolder(folder), Map.of());

        settings.useServer("https://server.shop.lan:8443", "AB:CD");

        String saved = Files.readString(folder.resolve("shoetopia.properties"));
        assertThat(saved).doesNotContain("db.", "hunter2", "jdbc:").contains("terminal.name=Till 2");
        assertThat(settings.server())
                .contains(new TerminalSettings.Server(URI.create("https://server.shop.lan:8443"), "AB:CD"));
    }

    @Test
    void onlyAnHttpsAddressOfAServerIsTakenAndOnlyWithAFingerprintSeen(@TempDir Path folder) {
        TerminalSettings settings = new TerminalSettings(new DataFolder(folder), Map.of());
        for (String bad : new String[] {"", "server:8443", "http://server:8443", "https://", "https://s/api"}) {
            assertThatThrownBy(() -> settings.useServer(bad, "AB:CD"))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("url"));
        }
        assertThatThrownBy(() -> settings.useServer("https://server:8443", " "))
                .hasMessageContaining("Check the server first");
        assertThat(Files.exists(folder.resolve("shoetopia.properties")))
                .as("nothing written")
                .isFalse();
    }

    @Test
    void theEnvironmentNamesTheServerOverTheFile(@TempDir Path folder) {
        TerminalSettings settings = new TerminalSettings(
                new DataFolder(folder),
                Map.of("SHOETOPIA_SERVER_URL", "https://central:9443", "SHOETOPIA_SERVER_FINGERPRINT", "12:34"));
        assertThat(settings.server())
                .contains(new TerminalSettings.Server(URI.create("https://central:9443"), "12:34"));
        assertThat(settings.current().setByEnvironment()).isTrue();
    }

    @Test
    void theSecondBackupFolderMustBeAnExistingFolderOutsideTheDataFolder(@TempDir Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path stick = Files.createDirectories(folder.resolve("usb-stick"));
        TerminalSettings settings = new TerminalSettings(new DataFolder(data), Map.of());
        for (String bad : new String[] {
            "relative/folder",
            folder.resolve("missing").toString(),
            data.resolve("backups").toString(),
            "\0"
        }) {
            assertThatThrownBy(() -> settings.setBackupFolder(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("backupFolder"));
        }
        Files.createDirectories(data.resolve("backups"));
        assertThatThrownBy(
                        () -> settings.setBackupFolder(data.resolve("backups").toString()))
                .hasMessageContaining("outside the data folder");
        assertThat(settings.backupFolder()).isEmpty();

        settings.setBackupFolder(" " + stick + " ");
        assertThat(settings.backupFolder()).contains(stick);
        assertThat(settings.current().backupFolder()).isEqualTo(stick.toString());
        assertThat(settings.backupsKept()).isEqualTo(14);
        Files.delete(stick);
        settings.setBackupFolder(stick.toString());
        assertThat(settings.backupFolder())
                .as("saved again while the stick is out")
                .contains(stick);

        settings.setBackupFolder("");
        assertThat(settings.backupFolder()).isEmpty();
    }
}
