package org.shoetopia.ui.search;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.api.SearchService;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.Styles;
import org.shoetopia.ui.UiContext;

/** Binds the catalogue search screen. */
public final class SearchController implements ScreenController {
    private final SearchViewModel model;

    @FXML
    private TextField brand;

    @FXML
    private TextField style;

    @FXML
    private TextField size;

    @FXML
    private ComboBox<Color> color;

    @FXML
    private ComboBox<Gender> gender;

    @FXML
    private ComboBox<Condition> condition;

    @FXML
    private TextField minPrice;

    @FXML
    private TextField maxPrice;

    @FXML
    private TextField shopId;

    @FXML
    private CheckBox verifiedOnly;

    @FXML
    private CheckBox flashSaleOnly;

    @FXML
    private ComboBox<SearchCriteria.Sort> sort;

    @FXML
    private TableView<ListingView> results;

    @FXML
    private Label pageInfo;

    @FXML
    private Label error;

    @FXML
    private Label sizeError;

    @FXML
    private Label priceError;

    @FXML
    private Label shopError;

    @FXML
    private TextArea detail;

    @FXML
    private ScrollPane comparisonPane;

    @FXML
    private GridPane comparisonGrid;

    @FXML
    private Button searchButton;

    public SearchController(UiContext context) {
        this.model = new SearchViewModel(
                context.services().search(), context.services().carts(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        brand.textProperty().bindBidirectional(model.brandProperty());
        style.textProperty().bindBidirectional(model.styleProperty());
        size.textProperty().bindBidirectional(model.sizeProperty());
        minPrice.textProperty().bindBidirectional(model.minPriceProperty());
        maxPrice.textProperty().bindBidirectional(model.maxPriceProperty());
        shopId.textProperty().bindBidirectional(model.shopIdProperty());
        Bind.codedChoices(color, Color.class, true);
        Bind.codedChoices(gender, Gender.class, true);
        Bind.codedChoices(condition, Condition.class, true);
        color.valueProperty().bindBidirectional(model.colorProperty());
        gender.valueProperty().bindBidirectional(model.genderProperty());
        condition.valueProperty().bindBidirectional(model.conditionProperty());
        sort.getItems().addAll(SearchCriteria.Sort.values());
        sort.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SearchCriteria.Sort order) {
                return order == null
                        ? ""
                        : switch (order) {
                            case PROMOTED_THEN_PRICE -> "Promoted shops first";
                            case PRICE_ASCENDING -> "Price: low to high";
                            case PRICE_DESCENDING -> "Price: high to low";
                        };
            }

            @Override
            public SearchCriteria.Sort fromString(String text) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(model.sortProperty());
        verifiedOnly.selectedProperty().bindBidirectional(model.verifiedOnlyProperty());
        flashSaleOnly.selectedProperty().bindBidirectional(model.flashSaleOnlyProperty());
        ListingTable.install(results);
        results.setItems(model.results());
        results.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pageInfo.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.totalProperty().get() == 0
                                ? "No listings match"
                                : String.format(
                                        java.util.Locale.ROOT,
                                        "%,d listings · page %d of %d",
                                        model.totalProperty().get(),
                                        model.pageProperty().get(),
                                        model.pageCountProperty().get()),
                        model.totalProperty(),
                        model.pageProperty(),
                        model.pageCountProperty()));
        // Paging stops at either end instead of doing nothing.
        previousButton
                .disableProperty()
                .bind(model.pageProperty().lessThanOrEqualTo(1).or(model.busyProperty()));
        nextButton
                .disableProperty()
                .bind(model.pageProperty()
                        .greaterThanOrEqualTo(model.pageCountProperty())
                        .or(model.busyProperty()));
        Bind.emptyText(results, "No listings match these filters: widen them, or clear the search");
        Bind.error(error, model.errors().form());
        Bind.error(sizeError, model.errors().of("size"));
        Bind.error(priceError, model.errors().of("price"));
        Bind.error(shopError, model.errors().of("shop"));
        detail.textProperty().bind(model.detailProperty());
        detail.visibleProperty().bind(model.comparisonProperty().isNull());
        comparisonPane.visibleProperty().bind(model.comparisonProperty().isNotNull());
        model.comparisonProperty().addListener((o, was, now) -> showComparison(now));
        searchButton.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private Button previousButton;

    @FXML
    private Button nextButton;

    @Override
    public void onShown() {
        model.search();
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void nextPage() {
        model.nextPage();
    }

    @FXML
    private void previousPage() {
        model.previousPage();
    }

    /** Two listings in two columns, a row per attribute; what differs between them is in bold. */
    private void showComparison(SearchService.Comparison comparison) {
        comparisonGrid.getChildren().clear();
        if (comparison == null) {
            return;
        }
        comparisonGrid.addRow(
                0,
                new Label(""),
                heading("Listing " + comparison.first().listingId()),
                heading("Listing " + comparison.second().listingId()));
        int row = 1;
        for (ListingText.ComparedRow compared : ListingText.comparison(comparison.first(), comparison.second())) {
            Label label = new Label(compared.label());
            label.getStyleClass().add(Styles.MUTED);
            comparisonGrid.addRow(
                    row++,
                    label,
                    value(compared.first(), compared.differs()),
                    value(compared.second(), compared.differs()));
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.HEADING);
        return heading;
    }

    private static Label value(String text, boolean differs) {
        Label value = new Label(text);
        value.setTooltip(new Tooltip(text));
        if (differs) {
            value.getStyleClass().add(Styles.DIFFERS);
        }
        return value;
    }

    @FXML
    private void compare() {
        var selected = results.getSelectionModel().getSelectedItems();
        model.compare(selected.size() > 0 ? selected.get(0) : null, selected.size() > 1 ? selected.get(1) : null);
    }

    @FXML
    private void addToCart() {
        model.addToCart(results.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void showRatings() {
        model.showRatings(results.getSelectionModel().getSelectedItem());
    }
}
