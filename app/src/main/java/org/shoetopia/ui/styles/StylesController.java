package org.shoetopia.ui.styles;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Width;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.SizeGrid;
import org.shoetopia.ui.UiContext;
import org.shoetopia.ui.styles.StylesViewModel.StyleRow;

/** Binds the styles screen: the size-run form, the style's grid with a cell per size and width, and its actions. */
public final class StylesController implements ScreenController {
    private final StylesViewModel model;
    private final boolean managesShop;

    @FXML
    private TextField brand;

    @FXML
    private TextField style;

    @FXML
    private ComboBox<Color> color;

    @FXML
    private ComboBox<Condition> condition;

    @FXML
    private ComboBox<Gender> gender;

    @FXML
    private TextField fromSize;

    @FXML
    private TextField toSize;

    @FXML
    private CheckBox halfSizes;

    @FXML
    private FlowPane widths;

    @FXML
    private TextField price;

    @FXML
    private TextField quantityEach;

    @FXML
    private Button runButton;

    @FXML
    private ComboBox<StyleRow> styles;

    @FXML
    private TableView<SizeGrid.Row> grid;

    @FXML
    private Label cellInfo;

    @FXML
    private TextField cellStock;

    @FXML
    private TextField cellReason;

    @FXML
    private TextField cellPrice;

    @FXML
    private Button cellPriceButton;

    @FXML
    private TextField cellBarcode;

    @FXML
    private TextField stylePrice;

    @FXML
    private Button stylePriceButton;

    @FXML
    private Button styleCostButton;

    @FXML
    private Label brandError;

    @FXML
    private Label styleError;

    @FXML
    private Label colorError;

    @FXML
    private Label genderError;

    @FXML
    private Label fromSizeError;

    @FXML
    private Label toSizeError;

    @FXML
    private Label widthsError;

    @FXML
    private Label priceError;

    @FXML
    private Label quantityEachError;

    @FXML
    private Label deltaError;

    @FXML
    private Label noteError;

    @FXML
    private Label barcodeError;

    @FXML
    private Label quantityError;

    @FXML
    private TextField supplier;

    @FXML
    private TextField reference;

    @FXML
    private TextField deliveryQuantity;

    @FXML
    private javafx.scene.control.ListView<StylesViewModel.DeliveryRow> delivery;

    @FXML
    private Button postButton;

    @FXML
    private Button deliveryLabelsButton;

    @FXML
    private Label supplierError;

    @FXML
    private Label referenceError;

    @FXML
    private Label linesError;

    @FXML
    private Label stocktakeInfo;

    @FXML
    private Button startStocktakeButton;

    @FXML
    private TextField counted;

    @FXML
    private TextField countScan;

    @FXML
    private Label countedError;

    @FXML
    private Label countScanError;

    @FXML
    private javafx.scene.control.ListView<org.shoetopia.api.ListingService.CountLine> counts;

    @FXML
    private Button postStocktakeButton;

    @FXML
    private Label notice;

    @FXML
    private Label error;

    public StylesController(UiContext context) {
        this.model = new StylesViewModel(
                context.services().listings(), context.runner(), context.session(), context.dialogs());
        this.managesShop = context.session().current().managesShop();
    }

