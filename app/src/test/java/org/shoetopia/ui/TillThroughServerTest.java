package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.domain.Payment;
import org.shoetopia.remote.RemoteApi;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDb;
import org.shoetopia.support.TestServers;
import org.testfx.api.FxRobot;

/**
 * The real screens of a till whose only setting is a server: the cashier signs in on the sign-in
 * screen, sells, and watches another terminal's sale move units left, all through a Shoetopia
 * server on loopback over PostgreSQL.
 */
class TillThroughServerTest extends UiTest {
    private TestServers.Running server;
    private RemoteApi till;

    TillThroughServerTest() {
        super(TestDb.POSTGRESQL);
    }

    @Override
    protected ShoetopiaApi screensApi() throws Exception {
        server = TestServers.start(database);
        till = RemoteApi.connect(server.uri(), server.fingerprint());
        return till.api();
    }

    @AfterEach
    void stopServer() {
        till.close();
        server.close();
    }

    @Test
    void aCashierSignsInSellsAndWatchesTheSaleMoveThroughTheServer(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100.00", 10);
        app.flashSales().start(owner, 2, 50);
        Actor cashier = given.account("cashier");
        String email = app.accounts().refresh(cashier).email();
        given.hire(owner, cashier);

        robot.clickOn("#loginEmail").write(email);
        robot.clickOn("#loginPassword").write(Fixtures.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.current() != null);
        showScreen(Screen.POINT_OF_SALE);
        robot.clickOn("#code").write(Long.toString(listing.listingId())).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#total", Label.class).getText().equals("$50.00"));
        waitUntil(() -> find(robot, "#saleInfo", Label.class).getText().contains("2 of 2 units left"));

        // Another terminal, on the database directly, sells one of the two sale units.
        Actor elsewhere = given.customer();
        app.carts().add(elsewhere, listing.listingId(), 1);
        app.checkout().checkout(elsewhere, Payment.cash(null), null);
        waitUntil(() -> find(robot, "#saleInfo", Label.class).getText().contains("1 of 2 units left"));

        robot.clickOn("#card");
        robot.clickOn("#cardLast4").write("4242");
        robot.clickOn("#checkoutButton");
        waitUntil(() -> !find(robot, "#receipt", TextArea.class).getText().isEmpty());
        screenshot(robot, "TillThroughServer");

        assertThat(find(robot, "#receipt", TextArea.class).getText()).contains("**** 4242");
        assertThat(find(robot, "#cart", TableView.class).getItems()).isEmpty();
        assertThat(TableCounts.scalar(
                        database,
                        "select o.total_cents from orders o join accounts a on a.id = o.cashier_id"
                                + " where a.email = '" + email + "'"))
                .isEqualTo(5_000);
    }

    @Test
    void aTillWhoseSessionAnAdminEndedGoesBackToSignInAndSaysWhy(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "100.00", 10);
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", Fixtures.PASSWORD));
        String email = app.accounts().refresh(owner).email();
        robot.clickOn("#loginEmail").write(email);
        robot.clickOn("#loginPassword").write(Fixtures.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> session.current() != null);
        showScreen(Screen.POINT_OF_SALE);

        assertThat(app.accounts().endSessions(admin, email)).isEqualTo(1);
        robot.clickOn("#code").write(Long.toString(listing.listingId())).type(KeyCode.ENTER);

        waitUntil(() -> session.current() == null);
        waitUntil(() -> robot.lookup("#loginEmail").tryQuery().isPresent());
        assertThat(dialogs.shown)
                .anyMatch(shown -> shown.startsWith("Signed out: ") && shown.contains("Sign in again"));
        assertThat(TableCounts.scalar(database, "select count(*) from cart_lines"))
                .isZero();
    }
}
