package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.CountLine;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Ean13;
import org.shoetopia.domain.Gender;
import org.shoetopia.support.TableCounts;
import org.testfx.api.FxRobot;

/**
 * Issue 17's "done means" on the real screens: a new shop creates a style's whole size run in one
 * step, prints its labels, scans one at the till, receives a delivery and counts its stock.
 */
class StyleGridScreenTest extends UiTest {

    @Test
    void aSizeRunIsLabelledScannedReceivedAndCounted(FxRobot robot, @TempDir Path folder) throws Exception {
        Actor owner = given.owner();
        signInAs(owner);
        showScreen(Screen.STYLES);

        robot.clickOn("#brand").write("Brooks");
        robot.clickOn("#style").write("Ghost 16");
        onFx(() -> {
            find(robot, "#color", ComboBox.class).getSelectionModel().select(Color.BLUE);
            find(robot, "#gender", ComboBox.class).getSelectionModel().select(Gender.MEN);
        });
        robot.clickOn("#fromSize").write("8");
        robot.clickOn("#toSize").write("10");
        robot.clickOn("wide (2E)");
        robot.clickOn("#price").write("139.95");
        robot.doubleClickOn("#quantityEach").write("2");
        robot.clickOn("#runButton");
        waitUntil(() -> find(robot, "#grid", TableView.class).getItems().size() == 5);
        assertThat(TableCounts.scalar(database, "select count(*) from listings"))
                .isEqualTo(10);
        screenshot(robot, "Styles");

        // Labels for the whole style: one a pair, 20 pairs on one sheet.
        Path labels = folder.resolve("labels.pdf");
        onFx(() -> dialogs.chosenFiles.add(labels));
        robot.clickOn("Style labels");
        waitUntil(() -> Files.exists(labels));
        assertThat(find(robot, "#notice", Label.class).getText()).startsWith("20 labels saved");

        // A label scanned at the till adds that size to the sale.
        long nineWide =
                TableCounts.scalar(database, "select id from listings where size_halves = 18 and width = 'wide'");
        showScreen(Screen.POINT_OF_SALE);
        robot.clickOn("#code").write(Ean13.inStore(nineWide)).type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#cart", TableView.class).getItems().size() == 1);

        // Receiving: pick the size in the grid, say how many came, receive.
        showScreen(Screen.STYLES);
        onFx(() -> {
            var styles = find(robot, "#styles", ComboBox.class);
            styles.getSelectionModel().select(0);
        });
        waitUntil(() -> find(robot, "#grid", TableView.class).getItems().size() == 5);
        onFx(() -> find(robot, "#forms", TabPane.class).getSelectionModel().select(1));
        robot.clickOn("#supplier").write("Brooks Running");
        robot.clickOn("#reference").write("DN-20417");
        selectCell(robot, 2, 4); // US 9, wide
        robot.doubleClickOn("#deliveryQuantity").write("6").type(KeyCode.ENTER);
        waitUntil(() -> find(robot, "#delivery", ListView.class).getItems().size() == 1);
        robot.clickOn("#postButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().startsWith("Received 6 pairs"));
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", nineWide))
                .isEqualTo(8);
        screenshot(robot, "Receive");

        // Counting: a stocktake by scanning, reviewed and posted.
        onFx(() -> find(robot, "#forms", TabPane.class).getSelectionModel().select(2));
        robot.clickOn("#startStocktakeButton");
        waitUntil(() ->
                !find(robot, "#countScan", javafx.scene.control.TextField.class).isDisabled());
        for (int pair = 0; pair < 7; pair++) {
            robot.clickOn("#countScan").write(Ean13.inStore(nineWide)).type(KeyCode.ENTER);
            int counted = pair + 1;
            waitUntil(() -> {
                var counts = find(robot, "#counts", ListView.class).getItems();
                return counts.size() == 1 && ((CountLine) counts.get(0)).counted() == counted;
            });
        }
        screenshot(robot, "Stocktake");
        robot.clickOn("#postStocktakeButton");
        waitUntil(() -> find(robot, "#notice", Label.class).getText().contains("posted: 1 size adjusted"));
        assertThat(TableCounts.scalar(database, "select stock from listings where id = ?", nineWide))
                .isEqualTo(7);
        assertThat(find(robot, "#startStocktakeButton", Button.class).isDisabled())
                .isFalse();
    }

    /** Selects the grid's cell at a row and column, as a click on it does. */
    private void selectCell(FxRobot robot, int row, int column) {
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> grid = find(robot, "#grid", TableView.class);
            grid.getFocusModel().focus(row, grid.getColumns().get(column));
            grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(column));
        });
    }
}
