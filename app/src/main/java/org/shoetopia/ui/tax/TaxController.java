package org.shoetopia.ui.tax;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.shoetopia.api.ShopService.TaxReportRow;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the tax screen: the shop's tax settings (the owner's to change) and its tax report. */
public final class TaxController implements ScreenController {
    private final TaxViewModel model;

    @FXML
    private Label readOnlyHint;

    @FXML
    private RadioButton taxAdded;

    @FXML
    private RadioButton taxIncluded;

    @FXML
    private ComboBox<TaxRounding> rounding;

    @FXML
    private TextField number;

    @FXML
    private Label numberError;

    @FXML
    private TableView<TaxRate> rates;

    @FXML
    private GridPane newRate;

    @FXML
    private ComboBox<TaxCategory> category;

    @FXML
    private TextField name;

    @FXML
    private TextField percent;

    @FXML
    private ComboBox<TaxAppliesTo> appliesTo;

    @FXML
    private TextField threshold;

    @FXML
    private Label rateError;

    @FXML
    private Button saveButton;

    @FXML
    private Label notice;

    @FXML
    private Label error;

    @FXML
    private TextField discountLimit;

    @FXML
    private Label discountLimitError;

    @FXML
    private TextArea discountReasons;

    @FXML
    private Label discountReasonsError;

    @FXML
    private Label discountNotice;

    @FXML
    private Button saveDiscountsButton;

    @FXML
    private DatePicker from;

    @FXML
    private DatePicker to;

    @FXML
    private Label reportError;

    @FXML
    private TableView<TaxReportRow> report;

    @FXML
    private Label summary;

    @FXML
    private Button exportButton;

    public TaxController(UiContext context) {
        this.model = new TaxViewModel(
                context.services().shops(),
                context.services().returns(),
                context.runner(),
                context.session(),
                context.dialogs(),
                ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        ToggleGroup mode = new ToggleGroup();
        taxAdded.setToggleGroup(mode);
        taxIncluded.setToggleGroup(mode);
        taxIncluded.selectedProperty().bindBidirectional(model.pricesIncludeTaxProperty());
        taxAdded.setSelected(!taxIncluded.isSelected());
        model.pricesIncludeTaxProperty().addListener((o, was, now) -> taxAdded.setSelected(!now));
        Bind.codedChoices(rounding, TaxRounding.class, false);
        rounding.valueProperty().bindBidirectional(model.roundingProperty());
        number.textProperty().bindBidirectional(model.registrationNumberProperty());
        Bind.codedChoices(category, TaxCategory.class, false);
        category.getItems().remove(TaxCategory.EXEMPT); // exempt is the category with no rate
        category.valueProperty().bindBidirectional(model.newCategoryProperty());
        name.textProperty().bindBidirectional(model.newNameProperty());
        percent.textProperty().bindBidirectional(model.newPercentProperty());
        Bind.codedChoices(appliesTo, TaxAppliesTo.class, false);
        appliesTo.valueProperty().bindBidirectional(model.newAppliesToProperty());
        threshold.textProperty().bindBidirectional(model.newThresholdProperty());
        threshold.disableProperty().bind(model.newAppliesToProperty().isEqualTo(TaxAppliesTo.ALL));
        rates.setItems(model.rates());
        rates.getColumns()
                .setAll(
                        ListingTable.column(
                                "Category", 80, (TaxRate r) -> r.category().code()),
                        ListingTable.column("Rate", 200, TaxRate::label));
        rates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rates.setPlaceholder(new Label("No rates: no tax is charged"));
        Bind.error(numberError, model.errors().of("taxNumber"));
        // One line for whatever is wrong with the rate being added.
        Bind.error(
                rateError,
                Bindings.concat(
                        model.errors().of("taxRateName"),
                        model.errors().of("taxRate"),
                        model.errors().of("taxCategory"),
                        model.errors().of("taxAppliesTo"),
                        model.errors().of("taxThreshold"),
                        model.errors().of("taxRates")));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        boolean editable = model.canEdit();
        for (Node control : List.of(taxAdded, taxIncluded, rounding, number, newRate)) {
            control.setDisable(!editable);
        }
        saveButton.disableProperty().bind(model.busyProperty().or(new SimpleBooleanProperty(!editable)));
        readOnlyHint.setVisible(!editable);
        readOnlyHint.setManaged(!editable);

        discountLimit.textProperty().bindBidirectional(model.discountLimitProperty());
        refundLimit.textProperty().bindBidirectional(model.refundLimitProperty());
        Bind.error(refundLimitError, model.refundErrors().of("refundLimit"));
        refundLimit.setDisable(!editable);
        saveRefundLimitButton.setDisable(!editable);
        discountReasons.textProperty().bindBidirectional(model.discountReasonsProperty());
        Bind.error(discountLimitError, model.discountErrors().of("discountLimit"));
        Bind.error(discountReasonsError, model.discountErrors().of("discountReasons"));
        discountNotice.textProperty().bind(model.discountNoticeProperty());
        discountLimit.setDisable(!editable);
        discountReasons.setEditable(editable);
        saveDiscountsButton.setDisable(!editable);

        from.valueProperty().bindBidirectional(model.reportFromProperty());
        to.valueProperty().bindBidirectional(model.reportToProperty());
        report.setItems(model.reportRows());
        report.getColumns()
                .setAll(
                        ListingTable.column("Rate", 170, TaxReportRow::label),
                        ListingTable.column("Taxable", 85, (TaxReportRow r) -> Formats.money(r.taxableSales())),
                        ListingTable.column("Tax", 70, (TaxReportRow r) -> Formats.money(r.taxOnSales())),
                        ListingTable.column("Refunds", 80, (TaxReportRow r) -> Formats.money(r.taxRefunded())),
                        ListingTable.column("Net", 70, (TaxReportRow r) -> Formats.money(r.netTax())));
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Money is never cut; the rate's name gives way.
        report.getColumns().stream().skip(1).forEach(column -> column.setMinWidth(column.getPrefWidth()));
        report.getColumns().get(0).setMinWidth(90);
        report.setPlaceholder(new Label("No taxed sales or refunds in this period"));
        Bind.error(reportError, model.reportErrors().form());
        summary.textProperty().bind(model.reportSummaryProperty());
        exportButton.disableProperty().bind(model.reportProperty().isNull());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void addRate() {
        model.addRate();
    }

    @FXML
    private void removeRate() {
        model.removeRate(rates.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private TextField refundLimit;

    @FXML
    private Label refundLimitError;

    @FXML
    private Button saveRefundLimitButton;

    @FXML
    private void saveRefundLimit() {
        model.saveRefundLimit();
    }

    @FXML
    private void saveDiscounts() {
        model.saveDiscounts();
    }

    @FXML
    private void showReport() {
        model.showReport();
    }

    @FXML
    private void exportCsv() {
        model.exportCsv();
    }
}
