package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Gender;
import org.shoetopia.support.TableCounts;
import org.testfx.api.FxRobot;

/** The "done means": sign up, create a shop, list shoes, start a flash sale and sell at checkout. */
class NewShopFlowTest extends UiTest {

    @Test
    void aNewUserSignsUpCreatesAShopListsShoesStartsASaleAndSells(FxRobot robot) {
        robot.clickOn("#name").write("Morgan Reyes");
        robot.clickOn("#email").write("morgan@example.com");
        robot.clickOn("#password").write("s3cret-pass");
        robot.clickOn("#repeatPassword").write("s3cret-pass");
        dialogs.choices.add(0); // the first step offered: open my shop
        robot.clickOn("#signUpButton");
        waitUntil(() -> session.current() != null
                && robot.lookup("#storeName")
                        .tryQuery()
                        .map(javafx.scene.Node::isVisible)
                        .orElse(false));
        assertThat(dialogs.shown)
                .anyMatch(shown -> shown.startsWith("Welcome to Shoetopia: Welcome, Morgan Reyes.")
                        && shown.contains("[Open my shop, Shop for shoes]"));

        robot.write("Sole Street"); // the store name has the focus
        robot.clickOn("#createButton");
        waitUntil(() -> session.current().isShopOwner()
                && robot.lookup("#nav-FlashSale").tryQuery().isPresent());
        // the new shop's dashboard, with what to do before the first sale, not an empty till
        waitUntil(() -> robot.lookup("#nextSteps")
                .tryQuery()
                .map(javafx.scene.Node::isVisible)
                .orElse(false));
        screenshot(robot, "NewShopDashboard");

        robot.clickOn("#listShoesStep");
        robot.clickOn("#brand").write("Nike");
        robot.clickOn("#style").write("Air Max 90");
        onFx(() -> {
            find(robot, "#color", ComboBox.class).getSelectionModel().select(Color.BLACK);
            find(robot, "#gender", ComboBox.class).getSelectionModel().select(Gender.MEN);
        });
        robot.clickOn("#size").write("10.5");
        robot.clickOn("#price").write("120.00");
        robot.doubleClickOn("#quantity").write("5");
        robot.clickOn("#listButton");
        waitUntil(() -> find(robot, "#listings", TableView.class).getItems().size() == 1);
        screenshot(robot, "Listings");
        long listingId = TableCounts.scalar(database, "select max(id) from listings");

        robot.clickOn("#nav-FlashSale");
        robot.doubleClickOn("#units").write("2");
        robot.doubleClickOn("#percentOff").write("25");
        robot.clickOn("#startButton");
        waitUntil(() -> find(robot, "#status", Label.class).getText().contains("2 left"));
        screenshot(robot, "FlashSale");

        robot.clickOn("#nav-PointOfSale");
        // The day starts with the float counted into the drawer: no payment until the shift is open.
        waitUntil(() -> find(robot, "#openShiftButton", javafx.scene.control.Button.class)
                .isVisible());
        onFx(() -> dialogs.forms.add(java.util.List.of("Front till", "100.00")));
        robot.clickOn("#openShiftButton");
        waitUntil(() -> find(robot, "#shiftInfo", Label.class).getText().contains("Front till"));
        robot.clickOn("#code").write(listingId + "*3").type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);
        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$300.00"));
        robot.clickOn("#cashTendered").write("400");
        assertThat(find(robot, "#changeDue", Label.class).getText()).isEqualTo("Change due $100.00");
        robot.clickOn("#checkoutButton");
        waitUntil(() -> !find(robot, "#receipt", TextArea.class).getText().isEmpty());
        waitUntil(
                () -> find(robot, "#code", javafx.scene.control.TextField.class).isFocused());
        screenshot(robot, "PointOfSale");

        String receipt = find(robot, "#receipt", TextArea.class).getText();
        assertThat(receipt).contains("FLASH SALE", "TOTAL", "300.00", "Change", "100.00");
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", listingId))
                .isEqualTo(2);
        assertThat(TableCounts.scalar(database, "select sum(sale_units) from order_lines"))
                .isEqualTo(2);

        robot.clickOn("#nav-Dashboard");
        waitUntil(() -> find(robot, "#balance", Label.class).getText().equals("$300.00"));
        screenshot(robot, "Dashboard");
    }
}
