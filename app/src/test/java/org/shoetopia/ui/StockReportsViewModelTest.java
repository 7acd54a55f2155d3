package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.reports.StockReportsViewModel;
import org.shoetopia.ui.styles.StylesViewModel;

/** The stock reports screen: a style's size curve found by name, the three tables, a cost set from the grid, CSV. */
class StockReportsViewModelTest {
    private final BackgroundRunner runner = new SameThreadRunner();
    private final SessionModel session = new SessionModel();
    private final UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
    private Services app;
    private Fixtures given;
    private Actor owner;
    private List<ListingView> run;

    @BeforeEach
    void aShopThatSoldSomePairs() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
        owner = given.owner();
        session.signIn(app.accounts().refresh(owner));
        run = app.listings()
                .createSizeRun(
                        owner,
                        new SizeRunForm(
                                "Brooks",
                                "blue",
                                "Ghost 16",
                                "new",
                                "men",
                                "139.95",
                                null,
                                "9",
                                "10",
                                true,
                                List.of("medium"),
                                "2"));
        given.purchase(owner, run.get(1).listingId(), 2);
    }

    private StockReportsViewModel reports() {
        return new StockReportsViewModel(app.stockReports(), app.listings(), runner, session, dialogs, ZoneOffset.UTC);
    }

    @Test
    void theReportsShowTheShopsSalesStockAndValue(@TempDir Path folder) throws Exception {
        StockReportsViewModel model = reports();
        model.load();
        assertThat(model.bestSellers()).singleElement().satisfies(row -> {
            assertThat(row.style()).isEqualTo("Brooks Ghost 16, blue, men's, new");
            assertThat(row.pairsSold()).isEqualTo(2);
        });
        assertThat(model.lowStock())
                .as("9.5 sold out; 9 and 10 have 2 left")
                .extracting(low -> low.sku().size().toString() + "=" + low.sku().stock())
                .containsExactly("9=2", "9.5=0", "10=2");
        assertThat(model.valueSummaryProperty().get())
                .isEqualTo("4 pairs: $559.80 at price, $0.00 at cost (4 pairs have no cost entered: set it on Styles &"
                        + " sizes)");

        model.styleQueryProperty().set("ghost");
        model.findStyles();
        assertThat(model.curveRows())
                .extracting(row -> row.size() + ":" + row.sold() + "/" + row.inStock())
                .containsExactly("9:0/2", "9.5:2/0", "10:0/2");
        assertThat(model.curveSummaryProperty().get())
                .isEqualTo("Brooks Ghost 16, blue, men's, new: 2 pairs sold, 4 in stock");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "Sold from," + today.minusDays(89) + ",to," + today + ",in,Z";
        Path file = folder.resolve("curve.csv");
        dialogs.chosenFiles.add(file);
        model.exportCurve();
        assertThat(Files.readAllLines(file))
                .containsExactly(
                        "Size curve,\"Brooks Ghost 16, blue, men's, new\"",
                        period,
                        "US (men's),UK,EU,Pairs sold,In stock",
                        "9,8,42.5,0,2",
                        "9.5,8.5,43,2,0",
                        "10,9,43.5,0,2",
                        "Total,,,2,4");

        model.fromProperty().set(today.minusDays(6));
        Path sellers = folder.resolve("sellers.csv");
        dialogs.chosenFiles.add(sellers);
        model.exportBestSellers();
        assertThat(Files.readAllLines(sellers))
                .as("the days the rows on screen cover, not the dates typed since")
                .containsExactly(
                        "Best sellers",
                        period,
                        "Style,Pairs sold,Sales (tax included),In stock",
                        "\"Brooks Ghost 16, blue, men's, new\",2,279.90,4");

        model.lowStockAtMostProperty().set("lots");
        model.showLowStock();
        assertThat(model.errors().of("atMost").get()).isEqualTo("Type how many pairs left is low, as 2");
        model.styleQueryProperty().set("air max");
        model.findStyles();
        assertThat(model.errors().of("style").get()).isEqualTo("No style on sale here matches \"air max\"");
        assertThat(model.curveRows()).isEmpty();
    }

    @Test
    void aCostSetOnTheGridValuesTheStockAtCost(@TempDir Path folder) throws Exception {
        StylesViewModel styles = new StylesViewModel(app.listings(), runner, session, dialogs);
        styles.load();
        styles.showStyle(styles.styles().get(0));
        dialogs.answers.add("70");
        styles.changeStyleCost();
        assertThat(styles.noticeProperty().get()).isEqualTo("Brooks Ghost 16, blue, men's, new: a pair costs 70");

        StockReportsViewModel model = reports();
        model.load();
        assertThat(model.valueSummaryProperty().get()).isEqualTo("4 pairs: $559.80 at price, $280.00 at cost");
        Path file = folder.resolve("value.csv");
        dialogs.chosenFiles.add(file);
        model.exportStockValue();
        assertThat(Files.readAllLines(file))
                .containsExactly(
                        "Style,Pairs,Value at price,Value at cost,Pairs without a cost",
                        "\"Brooks Ghost 16, blue, men's, new\",4,559.80,280.00,0",
                        "Total,4,559.80,280.00,0");

        dialogs.answers.add("");
        dialogs.confirmAnswers.add(false);
        styles.changeStyleCost();
        model.load();
        assertThat(model.valueSummaryProperty().get())
                .as("a blank cost clears only once the owner says so")
                .isEqualTo("4 pairs: $559.80 at price, $280.00 at cost");

        dialogs.answers.add("a lot");
        styles.changeStyleCost();
        assertThat(styles.errors().form().get()).contains("Cost must be an amount");
    }
}
