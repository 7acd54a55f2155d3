package org.shoetopia.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.TableCounts;
import org.shoetopia.ui.UiTest;
import org.testfx.api.FxRobot;

class LoginScreenTest extends UiTest {

    @Test
    void signUpShowsEachBrokenRuleInlineThenCreatesTheAccount(FxRobot robot) {
        robot.clickOn("#name").write(" ");
        robot.clickOn("#email").write("not-an-email");
        robot.clickOn("#password").write("short");
        robot.clickOn("#repeatPassword").write("other");
        robot.clickOn("#signUpButton");

        assertThat(find(robot, "#nameError", Label.class).getText()).contains("Enter your name");
        assertThat(find(robot, "#emailError", Label.class).getText()).contains("valid email");
        assertThat(find(robot, "#passwordError", Label.class).getText()).contains("at least 8");
        assertThat(find(robot, "#repeatPasswordError", Label.class).getText()).contains("differ");
        screenshot(robot, "Login");
        assertThat(TableCounts.scalar(database, "select count(*) from accounts"))
                .isZero();

        robot.doubleClickOn("#name").write("Ada Lovelace");
        robot.doubleClickOn("#email").write("ada@example.com");
        robot.clickOn("#password").eraseText(5).write("s3cret-pass");
        robot.clickOn("#repeatPassword").eraseText(5).write("s3cret-pass");
        robot.clickOn("#signUpButton");

        waitUntil(() -> session.current() != null);
        assertThat(session.current().email()).isEqualTo("ada@example.com");
        assertThat(robot.lookup("#nav-Search").tryQuery()).isPresent();
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheEmail(FxRobot robot) {
        app.accounts().signUp("Ada", "ada@example.com", Fixtures.PASSWORD);

        robot.clickOn("#loginEmail").write("ada@example.com");
        robot.clickOn("#loginPassword").write("wrong-password");
        robot.clickOn("#logInButton");

        waitUntil(() -> !find(robot, "#loginError", Label.class).getText().isEmpty());
        assertThat(find(robot, "#loginError", Label.class).getText()).startsWith("Wrong email or password");
        robot.clickOn("#loginPassword").write(Fixtures.PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> session.current() != null);
    }
}
