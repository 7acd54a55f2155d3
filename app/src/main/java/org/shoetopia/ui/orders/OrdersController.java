package org.shoetopia.ui.orders;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.shoetopia.api.OrderService.OrderSummary;
import org.shoetopia.api.Receipt;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the orders screen. */
public final class OrdersController implements ScreenController {
    private final OrdersViewModel model;

    @FXML
    private CheckBox shopView;

    @FXML
    private TableView<OrderSummary> orders;

    @FXML
    private TextArea receipt;

    @FXML
    private Label tracking;

    @FXML
    private HBox managePane;

    @FXML
    private javafx.scene.layout.VBox refundPane;

    @FXML
    private ComboBox<Receipt.Line> refundLine;

    @FXML
    private javafx.scene.control.Button refundButton;

    @FXML
    private TextField refundQuantity;

    @FXML
    private TextField refundReason;

    @FXML
    private CheckBox restock;

    @FXML
    private Label notice;

    @FXML
    private Label error;

    @FXML
    private Label quantityError;

    @FXML
    private Label reasonError;

    private final UiContext context;

    public OrdersController(UiContext context) {
        this.context = context;
        this.model = new OrdersViewModel(
                context.services().orders(),
                context.services().returns(),
                context.runner(),
                context.session(),
                context.dialogs());
    }

    @FXML
    private void initialize() {
        Bind.emptyText(orders, "No orders yet");
        refundButton.disableProperty().bind(model.busyProperty());
        shopView.setVisible(model.canManage());
        shopView.selectedProperty().bindBidirectional(model.shopViewProperty());
        shopView.selectedProperty().addListener((o, was, now) -> model.load());
        managePane.setVisible(model.canManage());
        managePane.managedProperty().bind(managePane.visibleProperty());
        refundPane.setVisible(model.canManage());
        orders.setItems(model.list());
        orders.getColumns()
                .setAll(
                        ListingTable.column("Order", 90, OrderSummary::orderNumber),
                        ListingTable.column("When", 150, (OrderSummary o) -> Formats.dateTime(o.createdAt())),
                        ListingTable.column("Units", 60, OrderSummary::units),
                        ListingTable.column("Total", 90, (OrderSummary o) -> Formats.money(o.total())),
                        ListingTable.column(
                                "Status",
                                130,
                                (OrderSummary o) -> o.status().code().replace('_', ' ')));
        orders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        orders.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        receipt.textProperty().bind(model.receiptTextProperty());
        tracking.textProperty().bind(model.trackingProperty());
        model.receiptProperty().addListener((o, was, now) -> {
            refundLine.getItems().setAll(now == null ? java.util.List.of() : now.lines());
            refundLine.getSelectionModel().selectFirst();
        });
        refundLine.setButtonCell(new LineCell());
        refundLine.setCellFactory(list -> new LineCell());
        refundQuantity.textProperty().bindBidirectional(model.refundQuantityProperty());
        refundReason.textProperty().bindBidirectional(model.refundReasonProperty());
        restock.selectedProperty().bindBidirectional(model.restockProperty());
        notice.textProperty().bind(model.noticeProperty());
        Bind.error(error, model.errors().form());
        Bind.error(quantityError, model.errors().of("quantity"));
        Bind.error(reasonError, model.errors().of("reason"));
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void advance() {
        model.advance(orders.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void refund() {
        model.refund(refundLine.getValue());
    }

    private static final class LineCell extends ListCell<Receipt.Line> {
        @Override
        protected void updateItem(Receipt.Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(
                    empty || line == null
                            ? null
                            : "#" + line.listingId() + " " + line.description() + " ("
                                    + (line.quantity() - line.refundedQuantity()) + " refundable)");
        }
    }
}
