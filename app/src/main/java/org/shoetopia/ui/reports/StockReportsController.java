package org.shoetopia.ui.reports;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.api.StockReportService.BestSeller;
import org.shoetopia.api.StockReportService.LowStock;
import org.shoetopia.api.StockReportService.SizeCurveRow;
import org.shoetopia.api.StockReportService.StockValueRow;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the stock reports: the size curve as a chart and a table, and the three report tables. */
public final class StockReportsController implements ScreenController {
    private final StockReportsViewModel model;

    @FXML
    private DatePicker from;

    @FXML
    private DatePicker to;

    @FXML
    private Label error;

    @FXML
    private TextField styleQuery;

    @FXML
    private ComboBox<StyleView> styles;

    @FXML
    private CheckBox wholeBrand;

    @FXML
    private Label curveSummary;

    @FXML
    private BarChart<String, Number> chart;

    @FXML
    private TableView<SizeCurveRow> curveTable;

    @FXML
    private TableView<BestSeller> bestSellers;

    @FXML
    private TextField atMost;

    @FXML
    private TableView<LowStock> lowStock;

    @FXML
    private Label valueSummary;

    @FXML
    private TableView<StockValueRow> stockValue;

    public StockReportsController(UiContext context) {
        this.model = new StockReportsViewModel(
                context.services().stockReports(),
                context.services().listings(),
                context.runner(),
                context.session(),
                context.dialogs(),
                ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        Bind.error(
                error,
                Bindings.concat(
                        model.errors().form(),
                        model.errors().of("from"),
                        model.errors().of("to"),
                        model.errors().of("style"),
                        model.errors().of("brand"),
                        model.errors().of("atMost"),
                        model.errors().of("limit")));
        styleQuery.textProperty().bindBidirectional(model.styleQueryProperty());
        styles.setItems(model.styles());
        styles.setPromptText("Find a style to see its sizes");
        styles.setCellFactory(list -> new StyleCell());
        styles.setButtonCell(new StyleCell());
        styles.valueProperty().bindBidirectional(model.chosenStyleProperty());
        wholeBrand.selectedProperty().bindBidirectional(model.wholeBrandProperty());
        curveSummary.textProperty().bind(model.curveSummaryProperty());

        XYChart.Series<String, Number> sold = new XYChart.Series<>();
        sold.setName("Pairs sold in the period");
        XYChart.Series<String, Number> inStock = new XYChart.Series<>();
        inStock.setName("In stock now");
        chart.getData().setAll(java.util.List.of(sold, inStock));
        model.curveRows().addListener((ListChangeListener<SizeCurveRow>) change -> {
            sold.getData()
                    .setAll(model.curveRows().stream()
                            .map(row -> new XYChart.Data<String, Number>(sizeLabel(row), row.sold()))
                            .toList());
            inStock.getData()
                    .setAll(model.curveRows().stream()
                            .map(row -> new XYChart.Data<String, Number>(sizeLabel(row), row.inStock()))
                            .toList());
        });
        curveTable.setItems(model.curveRows());
        curveTable
                .getColumns()
                .setAll(
                        ListingTable.column(
                                "US", 50, (SizeCurveRow row) -> row.size().toString()),
                        ListingTable.column("UK", 44, SizeCurveRow::uk),
                        ListingTable.column("EU", 48, SizeCurveRow::eu),
                        ListingTable.column("Sold", 56, SizeCurveRow::sold),
                        ListingTable.column("Stock", 60, SizeCurveRow::inStock));
        Bind.emptyText(curveTable, "Find a style above");

        bestSellers.setItems(model.bestSellers());
        bestSellers
                .getColumns()
                .setAll(
                        ListingTable.column("Style", 320, BestSeller::style),
                        ListingTable.column("Pairs sold", 90, BestSeller::pairsSold),
                        ListingTable.column("Sales", 110, (BestSeller row) -> Formats.money(row.sales())),
                        ListingTable.column("In stock", 80, BestSeller::inStock));
        Bind.emptyText(bestSellers, "No pairs sold in the period");

        atMost.textProperty().bindBidirectional(model.lowStockAtMostProperty());
        lowStock.setItems(model.lowStock());
        lowStock.getColumns()
                .setAll(
                        ListingTable.column("#", 50, (LowStock row) -> row.sku().listingId()),
                        ListingTable.column(
                                "SKU", 420, (LowStock row) -> row.sku().description()),
                        ListingTable.column(
                                "Left", 60, (LowStock row) -> row.sku().stock()),
                        ListingTable.column("Sold in 30 days", 120, LowStock::soldLast30Days));
        Bind.emptyText(lowStock, "No size on sale is that low");

        valueSummary.textProperty().bind(model.valueSummaryProperty());
        stockValue.setItems(model.valueRows());
        stockValue
                .getColumns()
                .setAll(
                        ListingTable.column("Style", 300, StockValueRow::style),
                        ListingTable.column("Pairs", 64, StockValueRow::pairs),
                        ListingTable.column("At price", 110, (StockValueRow row) -> Formats.money(row.atPrice())),
                        ListingTable.column("At cost", 110, (StockValueRow row) -> Formats.money(row.atCost())),
                        ListingTable.column("No cost", 80, StockValueRow::pairsWithoutCost));
        Bind.emptyText(stockValue, "No pairs in stock");
        // Only the style's name gives way on a narrow display; numbers and money are never cut.
        for (TableView<?> table : java.util.List.of(curveTable, bestSellers, lowStock, stockValue)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            table.getColumns().stream()
                    .filter(column -> !column.getText().equals("Style")
                            && !column.getText().equals("SKU"))
                    .forEach(column -> column.setMinWidth(column.getPrefWidth()));
        }
    }

    private static String sizeLabel(SizeCurveRow row) {
        return row.eu().isEmpty() ? row.size().toString() : row.size() + " (" + row.eu() + ")";
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void showAll() {
        model.load();
    }

    @FXML
    private void findStyles() {
        model.findStyles();
    }

    @FXML
    private void showLowStock() {
        model.showLowStock();
    }

    @FXML
    private void exportCurve() {
        model.exportCurve();
    }

    @FXML
    private void exportBestSellers() {
        model.exportBestSellers();
    }

    @FXML
    private void exportLowStock() {
        model.exportLowStock();
    }

    @FXML
    private void exportStockValue() {
        model.exportStockValue();
    }

    private static final class StyleCell extends ListCell<StyleView> {
        @Override
        protected void updateItem(StyleView style, boolean empty) {
            super.updateItem(style, empty);
            setText(empty || style == null ? null : style.name());
        }
    }
}
