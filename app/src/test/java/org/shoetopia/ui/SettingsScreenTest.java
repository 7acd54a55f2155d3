package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.testfx.api.FxRobot;

class SettingsScreenTest extends UiTest {

    @Test
    void aTerminalIsPointedAtPostgresAfterATestedConnectionAndTheFileIsPrivate(FxRobot robot) throws Exception {
        DatabaseConfig postgres = TestDatabases.config(TestDb.POSTGRESQL);
        signInAs(given.customer());
        showScreen(Screen.SETTINGS);
        waitUntil(() -> find(robot, "#current", Label.class).getText().contains("Embedded"));

        robot.clickOn("#usePostgres");
        robot.interact(
                () -> find(robot, "#url", javafx.scene.control.TextField.class).setText("mysql://nope"));
        robot.clickOn("#testButton");
        waitUntil(() -> !find(robot, "#urlError", Label.class).getText().isEmpty());
        robot.interact(
                () -> find(robot, "#url", javafx.scene.control.TextField.class).setText(postgres.url()));
        robot.clickOn("#user").write(postgres.user());
        robot.clickOn("#testButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Connected: PostgreSQL"));
        robot.clickOn("#terminalName").write("Till 1");
        robot.clickOn("#saveButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Saved"));
        screenshot(robot, "Settings");

        Path saved = settingsFile();
        var properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(saved)) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("db.url")).isEqualTo(postgres.url());
        assertThat(properties.getProperty("terminal.name")).isEqualTo("Till 1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)))
                .isEqualTo("rw-------");
    }
}
