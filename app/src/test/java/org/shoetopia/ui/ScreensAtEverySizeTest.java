package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.support.Fixtures;
import org.testfx.api.FxRobot;

/**
 * Every screen at a till's 1024×768, a laptop's 1366×768 and a desk's 1920×1080, each as the role
 * that sees it, with amounts as wide as a shoe shop's get: a screenshot of each, and none may show
 * a money amount, a total or a quantity cut short ("$1,2…").
 */
class ScreensAtEverySizeTest extends UiTest {
    private static final List<int[]> SIZES =
            List.of(new int[] {1024, 768}, new int[] {1366, 768}, new int[] {1920, 1080});

    /** An amount or a count: what a cut must never hide (the one rule the amount columns size by). */
    private static final Pattern MONEY_OR_QUANTITY = AmountColumns.AMOUNT;

    @Test
    void everyScreenShowsItsAmountsWholeAtEverySize(FxRobot robot) {
        Actor owner = given.owner();
        Actor customer = given.customer();
        ListingView dear = app.listings()
                .create(owner, Fixtures.form("New Balance", "grey", "Fresh Foam X 1080v13", "1299.99", 1_000));
        ListingView cheap = given.listing(owner, "45.00", 250);
        for (int sale = 0; sale < 3; sale++) {
            given.purchase(customer, dear.listingId(), 7);
        }
        app.carts().add(owner, dear.listingId(), 12);
        app.carts().add(owner, cheap.listingId(), 3);
        Actor admin = new Actor(operator.accounts().createAdmin("Admin", "admin@example.com", Fixtures.PASSWORD));

        List<String> cut = new ArrayList<>();
        int shown = 0;
        for (int[] size : SIZES) {
            resizeTo(size[0], size[1]);
            for (Actor who : List.of(owner, customer, admin)) {
                signInAs(who);
                for (Screen screen : Screen.values()) {
                    if (!screen.isVisibleTo(session.current())
                            || (who != owner && screen != Screen.RATINGS && screen != Screen.ADMIN)) {
                        continue; // the owner shows every shop screen; the others only theirs
                    }
                    showScreen(screen);
                    waitUntil(runner::isIdle);
                    screenshot(robot, "sizes/" + size[0] + "x" + size[1] + "/" + screen.fxml());
                    for (String text : cutAmounts(window.scene().getRoot())) {
                        cut.add(size[0] + "x" + size[1] + " " + screen + ": " + text);
                    }
                    shown++;
                }
                onFx(session::signOut);
            }
        }
        // a touch screen's layout (Settings) on the smallest display: the owner's screens
        new org.shoetopia.terminal.TerminalSettings(
                        new org.shoetopia.persistence.DataFolder(settingsFile().getParent()), java.util.Map.of())
                .setTouchLayout(true);
        resizeTo(1024, 768);
        signInAs(owner);
        for (Screen screen : Screen.values()) {
            if (screen.isVisibleTo(session.current())) {
                showScreen(screen);
                waitUntil(runner::isIdle);
                screenshot(robot, "sizes/touch-1024x768/" + screen.fxml());
                for (String text : cutAmounts(window.scene().getRoot())) {
                    cut.add("touch 1024x768 " + screen + ": " + text);
                }
            }
        }
        onFx(session::signOut);
        assertThat(shown).as("screens shown").isGreaterThanOrEqualTo(3 * Screen.values().length);
        assertThat(cut).as("money, totals and quantities shown cut short").isEmpty();
    }

    private void resizeTo(int width, int height) {
        onFx(() -> {
            Stage stage = (Stage) window.scene().getWindow();
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setX(0); // the whole window on the headless display, which paints nothing off it
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        assertThat(window.scene().getWidth()).as("the window took the size").isLessThanOrEqualTo(width);
    }

    /** The labels, cells and buttons on screen whose amount shows with an ellipsis instead of whole, and buttons off it. */
    private static List<String> cutAmounts(Parent root) {
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && isOnScreen(labeled)) {
            String full = labeled.getText();
            String displayed = displayedText(labeled);
            if (full != null
                    && displayed != null
                    && !displayed.equals(full)
                    && displayed.endsWith(labeled.getEllipsisString())
                    && MONEY_OR_QUANTITY.matcher(full).matches()) {
                cut.add("\"" + full + "\" shown as \"" + displayed + "\"");
            }
            // whole, but past the window's right edge, is cut too (a column pushed off screen)
            Bounds bounds = labeled.localToScene(labeled.getBoundsInLocal());
            if (full != null
                    && MONEY_OR_QUANTITY.matcher(full).matches()
                    && bounds.getMaxX() > labeled.getScene().getWidth() + 1) {
                cut.add("\"" + full + "\" past the window's edge (" + Math.round(bounds.getMaxX()) + " > "
                        + Math.round(labeled.getScene().getWidth()) + ")");
            }
        }
        // a button pushed off either side: the screen is wider than the window, and its edge is cut
        if (node instanceof javafx.scene.control.ButtonBase button && button.getScene() != null) {
            Bounds bounds = button.localToScene(button.getBoundsInLocal());
            if (bounds.getWidth() > 0
                    && (bounds.getMinX() < -1
                            || bounds.getMaxX() > button.getScene().getWidth() + 1)) {
                cut.add("button \"" + button.getText() + "\" past the window's edge (" + Math.round(bounds.getMinX())
                        + " to " + Math.round(bounds.getMaxX()) + ")");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    /** The text its skin draws: the whole text, or the part that fits and the ellipsis. */
    private static String displayedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    /** Cells a table has laid out but scrolled away are not what the cashier sees. */
    private static boolean isOnScreen(Labeled labeled) {
        Bounds bounds = labeled.localToScene(labeled.getBoundsInLocal());
        var scene = labeled.getScene();
        return scene != null
                && bounds.getWidth() > 0
                && bounds.getMaxX() > 0
                && bounds.getMaxY() > 0
                && bounds.getMinX() < scene.getWidth()
                && bounds.getMinY() < scene.getHeight();
    }
}
