package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.support.TableCounts;
import org.testfx.api.FxRobot;

/** A sale driven from the keyboard alone, as an experienced cashier does it, the keys written on the buttons. */
class TillKeysScreenTest extends UiTest {

    @Test
    void aWholeSaleFromTheKeyboardAndTheNextOneStartsClean(FxRobot robot) {
        Actor owner = given.owner();
        long shoe = given.listing(owner, "40.00", 5).listingId();
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        waitUntil(() -> find(robot, "#code", TextField.class).isFocused());

        robot.write(Long.toString(shoe)).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);
        // F2 with no line chosen: the line scanned last
        dialogs.answers.add("2");
        robot.type(KeyCode.F2);
        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$80.00"));
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).contains("[1]");
        assertThat(find(robot, "#code", TextField.class).isFocused())
                .as("back in the scan field after the quantity")
                .isTrue();

        robot.type(KeyCode.F5);
        assertThat(find(robot, "#cashTendered", TextField.class).isFocused()).isTrue();
        robot.write("100");
        robot.type(KeyCode.F12);
        waitUntil(() -> !find(robot, "#receipt", TextArea.class).getText().isEmpty());

        assertThat(TableCounts.scalar(database, "select count(*) from orders")).isEqualTo(1);
        assertThat(find(robot, "#changeDue", Label.class).getText()).isEqualTo("Change due $20.00");
        assertThat(find(robot, "#code", TextField.class).isFocused()).isTrue();

        // F12 on an empty cart does nothing: the key is exactly its disabled button
        robot.type(KeyCode.F12);
        waitForFx();
        assertThat(TableCounts.scalar(database, "select count(*) from orders")).isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> find(robot, "#receipt", TextArea.class).getText().isEmpty());
        assertThat(find(robot, "#changeDue", Label.class).getText()).isEmpty();
        assertThat(find(robot, "#newSaleButton", Button.class).isDisabled()).isTrue();
    }

    @Test
    void theCustomerIsFoundAsTypedAndPickedWithTheKeysOrNotedNew(FxRobot robot) {
        Actor owner = given.owner();
        app.carts().addCustomer(owner, new CartService.NewCustomer("Dana Whitfield", "555 010 2030", null));
        app.carts().setCustomer(owner, null);
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        waitUntil(() -> find(robot, "#code", TextField.class).isFocused());

        robot.type(KeyCode.F4);
        assertThat(find(robot, "#customerLookup", TextField.class).isFocused()).isTrue();
        robot.write("2030");
        waitUntil(() -> robot.lookup("Dana Whitfield · 555 010 2030").tryQuery().isPresent());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#customer", Label.class).getText().equals("Customer: Dana Whitfield"));
        assertThat(find(robot, "#code", TextField.class).isFocused())
                .as("back to scanning once the customer is named")
                .isTrue();

        dialogs.forms.add(java.util.List.of("Lee Park", "", "lee@example.net"));
        robot.press(KeyCode.SHIFT).type(KeyCode.F4).release(KeyCode.SHIFT);
        waitUntil(() -> find(robot, "#customer", Label.class).getText().equals("Customer: Lee Park"));
        assertThat(TableCounts.scalar(database, "select count(*) from customer_records"))
                .isEqualTo(2);
    }

    @Test
    void everyKeyIsWrittenOnItsButtonAndF1ListsThemAll(FxRobot robot) {
        Actor owner = given.owner();
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);

        assertThat(find(robot, "#checkoutButton", Button.class).getText()).isEqualTo("Check out (F12)");
        assertThat(find(robot, "#quantityButton", Button.class).getText()).isEqualTo("Change quantity (F2)");
        assertThat(find(robot, "#holdButton", Button.class).getText()).isEqualTo("Hold (Ctrl+H)");
        assertThat(find(robot, "#cash", RadioButton.class).getText()).isEqualTo("Cash (F5)");

        robot.type(KeyCode.F1);
        waitUntil(() -> dialogs.shown.stream().anyMatch(shown -> shown.startsWith("Till keys")));
        String help = dialogs.shown.stream()
                .filter(shown -> shown.startsWith("Till keys"))
                .findFirst()
                .orElseThrow();
        assertThat(help)
                .contains("F2 ", "F3 ", "F4 ", "F5 ", "F6 ", "F7 ", "F8 ", "F9 ", "F10", "F12", "Ctrl+N", "Ctrl+H")
                .contains("Check out", "Hold the sale", "Pay by card");
    }

    @Test
    void aTouchScreensTillHasANumberPadThatTypesIntoTheFieldLastTouched(FxRobot robot) {
        Actor owner = given.owner();
        long shoe = given.listing(owner, "40.00", 5).listingId();
        new org.shoetopia.terminal.TerminalSettings(
                        new org.shoetopia.persistence.DataFolder(settingsFile().getParent()), java.util.Map.of())
                .setTouchLayout(true);
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        waitUntil(() -> find(robot, "#code", TextField.class).isFocused());
        assertThat(find(robot, "#keypad", Node.class).isVisible()).isTrue();
        assertThat(find(robot, "#code", TextField.class).getScene().getRoot().getStyleClass())
                .contains(Styles.TOUCH);

        for (char digit : Long.toString(shoe).toCharArray()) {
            robot.clickOn(padKey(robot, String.valueOf(digit)));
        }
        robot.clickOn(padKey(robot, "×")).clickOn(padKey(robot, "2")).clickOn(padKey(robot, "Enter"));
        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$80.00"));

        robot.clickOn("#cashTendered");
        robot.clickOn(padKey(robot, "1")).clickOn(padKey(robot, "00")).clickOn(padKey(robot, "Enter"));
        waitUntil(() -> !find(robot, "#receipt", TextArea.class).getText().isEmpty());
        assertThat(find(robot, "#changeDue", Label.class).getText()).isEqualTo("Change due $20.00");
        screenshot(robot, "PointOfSaleTouch");
    }

    private static Button padKey(FxRobot robot, String text) {
        return robot.lookup("#keypad .button").queryAllAs(Button.class).stream()
                .filter(key -> key.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static void waitForFx() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
