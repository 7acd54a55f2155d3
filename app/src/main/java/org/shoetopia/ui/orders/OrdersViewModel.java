package org.shoetopia.ui.orders;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.OrderService;
import org.shoetopia.api.OrderService.OrderSummary;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService;
import org.shoetopia.receipt.ReceiptLayout;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;

/**
 * Orders: the account's own history (bought or rung up) or, for a shop, its orders; the receipt and
 * tracking of the selected one; the shop advances its status and refunds lines.
 */
public final class OrdersViewModel {
    private final OrderService orders;
    private final ReturnService returns;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;

    private final BooleanProperty shopView = new SimpleBooleanProperty();
    private final ObservableList<OrderSummary> list = FXCollections.observableArrayList();
    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>();
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final StringProperty tracking = new SimpleStringProperty("");
    private final StringProperty refundQuantity = new SimpleStringProperty("1");
    private final StringProperty refundReason = new SimpleStringProperty("");
    private final BooleanProperty restock = new SimpleBooleanProperty(true);
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors().field("quantity").field("reason");

    public OrdersViewModel(
            OrderService orders,
            ReturnService returns,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs) {
        this.orders = orders;
        this.returns = returns;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        shopView.set(session.current().sellingShopId() != null);
    }

    public boolean canManage() {
        return session.current().sellingShopId() != null;
    }

    public void load() {
        var actor = session.actor();
        boolean forShop = shopView.get();
        runner.call(() -> forShop ? orders.shopOrders(actor) : orders.history(actor))
                .onSuccess(list::setAll)
                .onFailure(errors::show)
                .start();
    }

    public void select(OrderSummary order) {
        if (order == null) {
            return;
        }
        var actor = session.actor();
        record Detail(Receipt receipt, OrderService.Tracking tracking) {}
        runner.call(() -> new Detail(orders.receipt(actor, order.orderId()), orders.track(actor, order.orderId())))
                .onSuccess(detail -> {
                    receipt.set(detail.receipt());
                    receiptText.set(String.join("\n", ReceiptLayout.lines(detail.receipt(), ZoneId.systemDefault())));
                    tracking.set(trackingText(detail.tracking()));
                })
                .onFailure(errors::show)
                .start();
    }

    private static String trackingText(OrderService.Tracking tracking) {
        StringBuilder text = new StringBuilder("Order " + tracking.orderNumber() + ": "
                + tracking.overall().code().replace('_', ' '));
        List<OrderService.Tracking.ShopPart> parts = tracking.parts();
        if (parts.size() > 1) {
            parts.forEach(part -> text.append("\n  ")
                    .append(part.shopName())
                    .append(": ")
                    .append(part.status().code().replace('_', ' ')));
        }
        return text.toString();
    }

    public void advance(OrderSummary order) {
        if (order == null) {
            errors.set(FieldErrors.FORM, "Select an order first");
            return;
        }
        var actor = session.actor();
        runner.call(() -> orders.advanceStatus(actor, order.orderId()))
                .busy(busy)
                .onSuccess(status -> {
                    notice.set("Order " + order.orderNumber() + " is now "
                            + status.code().replace('_', ' '));
                    load();
                    select(order);
                })
                .onFailure(errors::show)
                .start();
    }

    public void refund(Receipt.Line line) {
        if (busy.get()) {
            return; // a second click while the first refund is asked about or paid
        }
        errors.clear();
        if (line == null) {
            errors.set(FieldErrors.FORM, "Select a line of the receipt to refund");
            return;
        }
        int quantity;
        try {
            quantity = Integer.parseInt(refundQuantity.get().strip());
        } catch (NumberFormatException e) {
            errors.set("quantity", "Quantity must be a whole number");
            return;
        }
        var actor = session.actor();
        String reason = refundReason.get();
        boolean back = restock.get();
        long orderId = receipt.get().orderId();
        // Money goes back at once: the server says how much (discounts, sale units, tax), and the
        // cashier says yes to that amount first.
        var asked = new ReturnService.ReturnRequest(
                receipt.get().orderNumber(),
                List.of(new ReturnService.ReturnLine(line.orderLineId(), quantity, back)),
                reason,
                false,
                null,
                null,
                null);
        runner.call(() -> returns.quote(actor, asked))
                .busy(busy)
                .onSuccess(amount -> {
                    if (dialogs.confirm(
                            "Refund",
                            "Refund " + quantity + " × " + line.description() + ": " + Formats.money(amount)
                                    + " goes back to the customer now"
                                    + (back
                                            ? ", and the pairs go back into stock."
                                            : ". The pairs stay out of stock."))) {
                        refundConfirmed(actor, line, quantity, back, reason, orderId);
                    }
                })
                .onFailure(errors::show)
                .start();
    }

    private void refundConfirmed(
            org.shoetopia.api.Actor actor, Receipt.Line line, int quantity, boolean back, String reason, long orderId) {
        runner.call(() -> orders.refund(actor, line.orderLineId(), quantity, back, reason))
                .busy(busy)
                .onSuccess(result -> {
                    notice.set("Refunded " + quantity + " unit(s): " + result.amount());
                    refundReason.set("");
                    list.stream()
                            .filter(o -> o.orderId() == orderId)
                            .findFirst()
                            .ifPresent(this::select);
                })
                .onFailure(errors::show)
                .start();
    }

    public BooleanProperty shopViewProperty() {
        return shopView;
    }

    public ObservableList<OrderSummary> list() {
        return list;
    }

    public ObjectProperty<Receipt> receiptProperty() {
        return receipt;
    }

    public StringProperty receiptTextProperty() {
        return receiptText;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public StringProperty refundQuantityProperty() {
        return refundQuantity;
    }

    public StringProperty refundReasonProperty() {
        return refundReason;
    }

    public BooleanProperty restockProperty() {
        return restock;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