    @FXML
    private void initialize() {
        brand.textProperty().bindBidirectional(model.brandProperty());
        style.textProperty().bindBidirectional(model.styleProperty());
        Bind.codedChoices(color, Color.class, false);
        Bind.codedChoices(condition, Condition.class, false);
        Bind.codedChoices(gender, Gender.class, false);
        color.valueProperty().bindBidirectional(model.colorProperty());
        condition.valueProperty().bindBidirectional(model.conditionProperty());
        gender.valueProperty().bindBidirectional(model.genderProperty());
        fromSize.textProperty().bindBidirectional(model.fromSizeProperty());
        toSize.textProperty().bindBidirectional(model.toSizeProperty());
        halfSizes.selectedProperty().bindBidirectional(model.halfSizesProperty());
        for (Width width : Width.values()) {
            CheckBox box = new CheckBox();
            box.selectedProperty().bindBidirectional(model.widthProperty(width));
            // The letter follows the scale: a women's medium is a B, a men's a D.
            box.textProperty()
                    .bind(javafx.beans.binding.Bindings.createStringBinding(
                            () -> width.label(
                                    model.genderProperty().get() == null
                                            ? Gender.MEN
                                            : model.genderProperty().get()),
                            model.genderProperty()));
            widths.getChildren().add(box);
        }
        price.textProperty().bindBidirectional(model.priceProperty());
        quantityEach.textProperty().bindBidirectional(model.quantityEachProperty());
        runButton.disableProperty().bind(model.busyProperty());

        styles.setItems(model.styles());
        styles.setCellFactory(list -> new StyleCell());
        styles.setButtonCell(new StyleCell());
        styles.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedStyleProperty().get()) {
                model.showStyle(now);
            }
        });
        model.selectedStyleProperty().addListener((o, was, now) -> styles.setValue(now));

        grid.setItems(model.grid());
        grid.setFixedCellSize(30); // a whole run of half sizes in view on a 768-pixel display
        grid.getSelectionModel().setCellSelectionEnabled(true);
        Bind.emptyText(grid, "Pick a style above, or create a size run with the form");
        model.gridWidths().addListener((ListChangeListener<Width>) change -> buildColumns());
        buildColumns();
        grid.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> {
            model.selectedCellProperty().set(cellAt(grid.getFocusModel().getFocusedCell()));
        });
        model.selectedCellProperty().addListener((o, was, now) -> cellInfo.setText(describe(now)));
        cellInfo.setText(describe(null));

        cellStock.textProperty().bindBidirectional(model.cellStockProperty());
        cellReason.textProperty().bindBidirectional(model.cellReasonProperty());
        cellPrice.textProperty().bindBidirectional(model.cellPriceProperty());
        cellBarcode.textProperty().bindBidirectional(model.cellBarcodeProperty());
        stylePrice.textProperty().bindBidirectional(model.stylePriceProperty());
        if (!managesShop) { // the services refuse a cashier's price; the screen does not offer it
            for (var control : new javafx.scene.control.Control[] {
                cellPrice, cellPriceButton, stylePrice, stylePriceButton, styleCostButton
            }) {
                control.setDisable(true);
            }
            cellPriceButton.setTooltip(new Tooltip("Only the shop's owner or a manager changes prices"));
        }

        supplier.textProperty().bindBidirectional(model.supplierProperty());
        reference.textProperty().bindBidirectional(model.referenceProperty());
        deliveryQuantity.textProperty().bindBidirectional(model.deliveryQuantityProperty());
        delivery.setItems(model.delivery());
        delivery.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StylesViewModel.DeliveryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label());
            }
        });
        delivery.setPlaceholder(new Label("Nothing on this delivery yet"));
        postButton.disableProperty().bind(model.busyProperty());
        deliveryLabelsButton.disableProperty().bind(model.receivedProperty().isNull());
        Bind.error(supplierError, model.errors().of("supplier"));
        Bind.error(referenceError, model.errors().of("reference"));
        Bind.error(linesError, model.errors().of("lines"));
        counted.textProperty().bindBidirectional(model.countedProperty());
        countScan.textProperty().bindBidirectional(model.countScanProperty());
        counts.setItems(model.counts());
        counts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(org.shoetopia.api.ListingService.CountLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : StylesViewModel.countLabel(line));
            }
        });
        counts.setPlaceholder(new Label("Nothing counted yet"));
        var noStocktake = model.stocktakeProperty().isNull();
        stocktakeInfo
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.stocktakeProperty().get() == null
                                ? "No stocktake is open."
                                : "Stocktake " + model.stocktakeProperty().get().stocktakeId() + ", started "
                                        + Formats.dateTime(
                                                model.stocktakeProperty().get().startedAt()),
                        model.stocktakeProperty()));
        startStocktakeButton.disableProperty().bind(noStocktake.not().or(model.busyProperty()));
        counted.disableProperty().bind(noStocktake);
        countScan.disableProperty().bind(noStocktake);
        postStocktakeButton.disableProperty().bind(noStocktake.or(model.busyProperty()));
        if (!managesShop) {
            postStocktakeButton.setTooltip(new Tooltip("The owner or a manager posts the count"));
        }
        Bind.error(countedError, model.errors().of("counted"));
        Bind.error(countScanError, model.errors().of("code"));
        notice.textProperty().bind(model.noticeProperty());
        Bind.error(error, model.errors().form());
        Bind.error(brandError, model.errors().of("brand"));
        Bind.error(styleError, model.errors().of("style"));
        Bind.error(colorError, model.errors().of("color"));
        Bind.error(genderError, model.errors().of("gender"));
        Bind.error(fromSizeError, model.errors().of("fromSize"));
        Bind.error(toSizeError, model.errors().of("toSize"));
        Bind.error(widthsError, model.errors().of("widths"));
        Bind.error(priceError, model.errors().of("price"));
        Bind.error(quantityEachError, model.errors().of("quantityEach"));
        Bind.error(deltaError, model.errors().of("delta"));
        Bind.error(noteError, model.errors().of("note"));
        Bind.error(barcodeError, model.errors().of("barcode"));
        Bind.error(quantityError, model.errors().of("quantity"));
    }

    /** A size column, then one column per width the style has: each cell its SKU's stock. */
    private void buildColumns() {
        // The size in each system a column of its own: short, so never cut; the foot length in a tooltip.
        grid.getColumns()
                .setAll(java.util.List.of(
                        sizeColumn("US", row -> row.size().toString()),
                        sizeColumn("UK", SizeGrid.Row::uk),
                        sizeColumn("EU", SizeGrid.Row::eu)));
        StyleRow chosen = model.selectedStyleProperty().get();
        Gender scale = chosen == null ? Gender.MEN : chosen.any().gender();
        for (Width width : model.gridWidths()) {
            // "2E" over "wide": the letter the trade uses, and the word for everyone else
            TableColumn<SizeGrid.Row, String> column =
                    new TableColumn<>(width.letter(scale) + "\n" + width.code().replace('_', '\n'));
            column.setUserData(width);
            column.setSortable(false);
            // wide enough for "medium" and "12 delisted", so a header or a cell is never cut
            column.setMinWidth(84);
            column.setPrefWidth(84);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(stockText(row.getValue(), width)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    setAlignment(Pos.CENTER_RIGHT);
                    SizeGrid.Row row = empty ? null : getTableRow().getItem();
                    ListingView cell = row == null ? null : row.cells().get(width);
                    getStyleClass().removeAll("grid-empty", "grid-delisted", "grid-out");
                    if (row == null) {
                        // a blank row under the grid's last size
                    } else if (cell == null) {
                        getStyleClass().add("grid-empty");
                    } else if (!cell.active()) {
                        getStyleClass().add("grid-delisted");
                    } else if (cell.stock() == 0) {
                        getStyleClass().add("grid-out");
                    }
                    setTooltip(cell == null ? null : new Tooltip(describe(cell)));
                }
            });
            grid.getColumns().add(column);
        }
        // Each column its own width: four widths and the sizes fit beside the form on a 1024-pixel display.
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private static TableColumn<SizeGrid.Row, String> sizeColumn(
            String system, java.util.function.Function<SizeGrid.Row, String> value) {
        TableColumn<SizeGrid.Row, String> column = new TableColumn<>(system);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                SizeGrid.Row row = empty ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.conversions()));
            }
        });
        column.setSortable(false);
        column.setMinWidth(48);
        column.setPrefWidth(48);
        return column;
    }

    private static String stockText(SizeGrid.Row row, Width width) {
        ListingView cell = row.cells().get(width);
        if (cell == null) {
            return "";
        }
        return cell.active() ? Integer.toString(cell.stock()) : cell.stock() + " delisted";
    }

    private ListingView cellAt(TablePosition<SizeGrid.Row, ?> position) {
        if (position == null || position.getRow() < 0 || position.getTableColumn() == null) {
            return null;
        }
        Object width = position.getTableColumn().getUserData();
        if (!(width instanceof Width chosen)
                || position.getRow() >= model.grid().size()) {
            return null;
        }
        return model.grid().get(position.getRow()).cells().get(chosen);
    }

    private static String describe(ListingView cell) {
        if (cell == null) {
            return "Pick a size in the grid to restock, price, barcode, label or delist it";
        }
        return "#" + cell.listingId() + " " + StylesViewModel.sizeOf(cell) + ": " + cell.stock() + " in stock at "
                + Formats.money(cell.price()) + (cell.active() ? "" : ", delisted") + " · barcode " + cell.barcode();
    }

    private static final class StyleCell extends ListCell<StyleRow> {
        @Override
        protected void updateItem(StyleRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(
                    empty || row == null
                            ? null
                            : row.label() + " — " + row.sizes() + (row.sizes() == 1 ? " size" : " sizes")
                                    + (row.skus() == row.sizes() ? "" : " (" + row.skus() + " SKUs)") + ", "
                                    + row.stock() + (row.stock() == 1 ? " pair" : " pairs")
                                    + (row.onSale() ? "" : ", delisted"));
        }
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void createRun() {
        model.createRun();
    }

    @FXML
    private void copyStyle() {
        model.copyStyleToForm();
        fromSize.requestFocus();
    }

    @FXML
    private void changeCellStock() {
        model.changeCellStock();
    }

    @FXML
    private void changeCellPrice() {
        model.changeCellPrice();
    }

    @FXML
    private void setCellBarcode() {
        model.setCellBarcode();
    }

    @FXML
    private void delistCell() {
        model.delistCell();
    }

    @FXML
    private void changeStylePrice() {
        model.changeStylePrice();
    }

    @FXML
    private void changeStyleCost() {
        model.changeStyleCost();
    }

    @FXML
    private void delistStyle() {
        model.delistStyle();
    }

    @FXML
    private void printCellLabels() {
        model.printCellLabels();
    }

    @FXML
    private void addToDelivery() {
        model.addToDelivery();
        deliveryQuantity.selectAll();
    }

    @FXML
    private void removeFromDelivery() {
        model.removeFromDelivery(delivery.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void postDelivery() {
        model.postDelivery();
    }

    @FXML
    private void printDeliveryLabels() {
        model.printDeliveryLabels();
    }

    @FXML
    private void startStocktake() {
        model.startStocktake();
    }

    @FXML
    private void countChosen() {
        model.countChosen();
        counted.requestFocus();
    }

    @FXML
    private void countScanned() {
        model.countScanned();
    }

    @FXML
    private void postStocktake() {
        model.postStocktake();
    }

    @FXML
    private void printStyleLabels() {
        model.printStyleLabels();
    }
}
