package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Payment;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.TableCounts;
import org.testfx.api.FxRobot;

/** The till's returns on the real screen: an exchange paid with the difference, a return without a receipt, a shipped sale. */
class TillReturnsScreenTest extends UiTest {

    @Test
    void aPairComesBackForALargerOneAndTheCustomerPaysTheDifference(FxRobot robot) {
        Actor owner = given.owner();
        long nines = given.listing(owner, "40.00", 5).listingId();
        long tens = given.listing(owner, "55.00", 5).listingId();
        app.carts().add(owner, nines, 1);
        Receipt sale = app.checkout().checkout(owner, Payment.cash(null), null);
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        robot.clickOn("#code").write(Long.toString(tens)).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);

        dialogs.answers.add(Long.toString(sale.orderNumber()));
        dialogs.forms.add(List.of("1", "Back on the shelf", "Too small", "Toward the sale on the till (exchange)", ""));
        robot.clickOn("#returnButton");
        waitUntil(() -> !find(robot, "#exchangeInfo", Label.class).getText().isEmpty());

        assertThat(find(robot, "#exchangeInfo", Label.class).getText())
                .contains("receipt " + sale.orderNumber())
                .contains("−$40.00");
        assertThat(find(robot, "#stillDue", Label.class).getText()).isEqualTo("Still due $15.00");
        robot.clickOn("#cashTendered").write("20");
        robot.clickOn("#checkoutButton");
        waitUntil(() -> find(robot, "#receipt", TextArea.class).getText().contains("EXCHANGE"));

        assertThat(find(robot, "#receipt", TextArea.class).getText())
                .contains("RETURNED of receipt " + sale.orderNumber())
                .contains("Paid by Exchange");
        assertThat(find(robot, "#changeDue", Label.class).getText()).isEqualTo("Change due $5.00");
        assertThat(find(robot, "#exchangeInfo", Label.class).getText()).isEmpty();
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", nines))
                .isEqualTo(5);
        assertThat(Invariants.check(database.dataSource())).allMatch(Invariants.Check::holds);
    }

    @Test
    void withoutAReceiptAManagerApprovesStoreCreditOnTheSpot(FxRobot robot) {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        long shoe = given.listing(owner, "40.00", 5).listingId();
        app.carts().add(owner, shoe, 1);
        app.checkout().checkout(owner, Payment.cash(null), null);
        String regular = given.emailOf(given.customer());
        signInAs(cashier);
        showScreen(Screen.POINT_OF_SALE);

        dialogs.answers.add("");
        dialogs.answers.add(Long.toString(shoe));
        dialogs.forms.add(List.of("1", "Back on the shelf", "A gift", regular));
        dialogs.forms.add(List.of(given.emailOf(owner), Fixtures.PASSWORD));
        robot.clickOn("#returnButton");
        waitUntil(() -> dialogs.shown.stream().anyMatch(shown -> shown.startsWith("Refund ")));

        assertThat(dialogs.shown.get(dialogs.shown.size() - 1))
                .contains("without a receipt")
                .contains("to Store credit")
                .contains("40.00");
        assertThat(app.storedValue().storeCredit(owner, regular)).isEqualTo(Fixtures.money("40.00"));
    }

    @Test
    void aSaleTheShopShipsSaysWhereOnTheTillAndTheReceipt(FxRobot robot) {
        Actor owner = given.owner();
        long shoe = given.listing(owner, "40.00", 5).listingId();
        signInAs(owner);
        showScreen(Screen.POINT_OF_SALE);
        robot.clickOn("#code").write(Long.toString(shoe)).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);

        dialogs.answers.add("Ada Lovelace, 12 Hill Road, London N1");
        robot.clickOn("#shipToButton");
        waitUntil(() -> find(robot, "#shipToInfo", Label.class).isVisible());
        assertThat(find(robot, "#shipToInfo", Label.class).getText())
                .isEqualTo("Ships to Ada Lovelace, 12 Hill Road, London N1");
        robot.clickOn("#checkoutButton");
        waitUntil(() -> find(robot, "#receipt", TextArea.class).getText().contains("Ship to"));

        assertThat(TableCounts.scalar(database, "select count(*) from order_fulfilments where status = 'processing'"))
                .isEqualTo(1);
        assertThat(find(robot, "#shipToInfo", Label.class).isVisible()).isFalse();
    }
}
