package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.shoetopia.support.TestServers;
import org.testfx.api.FxRobot;

class SettingsScreenTest extends UiTest {

    @Test
    void aTerminalBecomesATillOfAServerWhoseFingerprintItShowsAndPins(FxRobot robot) throws Exception {
        try (TestServers.Running server = TestServers.start(database)) {
            signInAs(given.owner());
            showScreen(Screen.SETTINGS);
            waitUntil(() -> find(robot, "#current", Label.class).getText().contains("This computer only"));

            robot.clickOn("#useServer");
            robot.interact(() -> find(robot, "#url", TextField.class).setText("http://plain.example"));
            robot.clickOn("#checkButton");
            waitUntil(() -> find(robot, "#urlError", Label.class).getText().contains("https://"));
            robot.interact(() ->
                    find(robot, "#url", TextField.class).setText(server.uri().toString()));
            robot.clickOn("#saveButton");
            waitUntil(() -> find(robot, "#urlError", Label.class).getText().contains("Check the server first"));

            robot.clickOn("#checkButton");
            waitUntil(() -> find(robot, "#fingerprint", Label.class).getText().equals(server.fingerprint()));
            robot.clickOn("#terminalName").write("Till 1");
            robot.clickOn("#saveButton");
            waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Saved"));
            waitUntil(() -> find(robot, "#current", Label.class).getText().contains("Shoetopia server"));
            screenshot(robot, "Settings");
        }

        Path saved = settingsFile();
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(saved)) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("server.url")).startsWith("https://127.0.0.1:");
        assertThat(properties.getProperty("server.fingerprint")).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(properties.getProperty("terminal.name")).isEqualTo("Till 1");
        assertThat(properties.stringPropertyNames())
                .as("a till keeps no database login")
                .noneMatch(key -> key.startsWith("db."));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)))
                .isEqualTo("rw-------");
    }

    @Test
    void aTerminalNobodySetUpOffersItsSettingsBeforeSignInAndOnlyUntilChosen(FxRobot robot) throws Exception {
        waitUntil(() ->
                find(robot, "#setUpLink", javafx.scene.control.Hyperlink.class).isVisible());
        screenshot(robot, "Login-first-start");
        robot.clickOn("#setUpLink");
        waitUntil(() -> find(robot, "#current", Label.class).getText().contains("This computer only"));
        robot.clickOn("#saveButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Saved"));
        robot.interact(() -> find(robot, "#saveButton", javafx.scene.control.Button.class)
                .getScene()
                .getWindow()
                .hide());

        waitUntil(() ->
                !find(robot, "#setUpLink", javafx.scene.control.Hyperlink.class).isVisible());
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(settingsFile())) {
            properties.load(reader);
        }
        assertThat(properties.getProperty("terminal.mode")).isEqualTo("own");
        signInAs(given.customer());
        assertThat(Screen.SETTINGS.isVisibleTo(session.current()))
                .as("once set up, a customer cannot change how the terminal runs")
                .isFalse();
    }
}
