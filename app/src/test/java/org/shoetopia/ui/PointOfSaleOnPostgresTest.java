package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService.CartLineView;
import org.shoetopia.domain.Payment;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDb;
import org.testfx.api.FxRobot;

/**
 * The till on the real PostgreSQL, while a second terminal (its own connection, through the same
 * services) sells the last discounted unit: the screen shows the sale's units go and charges full price.
 */
class PointOfSaleOnPostgresTest extends UiTest {

    PointOfSaleOnPostgresTest() {
        super(TestDb.POSTGRESQL);
    }

    @Test
    void anotherTerminalTakesTheLastSaleUnitAndThisTillChargesFullPrice(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100.00", 10);
        app.flashSales().start(owner, 1, 50);
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);

        robot.clickOn("#code").write(Long.toString(listing.listingId())).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$50.00"));
        assertThat(find(robot, "#saleInfo", Label.class).getText()).contains("1 of 1 units left");

        Actor otherTerminalsCustomer = given.customer();
        app.carts().add(otherTerminalsCustomer, listing.listingId(), 1);
        app.checkout().checkout(otherTerminalsCustomer, Payment.cash(null), null);

        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$100.00"));
        @SuppressWarnings("unchecked")
        TableView<CartLineView> cart = find(robot, "#cart", TableView.class);
        assertThat(cart.getItems())
                .singleElement()
                .satisfies(line -> assertThat(line.saleUnits()).isZero());
        robot.clickOn("#card");
        robot.clickOn("#cardLast4").write("4242");
        robot.clickOn("#checkoutButton");
        waitUntil(() -> !find(robot, "#receipt", TextArea.class).getText().isEmpty());

        assertThat(find(robot, "#receipt", TextArea.class).getText())
                .doesNotContain("FLASH SALE")
                .contains("**** 4242");
        assertThat(TableCounts.scalar(database, "select total_cents from orders order by id desc limit 1"))
                .isEqualTo(10_000);
        assertThat(TableCounts.scalar(database, "select sum(sale_units) from order_lines"))
                .isEqualTo(1);
    }

    @Test
    void aSoldOutLineKeepsTheCartAndSaysWhy(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "40.00", 1);
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        robot.clickOn("#code").write(Long.toString(listing.listingId())).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);

        given.purchase(given.customer(), listing.listingId(), 1);
        robot.clickOn("#checkoutButton");

        waitUntil(() -> find(robot, "#error", Label.class).getText().contains("sold out"));
        assertThat(find(robot, "#cart", TableView.class).getItems()).hasSize(1);
        assertThat(TableCounts.scalar(database, "select count(*) from orders")).isEqualTo(1);
    }
}
