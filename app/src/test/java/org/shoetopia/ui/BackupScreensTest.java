package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.backup.Backups;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.Services;
import org.shoetopia.support.ServiceTest;
import org.testfx.api.FxRobot;

/**
 * The owner of a terminal that keeps its own database sees its backups on the dashboard, backs up
 * now, and chooses the second folder in Settings. The backups are of an embedded file database of
 * the test's own (H2's BACKUP needs a file; the screens' database is in memory).
 */
class BackupScreensTest extends UiTest {
    private Path folder;
    private Services backedUp;

    @Override
    protected Optional<BackupSchedule> backups() {
        try {
            folder = Files.createTempDirectory("shoetopia-backup-screens");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        backedUp = Services.open(
                DatabaseConfig.embedded(folder.resolve("data")), ServiceTest.TEST_HASHER, Clock.systemUTC());
        return Optional.of(new BackupSchedule(
                backedUp.database(),
                folder.resolve("data"),
                () -> Optional.of(folder.resolve("usb-stick")),
                14,
                Clock.systemUTC()));
    }

    @AfterEach
    void closeBackedUp() {
        backedUp.close();
        DataFolder.deleteTree(folder);
    }

    @Test
    void theOwnerSeesTheBackupsAndBacksUpNowAndIsWarnedWhenTheStickIsMissing(FxRobot robot) throws Exception {
        signInAs(given.owner());
        showScreen(Screen.DASHBOARD);
        waitUntil(() -> find(robot, "#backupStatus", Label.class).getText().startsWith("No backup yet"));
        assertThat(find(robot, "#backupStatus", Label.class).getStyleClass()).contains("error-text");

        robot.clickOn("#backUpButton");
        waitUntil(() -> find(robot, "#backupStatus", Label.class).getText().contains("failed"));
        assertThat(find(robot, "#backupStatus", Label.class).getText())
                .startsWith("Last backup ")
                .contains("is the disk or USB stick plugged in?");
        assertThat(find(robot, "#backupStatus", Label.class).getStyleClass()).contains("error-text");

        Files.createDirectories(folder.resolve("usb-stick"));
        robot.clickOn("#backUpButton");
        waitUntil(() -> find(robot, "#backupStatus", Label.class).getText().contains(", also in "));
        assertThat(find(robot, "#backupStatus", Label.class).getStyleClass())
                .contains("muted")
                .doesNotContain("error-text");
        assertThat(Backups.list(folder.resolve("usb-stick"))).hasSize(1);
        assertThat(Backups.list(folder.resolve("data").resolve("backups"))).hasSize(2);
        screenshot(robot, "Dashboard-backups");
    }

    @Test
    void aCashierDoesNotSeeTheBackups(FxRobot robot) {
        var owner = given.owner();
        var cashier = given.customer();
        given.hire(owner, cashier);
        signInAs(cashier);
        showScreen(Screen.DASHBOARD);
        waitUntil(() -> find(robot, "#shopTitle", Label.class).getText().contains("shop #"));
        assertThat(find(robot, "#backupPane", javafx.scene.layout.HBox.class).isVisible())
                .isFalse();
    }

    @Test
    void theOwnerChoosesTheSecondBackupFolderInSettings(FxRobot robot) throws Exception {
        signInAs(given.owner());
        showScreen(Screen.SETTINGS);
        waitUntil(() -> find(robot, "#current", Label.class).getText().contains("This computer only"));
        robot.interact(() -> find(robot, "#backupFolder", TextField.class).setText("/no/such/stick"));
        robot.clickOn("#saveButton");
        waitUntil(() -> find(robot, "#backupFolderError", Label.class).getText().contains("a folder that exists"));

        Path stick = Files.createDirectories(folder.resolve("stick"));
        robot.interact(() -> find(robot, "#backupFolder", TextField.class).setText(stick.toString()));
        robot.clickOn("#saveButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Saved"));
        assertThat(find(robot, "#backupFolderError", Label.class).getText()).isEmpty();
        assertThat(Files.readString(settingsFile()))
                .contains("backup.folder=" + stick.toString().replace(":", "\\:"));
    }
}
