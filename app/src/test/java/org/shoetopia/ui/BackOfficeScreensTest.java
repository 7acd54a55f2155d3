package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShopService;
import org.shoetopia.service.SessionStore;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.TableCounts;
import org.testfx.api.FxRobot;

/** The back-office screens' main flows and error paths, each ending in a screenshot. */
class BackOfficeScreensTest extends UiTest {

    @Test
    void searchFiltersComparesAndShowsRatings(FxRobot robot) {
        Actor owner = given.owner();
        given.listing(owner, "120.00", 3);
        given.listing(owner, "80.00", 2);
        signInAs(given.customer());
        showScreen(Screen.SEARCH);
        waitUntil(() -> find(robot, "#results", TableView.class).getItems().size() == 2);

        double tableTop =
                find(robot, "#results", TableView.class).localToScene(0, 0).getY();
        robot.clickOn("#size").write("10.25");
        robot.clickOn("#searchButton");
        waitUntil(() -> !find(robot, "#sizeError", Label.class).getText().isEmpty());
        assertThat(find(robot, "#sizeError", Label.class).getText()).contains("whole or half");
        assertThat(find(robot, "#results", TableView.class).localToScene(0, 0).getY())
                .as("a message coming moves no control: its line was kept for it")
                .isEqualTo(tableTop);
        robot.doubleClickOn("#size").eraseText(5).write("10.5");
        robot.clickOn("#maxPrice").write("100");
        robot.clickOn("#searchButton");
        waitUntil(() -> find(robot, "#results", TableView.class).getItems().size() == 1);
        robot.doubleClickOn("#maxPrice").eraseText(3);
        robot.clickOn("#searchButton");
        waitUntil(() -> find(robot, "#results", TableView.class).getItems().size() == 2);

        robot.interact(() ->
                find(robot, "#results", TableView.class).getSelectionModel().selectAll());
        robot.clickOn("#compareButton");
        waitUntil(() -> find(robot, "#comparisonPane", ScrollPane.class).isVisible());
        GridPane grid = find(robot, "#comparisonGrid", GridPane.class);
        assertThat(comparedRow(grid, "Price"))
                .as("side by side, what differs in bold")
                .containsExactlyInAnyOrder("$120.00 differs", "$80.00 differs");
        assertThat(comparedRow(grid, "Condition")).containsExactly("new", "new");
        screenshot(robot, "Search");

        robot.clickOn("#ratingsButton");
        waitUntil(() -> find(robot, "#detail", TextArea.class).isVisible());
        assertThat(find(robot, "#comparisonPane", ScrollPane.class).isVisible()).isFalse();
    }

    /** A compared row's two values, each marked "differs" when it is in bold. */
    private static List<String> comparedRow(GridPane grid, String label) {
        Integer row = grid.getChildren().stream()
                .filter(node -> node instanceof Label l && l.getText().equals(label))
                .map(GridPane::getRowIndex)
                .findFirst()
                .orElseThrow();
        return grid.getChildren().stream()
                .filter(node -> row.equals(GridPane.getRowIndex(node))
                        && !Integer.valueOf(0).equals(GridPane.getColumnIndex(node)))
                .map(node -> (Label) node)
                .map(value -> value.getText() + (value.getStyleClass().contains(Styles.DIFFERS) ? " differs" : ""))
                .toList();
    }

