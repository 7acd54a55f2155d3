package org.shoetopia.ui.listings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.Width;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the listings screen. */
public final class ListingsController implements ScreenController {
    private final ListingsViewModel model;

    @FXML
    private TextField brand;

    @FXML
    private ComboBox<Color> color;

    @FXML
    private TextField style;

    @FXML
    private ListView<ShownShoe> suggestions;

    @FXML
    private TextField size;

    @FXML
    private ComboBox<Condition> condition;

    @FXML
    private ComboBox<Gender> gender;

    @FXML
    private ComboBox<Width> width;

    @FXML
    private TextField price;

    @FXML
    private TextField quantity;

    @FXML
    private Button listButton;

    @FXML
    private TableView<ListingView> listings;

    @FXML
    private TextField stockChange;

    @FXML
    private TextField stockReason;

    @FXML
    private TextField newPrice;

    @FXML
    private Label notice;

    @FXML
    private Label error;

    @FXML
    private Label brandError;

    @FXML
    private Label colorError;

    @FXML
    private Label styleError;

    @FXML
    private Label sizeError;

    @FXML
    private Label conditionError;

    @FXML
    private Label genderError;

    @FXML
    private Label widthError;

    @FXML
    private Label priceError;

    @FXML
    private Label quantityError;

    @FXML
    private Label deltaError;

    @FXML
    private Label noteError;

    @FXML
    private Button priceButton;

    @FXML
    private ComboBox<TaxCategory> taxCategory;

    @FXML
    private Label taxCategoryError;

    @FXML
    private HBox taxRow;

    @FXML
    private ComboBox<TaxCategory> newTaxCategory;

    private final boolean managesShop;

    private final UiContext context;

    public ListingsController(UiContext context) {
        this.context = context;
        this.model = new ListingsViewModel(
                context.services().listings(), context.runner(), context.session(), context.dialogs());
        this.managesShop = context.session().current().managesShop();
    }

    @FXML
    private void initialize() {
        Bind.emptyText(listings, "No listings yet: list your first shoe with the form");
        if (!managesShop) { // the services refuse a cashier's price change; the screen does not offer it
            newPrice.setDisable(true);
            priceButton.setDisable(true);
            priceButton.setTooltip(new Tooltip("Only the shop's owner or a manager changes prices"));
            // A cashier lists shoes at the standard rate; another category is the owner's or a manager's call.
            taxCategory.setDisable(true);
            taxRow.setVisible(false);
            taxRow.setManaged(false);
        }
        Bind.codedChoices(taxCategory, TaxCategory.class, false);
        taxCategory.valueProperty().bindBidirectional(model.taxCategoryProperty());
        Bind.codedChoices(newTaxCategory, TaxCategory.class, false);
        newTaxCategory.valueProperty().bindBidirectional(model.newTaxCategoryProperty());
        brand.textProperty().bindBidirectional(model.brandProperty());
        style.textProperty().bindBidirectional(model.styleProperty());
        size.textProperty().bindBidirectional(model.sizeProperty());
        price.textProperty().bindBidirectional(model.priceProperty());
        quantity.textProperty().bindBidirectional(model.quantityProperty());
        Bind.codedChoices(color, Color.class, false);
        Bind.codedChoices(condition, Condition.class, false);
        Bind.codedChoices(gender, Gender.class, false);
        color.valueProperty().bindBidirectional(model.colorProperty());
        condition.valueProperty().bindBidirectional(model.conditionProperty());
        gender.valueProperty().bindBidirectional(model.genderProperty());
        Bind.codedChoices(width, Width.class, false);
        width.valueProperty().bindBidirectional(model.widthProperty());
        suggestions.setItems(model.suggestions());
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShownShoe shoe, boolean empty) {
                super.updateItem(shoe, empty);
                setText(
                        empty || shoe == null
                                ? null
                                : shoe.brand() + " " + shoe.style() + " ("
                                        + shoe.color().code() + ")");
            }
        });
        suggestions.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.suggestions()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(
                event -> model.useSuggestion(suggestions.getSelectionModel().getSelectedItem()));
        // The shop's own listings: no shop column, and the shoe in one column that gives way on a
        // narrow display while numbers and money are never cut.
        listings.getColumns()
                .setAll(
                        ListingTable.column("#", 44, ListingView::listingId),
                        ListingTable.column("Shoe", 240, (ListingView l) -> l.description()),
                        ListingTable.column("Price", 80, (ListingView l) -> Formats.money(l.price())),
                        ListingTable.column("Stock", 64, ListingView::stock),
                        ListingTable.column(
                                "Tax", 76, (ListingView l) -> l.taxCategory().code()),
                        ListingTable.column("Active", 72, (ListingView l) -> l.active() ? "yes" : "delisted"));
        listings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        listings.getColumns().stream()
                .filter(column -> !column.getText().equals("Shoe"))
                .forEach(column -> column.setMinWidth(column.getPrefWidth()));
        listings.setItems(model.shopListings());
        model.selectedProperty().bind(listings.getSelectionModel().selectedItemProperty());
        stockChange.textProperty().bindBidirectional(model.stockChangeProperty());
        stockReason.textProperty().bindBidirectional(model.stockReasonProperty());
        newPrice.textProperty().bindBidirectional(model.newPriceProperty());
        notice.textProperty().bind(model.noticeProperty());
        Bind.error(error, model.errors().form());
        Bind.error(brandError, model.errors().of("brand"));
        Bind.error(colorError, model.errors().of("color"));
        Bind.error(styleError, model.errors().of("style"));
        Bind.error(sizeError, model.errors().of("size"));
        Bind.error(conditionError, model.errors().of("condition"));
        Bind.error(genderError, model.errors().of("gender"));
        Bind.error(widthError, model.errors().of("width"));
        Bind.error(priceError, model.errors().of("price"));
        Bind.error(quantityError, model.errors().of("quantity"));
        Bind.error(taxCategoryError, model.errors().of("taxCategory"));
        Bind.error(deltaError, model.errors().of("delta"));
        Bind.error(noteError, model.errors().of("note"));
        listButton.disableProperty().bind(model.busyProperty());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void create() {
        model.create();
    }

    @FXML
    private void changeStock() {
        model.changeStock();
    }

    @FXML
    private void changePrice() {
        model.changePrice();
    }

    @FXML
    private void changeTaxCategory() {
        model.changeTaxCategory();
    }

    @FXML
    private void delist() {
        ListingView chosen = listings.getSelectionModel().getSelectedItem();
        if (chosen == null
                || context.dialogs()
                        .confirm(
                                "Delist",
                                "Delist #" + chosen.listingId() + " " + chosen.description()
                                        + "? It leaves the catalogue and can no longer be sold.")) {
            model.delist();
        }
    }
}