    @Test
    void ordersShowTheReceiptAndTheShopAdvancesAndRefunds(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        given.purchase(given.customer(), listing.listingId(), 2);
        signInAs(owner);
        showScreen(Screen.ORDERS);
        waitUntil(() -> find(robot, "#orders", TableView.class).getItems().size() == 1);
        robot.interact(() ->
                find(robot, "#orders", TableView.class).getSelectionModel().select(0));
        waitUntil(() -> find(robot, "#receipt", TextArea.class).getText().contains("TOTAL"));

        robot.clickOn("#advanceButton");
        waitUntil(() -> find(robot, "#tracking", Label.class).getText().contains("shipped"));
        robot.clickOn("#refundButton");
        waitUntil(() -> !find(robot, "#reasonError", Label.class).getText().isEmpty());
        assertThat(TableCounts.scalar(database, "select count(*) from refunds")).isZero();
        robot.clickOn("#refundReason").write("wrong size");
        robot.clickOn("#refundButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().contains("Refunded 1"));
        assertThat(dialogs.shown)
                .as("the amount is said before it goes back")
                .anyMatch(shown -> shown.startsWith("Refund: Refund 1 × ") && shown.contains("$50.00 goes back"));
        assertThat(TableCounts.scalar(database, "select stock from listings")).isEqualTo(4);
        screenshot(robot, "Orders");
    }

    @Test
    void theOwnerSetsTheShopsSalesTaxAndSeesItOnTheReport(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "120.00", 5);
        signInAs(owner);
        showScreen(Screen.TAX);

        robot.clickOn("#name").write("Sales tax");
        robot.clickOn("#percent").write("101");
        robot.clickOn("#addButton");
        waitUntil(() -> find(robot, "#rateError", Label.class).getText().contains("at most 100 %"));
        robot.doubleClickOn("#percent").eraseText(5).write("8.875");
        robot.clickOn("#addButton");
        waitUntil(() -> find(robot, "#rates", TableView.class).getItems().size() == 1);
        robot.clickOn("#number").write("NY-12-3456789");
        robot.clickOn("#saveButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().contains("saved"));
        assertThat(TableCounts.scalar(database, "select rate_thousandths from shop_tax_rates"))
                .isEqualTo(8875);

        given.purchase(given.customer(), listing.listingId(), 1);
        robot.clickOn("#showButton");
        waitUntil(() -> find(robot, "#report", TableView.class).getItems().size() == 1);
        assertThat(find(robot, "#summary", Label.class).getText()).contains("net tax $10.65");
        screenshot(robot, "Tax");
    }

    @Test
    void theOwnerInvitesACashierWhoAcceptsAndSeesNoOwnerScreens(FxRobot robot) {
        Actor owner = given.owner();
        Actor sam = app.accounts()
                .signUp("Sam Cashier", "sam@example.com", Fixtures.PASSWORD)
                .actor();
        signInAs(owner);
        showScreen(Screen.STAFF);

        robot.clickOn("#email").write("nobody@example.com");
        robot.clickOn("#addButton");
        waitUntil(() -> !find(robot, "#error", Label.class).getText().isEmpty());
        assertThat(find(robot, "#error", Label.class).getText()).contains("No account uses");
        robot.doubleClickOn("#email").eraseText(20).write("sam@example.com");
        robot.clickOn("#addButton");
        waitUntil(() -> find(robot, "#invitations", TableView.class).getItems().size() == 1);
        assertThat(find(robot, "#notice", Label.class).getText()).contains("become a cashier when they accept");
        assertThat(find(robot, "#staff", TableView.class).getItems()).isEmpty();
        showScreen(Screen.STAFF);
        waitUntil(() -> find(robot, "#activity", TableView.class).getItems().size() >= 2);
        screenshot(robot, "Staff");

        robot.clickOn("#logOutButton");
        waitUntil(() -> session.current() == null);
        robot.clickOn("#loginEmail").write("sam@example.com");
        robot.clickOn("#loginPassword").write(Fixtures.PASSWORD);
        dialogs.choices.add(0); // Sam accepts the invitation put to him at sign-in
        robot.clickOn("#logInButton");
        waitUntil(() -> session.current() != null
                && session.current().staffShopId() != null
                && robot.lookup("#nav-PointOfSale").tryQuery().isPresent());
        assertThat(app.accounts().refresh(sam).staffShopId()).isEqualTo(given.shopOf(owner));
        assertThat(robot.lookup("#nav-Listings").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-FlashSale").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-Staff").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-Admin").tryQuery()).isEmpty();
    }

    @Test
    void aCustomerRatesAShopTheyBoughtFrom(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 5);
        Actor customer = given.customer();
        given.purchase(customer, listing.listingId(), 1);
        signInAs(customer);
        showScreen(Screen.RATINGS);
        waitUntil(() -> find(robot, "#shops", TableView.class).getItems().size() == 1);

        robot.clickOn("#rate4");
        waitUntil(() -> !find(robot, "#error", Label.class).getText().isEmpty());
        robot.interact(
                () -> find(robot, "#shops", TableView.class).getSelectionModel().select(0));
        robot.clickOn("#rate4");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().contains("4 stars"));
        assertThat(TableCounts.scalar(database, "select stars from ratings")).isEqualTo(4);
        screenshot(robot, "Ratings");
    }

    @Test
    void anAdminApprovesAnEligibleShop(FxRobot robot) {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50.00", 20);
        for (int i = 0; i < 5; i++) {
            Actor buyer = given.customer();
            given.purchase(buyer, listing.listingId(), 1);
            app.ratings().rate(buyer, listing.shopId(), 4);
        }
        app.verification().apply(owner);
        signInAs(new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", "admin-pass-1")));
        showScreen(Screen.ADMIN);
        waitUntil(() -> find(robot, "#applications", TableView.class).getItems().size() == 1);
        screenshot(robot, "Admin");

        robot.interact(() -> find(robot, "#applications", TableView.class)
                .getSelectionModel()
                .select(0));
        robot.clickOn("#rejectButton");
        waitUntil(() -> !find(robot, "#reasonError", Label.class).getText().isEmpty());
        robot.clickOn("#approveButton");
        waitUntil(() -> find(robot, "#applications", TableView.class).getItems().isEmpty());
        assertThat(TableCounts.scalar(database, "select count(*) from shops where verification_status = 'verified'"))
                .isEqualTo(1);
    }

    @Test
    void anInvitedAccountIsAskedAtSignInAndBecomesACashierOnlyWhenItAccepts(FxRobot robot) {
        Actor owner = given.owner();
        Actor declines = given.customer();
        Actor accepts = given.customer();
        app.shops().inviteStaff(owner, app.accounts().view(declines).email());
        app.shops().inviteStaff(owner, app.accounts().view(accepts).email());

        dialogs.choices.add(1);
        signInAs(declines);
        waitUntil(() -> app.shops().invitationsToMe(declines).isEmpty());
        assertThat(dialogs.shown)
                .anyMatch(line -> line.contains("invites you to be its cashier")
                        && line.contains("cannot open a shop of your own"));
        assertThat(app.accounts().refresh(declines).staffShopId()).isNull();

        dialogs.choices.add(0);
        signInAs(accepts);
        waitUntil(() -> session.current().staffShopId() != null);
        assertThat(dialogs.shown).anyMatch(line -> line.contains("You are now a cashier of"));
        assertThat(app.shops().staff(owner))
                .extracting(ShopService.StaffMember::accountId)
                .containsExactly(accepts.accountId());
        waitUntil(() -> robot.lookup("#nav-PointOfSale").tryQuery().isPresent());

        onFx(() -> session.signOut());
        dialogs.shown.clear();
        signInAs(owner);
        showScreen(Screen.STAFF);
        waitUntil(() -> find(robot, "#staff", TableView.class).getItems().size() == 1);
        assertThat(dialogs.shown).as("an owner is not asked").isEmpty();
    }

    @Test
    void anAdminSignsAnAccountOutOfEveryTerminalAfterConfirming(FxRobot robot) {
        Actor cashier = given.account("cashier");
        String email = app.accounts().refresh(cashier).email();
        SessionStore sessions = new SessionStore(
                database, java.time.Clock.systemUTC(), java.time.Duration.ofHours(4), java.time.Duration.ofHours(16));
        String lostTill = sessions.open(cashier.accountId());
        String desk = sessions.open(cashier.accountId());
        signInAs(new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", "admin-pass-1")));
        showScreen(Screen.ADMIN);

        robot.clickOn("#endSessionsButton");
        waitUntil(
                () -> find(robot, "#sessionsEmailError", Label.class).getText().contains("Type the email"));
        robot.clickOn("#sessionsEmail").write("nobody@example.com").clickOn("#endSessionsButton");
        waitUntil(() -> find(robot, "#sessionsError", Label.class).getText().contains("no account"));
        robot.interact(() -> find(robot, "#sessionsEmail", TextField.class).setText(email));
        robot.clickOn("#endSessionsButton");
        waitUntil(() -> find(robot, "#sessionsNotice", Label.class).getText().contains("2 terminals"));
        screenshot(robot, "Admin-sessions");

        assertThat(dialogs.shown).anyMatch(shown -> shown.startsWith("Sign out everywhere") && shown.contains(email));
        assertThat(sessions.actorOf(lostTill)).isEmpty();
        assertThat(sessions.actorOf(desk)).isEmpty();
        assertThat(find(robot, "#sessionsEmailError", Label.class).getText()).isEmpty();
        assertThat(find(robot, "#sessionsError", Label.class).getText()).isEmpty();
    }

    @Test
    void theAccountScreenChangesThePasswordOnlyWithTheOldOne(FxRobot robot) {
        Actor customer = given.customer();
        signInAs(customer);
        showScreen(Screen.ACCOUNT);
        waitUntil(() -> !find(robot, "#summary", Label.class).getText().isEmpty());

        robot.clickOn("#currentPassword").write("wrong-password");
        robot.clickOn("#newPassword").write("brand-new-pass");
        robot.clickOn("#changePasswordButton");
        waitUntil(() ->
                !find(robot, "#currentPasswordError", Label.class).getText().isEmpty());
        screenshot(robot, "Account");
        robot.clickOn("#currentPassword").eraseText(14).write(Fixtures.PASSWORD);
        robot.clickOn("#changePasswordButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().equals("Password changed"));
        String email = app.accounts().view(customer).email();
        assertThat(app.accounts().logIn(email, "brand-new-pass").accountId()).isEqualTo(customer.accountId());
    }
}
