package org.shoetopia.ui.checkout;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.shoetopia.api.CartService.CartLineView;
import org.shoetopia.api.CartService.CustomerMatch;
import org.shoetopia.api.CartService.GiftCardInCart;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.LiveFeeds;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/**
 * Binds the point-of-sale screen. While shown it follows the live feed of flash-sale changes (NOTIFY on
 * PostgreSQL, polling on H2), so units left and sale prices change as other terminals sell.
 */
public final class PointOfSaleController implements ScreenController {
    private final UiContext context;
    private final PointOfSaleViewModel model;
    private AutoCloseable saleChanges;

    @FXML
    private TextField code;

    @FXML
    private Label codeError;

    @FXML
    private Label customerFit;

    @FXML
    private Button measureButton;

    @FXML
    private TableView<CartLineView> cart;

    @FXML
    private Label total;

    @FXML
    private Label saleInfo;

    @FXML
    private Label breakdown;

    @FXML
    private javafx.scene.layout.FlowPane discountBar;

    @FXML
    private Label customer;

    @FXML
    private TextField customerLookup;

    @FXML
    private Label customerLookupError;

    @FXML
    private RadioButton cash;

    @FXML
    private RadioButton card;

    @FXML
    private RadioButton giftCard;

    @FXML
    private RadioButton storeCredit;

    @FXML
    private VBox tenderList;

    @FXML
    private Label stillDue;

    @FXML
    private Label exchangeInfo;

    @FXML
    private Label shipToInfo;

    @FXML
    private HBox exchangeBar;

    @FXML
    private VBox giftCardPane;

    @FXML
    private TextField giftCardCode;

    @FXML
    private Label giftCardCodeError;

    @FXML
    private VBox amountPane;

    @FXML
    private TextField tenderAmount;

    @FXML
    private Label tenderAmountError;

    @FXML
    private javafx.scene.layout.FlowPane giftCardBar;

    @FXML
    private Button giveStoreCreditButton;

    @FXML
    private Label storeCreditInfo;

    @FXML
    private VBox cashPane;

    @FXML
    private VBox cardPane;

    @FXML
    private TextField cashTendered;

    @FXML
    private Label changeDue;

    @FXML
    private Label cashTenderedError;

    @FXML
    private TextField cardBrand;

    @FXML
    private TextField cardLast4;

    @FXML
    private Label cardBrandError;

    @FXML
    private Label cardLast4Error;

    @FXML
    private Label quantityError;

    @FXML
    private Label error;

    @FXML
    private Button checkoutButton;

    @FXML
    private TextArea receipt;

    @FXML
    private Button printButton;

    @FXML
    private Button pdfButton;

    @FXML
    private javafx.scene.layout.FlowPane shiftBar;

    @FXML
    private Label shiftInfo;

    @FXML
    private Button openShiftButton;

    @FXML
    private Button payInButton;

    @FXML
    private Button payOutButton;

    @FXML
    private Button noSaleButton;

    @FXML
    private Button xReportButton;

    @FXML
    private Button closeShiftButton;

    @FXML
    private Button zReportsButton;

    @FXML
    private Button keysButton;

    @FXML
    private javafx.scene.layout.GridPane keypad;

    /** The till's field the number pad types into: the one last focused, the scan field at first. */
    private TextField keypadTarget;

    @FXML
    private Button quantityButton;

    @FXML
    private Button removeButton;

    @FXML
    private Button discountLineButton;

    @FXML
    private Button discountSaleButton;

    @FXML
    private Button overridePriceButton;

    @FXML
    private Button holdButton;

    @FXML
    private Button recallButton;

    @FXML
    private Button newCustomerButton;

    @FXML
    private Button editCustomerButton;

    @FXML
    private Button newSaleButton;

    @FXML
    private Button addTenderButton;

    private final ShiftViewModel shift;
    private final ReturnViewModel returns;

    public PointOfSaleController(UiContext context) {
        this.context = context;
        var services = context.services();
        this.model = new PointOfSaleViewModel(
                services.carts(),
                services.checkout(),
                services.returns(),
                services.storedValue(),
                services.flashSales(),
                services.listings(),
                context.runner(),
                context.session(),
                context.dialogs());
        // The settings file is read once for the three models, not once each.
        var printer = context.settings().receiptPrinter();
        model.useReceiptPrinter(printer);
        this.shift = new ShiftViewModel(
                services.shifts(),
                context.runner(),
                context.session(),
                context.dialogs(),
                context.settings().current().terminalName(),
                printer,
                () -> model.discountRulesProperty().get() != null
                        && model.discountRulesProperty().get().managesShop());
        this.returns = new ReturnViewModel(
                services.returns(), context.runner(), context.session(), context.dialogs(), printer, model);
    }

    /** Whether the till is a shop's (its cashier works in shifts), not a customer's own cart. */
    private boolean sellsForAShop() {
        return context.session().current() != null
                && context.session().current().sellingShopId() != null;
    }

    @FXML
    private void initialize() {
        Bind.emptyText(cart, "Scan a shoe or type its listing number to start a sale");
        code.textProperty().bindBidirectional(model.codeProperty());
        customerLookup.textProperty().bindBidirectional(model.customerLookupProperty());
        Bind.error(customerLookupError, model.errors().of("customerLookup"));
        model.onCustomerNamed(() -> code.requestFocus());
        cart.setItems(model.lines());
        cart.getColumns()
                .setAll(
                        ListingTable.column(
                                "#", 40, (CartLineView line) -> line.listing().listingId()),
                        ListingTable.column(
                                "Shoe",
                                260,
                                (CartLineView line) -> line.listing().description()),
                        ListingTable.column("Qty", 48, CartLineView::quantity),
                        ListingTable.column("Price", 80, (CartLineView line) -> Formats.money(line.unitPrice())),
                        ListingTable.column("Off", 90, PointOfSaleController::offText),
                        ListingTable.column("Total", 90, (CartLineView line) -> Formats.money(line.estimatedTotal())));
        cart.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Delete (or Backspace) on a selected line takes it out, as on any till.
        cart.setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)
                    && cart.getSelectionModel().getSelectedItem() != null) {
                model.remove(cart.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        showStyleMatches();
        showCustomerMatches();
        customerFit.textProperty().bind(model.customerFitProperty());
        customerFit.visibleProperty().bind(customerFit.textProperty().isNotEmpty());
        customerFit.managedProperty().bind(customerFit.visibleProperty());
        measureButton.disableProperty().bind(model.customerNamedProperty().not());
        editCustomerButton.disableProperty().bind(model.walkInNamedProperty().not());
        installKeys();
        buildKeypad(context.settings().touchLayout());
        total.textProperty().bind(model.totalProperty());
        breakdown.textProperty().bind(model.breakdownProperty());
        breakdown.visibleProperty().bind(breakdown.textProperty().isNotEmpty());
        breakdown.managedProperty().bind(breakdown.visibleProperty());
        // Discounts are a seller's: a customer's own cart has no such buttons.
        discountBar.visibleProperty().bind(model.discountRulesProperty().isNotNull());
        discountBar.managedProperty().bind(discountBar.visibleProperty());
        // Store credit is the owner's and managers' to give (the service refuses anyone else).
        showOnlyWhen(
                giveStoreCreditButton,
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.discountRulesProperty().get() != null
                                && model.discountRulesProperty().get().managesShop(),
                        model.discountRulesProperty()));
        saleInfo.textProperty().bind(model.saleInfoProperty());
        saleInfo.visibleProperty().bind(saleInfo.textProperty().isNotEmpty());
        customer.textProperty().bind(model.customerProperty());
        ToggleGroup method = new ToggleGroup();
        java.util.Map<javafx.scene.control.Toggle, PaymentMethod> methods = java.util.Map.of(
                cash, PaymentMethod.CASH,
                card, PaymentMethod.CARD,
                giftCard, PaymentMethod.GIFT_CARD,
                storeCredit, PaymentMethod.STORE_CREDIT);
        methods.keySet().forEach(toggle -> toggle.setToggleGroup(method));
        cash.setSelected(true);
        method.selectedToggleProperty()
                .addListener((o, was, now) -> model.paymentMethodProperty().set(methods.get(now)));
        // The model goes back to cash after a sale: the choice on screen follows it.
        model.paymentMethodProperty()
                .addListener((o, was, now) -> methods.forEach((toggle, kind) -> {
                    if (kind == now && !toggle.isSelected()) {
                        toggle.setSelected(true);
                    }
                }));
        storeCreditInfo.textProperty().bind(model.storeCreditInfoProperty());
        showOnlyWhen(
                storeCreditInfo,
                storeCredit
                        .selectedProperty()
                        .and(storeCreditInfo.textProperty().isNotEmpty()));
        showOnlyWhen(cashPane, cash.selectedProperty());
        showOnlyWhen(cardPane, card.selectedProperty());
        showOnlyWhen(giftCardPane, giftCard.selectedProperty());
        showOnlyWhen(amountPane, cash.selectedProperty().not());
        giftCardCode.textProperty().bindBidirectional(model.giftCardCodeProperty());
        tenderAmount.textProperty().bindBidirectional(model.tenderAmountProperty());
        shipToInfo.textProperty().bind(model.shipToInfoProperty());
        showOnlyWhen(shipToInfo, shipToInfo.textProperty().isNotEmpty());
        exchangeInfo.textProperty().bind(model.exchangeInfoProperty());
        // A return handed to the sale: the next thing the cashier does is take the difference.
        model.exchangeInfoProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && (was == null || was.isEmpty())) {
                cashTendered.requestFocus();
            }
        });
        showOnlyWhen(exchangeBar, exchangeInfo.textProperty().isNotEmpty());
        stillDue.textProperty().bind(model.stillDueProperty());
        showOnlyWhen(stillDue, stillDue.textProperty().isNotEmpty());
        model.tenders().addListener((javafx.collections.ListChangeListener<org.shoetopia.domain.Tender>)
                change -> showTenders());
        model.giftCards()
                .addListener((javafx.collections.ListChangeListener<GiftCardInCart>) change -> showGiftCards());
        cashTendered.textProperty().bindBidirectional(model.cashTenderedProperty());
        changeDue.textProperty().bind(model.changeDueProperty());
        cardBrand.textProperty().bindBidirectional(model.cardBrandProperty());
        cardLast4.textProperty().bindBidirectional(model.cardLast4Property());
        Bind.error(codeError, model.errors().of("code"));
        Bind.error(cashTenderedError, model.errors().of("cashTendered"));
        Bind.error(cardBrandError, model.errors().of("cardBrand"));
        Bind.error(cardLast4Error, model.errors().of("cardLast4"));
        Bind.error(giftCardCodeError, model.errors().of("giftCardCode"));
        Bind.error(tenderAmountError, model.errors().of("tenderAmount"));
        Bind.error(quantityError, model.errors().of("quantity"));
        Bind.error(error, model.errors().form());
        // A sale refused because the shift was closed elsewhere: the bar shows it closed at once.
        model.errors().form().addListener((observed, was, now) -> {
            if (now != null && now.contains("Open a shift")) {
                shift.load();
            }
        });
        // A shop's till: the shift bar, and payment only while a shift is open.
        boolean till = sellsForAShop();
        showOnlyWhen(shiftBar, new javafx.beans.property.SimpleBooleanProperty(till));
        shiftInfo.textProperty().bind(shift.shiftInfoProperty());
        javafx.beans.binding.BooleanBinding open = shift.shiftProperty().isNotNull();
        javafx.beans.binding.BooleanBinding closedKnown = open.not().and(shift.knownProperty());
        showOnlyWhen(openShiftButton, closedKnown);
        for (Button whileOpen :
                java.util.List.of(payInButton, payOutButton, noSaleButton, xReportButton, closeShiftButton)) {
            showOnlyWhen(whileOpen, open);
            whileOpen.disableProperty().bind(shift.busyProperty());
        }
        openShiftButton.disableProperty().bind(shift.busyProperty());
        showOnlyWhen(
                zReportsButton,
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> model.discountRulesProperty().get() != null
                                && model.discountRulesProperty().get().managesShop(),
                        model.discountRulesProperty()));
        shiftInfo.getStyleClass().add("muted");
        closedKnown.addListener((observed, was, now) -> {
            shiftInfo.getStyleClass().removeAll("muted", "error-text");
            shiftInfo.getStyleClass().add(now ? "error-text" : "muted");
        });
        checkoutButton
                .disableProperty()
                .bind(model.busyProperty()
                        .or(model.cartEmptyProperty())
                        .or(till ? open.not() : new javafx.beans.property.SimpleBooleanProperty(false)));
        receipt.textProperty().bind(model.receiptTextProperty());
        // After a sale the next scan goes to the scan field, not into Cash tendered.
        model.receiptProperty().addListener((observed, was, now) -> {
            if (now != null) {
                code.requestFocus();
            }
        });
        printButton.disableProperty().bind(model.receiptProperty().isNull());
        newSaleButton.disableProperty().bind(model.receiptProperty().isNull());
        pdfButton.disableProperty().bind(model.receiptProperty().isNull());
    }

    private static void showOnlyWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The tenders taken so far, each with a button that takes it back. */
    private void showTenders() {
        tenderList
                .getChildren()
                .setAll(model.tenders().stream()
                        .map(tender -> {
                            Button takeBack = new Button("✕");
                            takeBack.getStyleClass().add("flat");
                            takeBack.setAccessibleText("Take back " + PointOfSaleViewModel.describe(tender));
                            takeBack.setOnAction(event -> model.removeTender(tender));
                            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                            javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
                            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(
                                    8, new Label(PointOfSaleViewModel.describe(tender)), gap, takeBack);
                            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                            return (javafx.scene.Node) row;
                        })
                        .toList());
    }

    /** The gift cards the sale sells, each a button that takes it out of the sale. */
    private void showGiftCards() {
        giftCardBar
                .getChildren()
                .setAll(model.giftCards().stream()
                        .map(card -> {
                            Button remove = new Button("Gift card " + Formats.money(card.amount()) + "  ✕");
                            remove.setAccessibleText(
                                    "Take the gift card of " + Formats.money(card.amount()) + " out of the sale");
                            remove.setOnAction(event -> model.removeGiftCard(card));
                            return (javafx.scene.Node) remove;
                        })
                        .toList());
    }

    /** What comes off a line: its sale units at the sale price, and its discount. */
    private static String offText(CartLineView line) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (line.saleUnits() > 0 && line.listing().salePercentOff() != null) {
            parts.add(line.saleUnits() + " at "
                    + Formats.money(line.unitPrice().discounted(line.listing().salePercentOff())));
        }
        if (line.discount().isPositive()) {
            parts.add("−" + Formats.money(line.discount()));
        }
        return String.join("\n", parts); // one per line: the column stays narrow on a 1024-pixel display
    }

    /**
     * Every till action has a key, written on its button and listed by F1, so a cashier who knows them
     * never leaves the keyboard. F-keys for the sale, Ctrl for the rest; none a text field takes.
     */
    private void installKeys() {
        tillKeys.add("F1", "Show these keys", keysButton, this::showKeys)
                .add("F2", "Change the quantity of the chosen line (else the last)", quantityButton, this::setQuantity)
                .add(
                        "F3",
                        "Remove the chosen line (else the last); Delete in the list too",
                        removeButton,
                        this::removeLine)
                .add("F4", "Find the customer: type a name, email or phone", () -> customerLookup.requestFocus())
                .add("Shift+F4", "A new customer: name, and a phone or email", newCustomerButton, this::newCustomer)
                .add("Shortcut+E", "Edit the walk-in customer the sale names", editCustomerButton, this::editCustomer)
                .add("F5", "Pay in cash: type what was tendered", cash, () -> payBy(cash, cashTendered))
                .add("F6", "Discount the chosen line (else the last)", discountLineButton, this::discountLine)
                .add("F7", "Discount the whole sale", discountSaleButton, this::discountSale)
                .add("F8", "Set the chosen line's price (else the last's)", overridePriceButton, this::overridePrice)
                .add("F9", "Take part of the total by this payment", addTenderButton, this::addTender)
                .add("F10", "Pay by card: type its brand and last four digits", card, () -> payBy(card, cardBrand))
                .add("F12", "Check out", checkoutButton, this::checkout)
                .add("Shortcut+N", "New sale: clear the last receipt", newSaleButton, this::newSale)
                .add("Shortcut+H", "Hold the sale", holdButton, this::holdSale)
                .add("Shortcut+R", "Recall a held sale", recallButton, this::recallSale)
                .add("Shortcut+P", "Print the receipt", printButton, this::print)
                .add("Esc", "Back to the scan field", () -> code.requestFocus());
        tillKeys.installFor(code);
        customerLookup.setPromptText(customerLookup.getPromptText() + " — F4");
    }

    private final TillKeys tillKeys = new TillKeys();

    /**
     * The number pad of a touch screen: digits, the decimal point, × (a quantity: 12×3), back
     * space and Enter, typed into the field last focused. Its keys never take the focus, so the
     * field keeps its caret.
     */
    private void buildKeypad(boolean touch) {
        keypad.setVisible(touch);
        keypad.setManaged(touch);
        if (!touch) {
            return;
        }
        keypadTarget = code;
        for (TextField typedInto : java.util.List.of(
                code, cashTendered, tenderAmount, cardBrand, cardLast4, giftCardCode, customerLookup)) {
            typedInto.focusedProperty().addListener((observed, was, now) -> {
                if (now) {
                    keypadTarget = typedInto;
                }
            });
        }
        String[][] rows = {{"7", "8", "9", "⌫"}, {"4", "5", "6", "×"}, {"1", "2", "3", "."}, {"0", "00"}};
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < rows[row].length; column++) {
                String key = rows[row][column];
                keypad.add(keypadKey(key, () -> press(key)), column, row);
            }
        }
        Button enter = keypadKey("Enter", () -> {
            TextField field = padField();
            field.requestFocus();
            field.fireEvent(new javafx.event.ActionEvent());
        });
        enter.getStyleClass().add("accent");
        enter.setMaxWidth(Double.MAX_VALUE);
        keypad.add(enter, 2, rows.length - 1, 2, 1);
    }

    private static Button keypadKey(String text, Runnable action) {
        Button key = new Button(text);
        key.setFocusTraversable(false);
        key.setMaxWidth(Double.MAX_VALUE);
        key.setOnAction(pressed -> action.run());
        return key;
    }

    /** The field the pad types into: the last focused, unless it is hidden now (cash after F10). */
    private TextField padField() {
        if (!TillKeys.usable(keypadTarget)) {
            keypadTarget = code;
        }
        return keypadTarget;
    }

    private void press(String key) {
        TextField field = padField();
        switch (key) {
            case "⌫" -> {
                if (!field.deletePreviousChar()) {
                    field.deleteNextChar();
                }
            }
            case "×" -> field.replaceSelection("*");
            default -> field.replaceSelection(key);
        }
        field.requestFocus();
        field.deselect();
    }

    /** Chooses how the customer pays and puts the cursor where that payment is typed. */
    private void payBy(RadioButton method, TextField firstField) {
        method.setSelected(true);
        firstField.requestFocus();
    }

    /** The line an action is for: the one chosen in the list, else the one scanned last. */
    private CartLineView chosenOrLastLine() {
        CartLineView chosen = cart.getSelectionModel().getSelectedItem();
        if (chosen != null || cart.getItems().isEmpty()) {
            return chosen;
        }
        return cart.getItems().get(cart.getItems().size() - 1);
    }

    /** After an action that needs nothing more, the next scan goes to the scan field. */
    private void thenScan(Runnable action) {
        action.run();
        code.requestFocus();
    }

    @FXML
    private void showKeys() {
        context.dialogs().showDocument("Till keys", tillKeys.helpLines(), java.util.List.of("Close"));
        code.requestFocus();
    }

    @FXML
    private void newSale() {
        thenScan(model::startNewSale);
    }

    @Override
    public void onShown() {
        model.load();
        if (sellsForAShop()) {
            shift.load();
        }
        model.refresh();
        saleChanges = model.followSaleChanges();
        Bind.focusWhenShown(code);
    }

    @Override
    public void onHidden() {
        LiveFeeds.close(saleChanges);
        saleChanges = null;
    }

    @FXML
    private void holdSale() {
        thenScan(model::holdSale);
    }

    @FXML
    private void recallSale() {
        thenScan(model::recallSale);
    }

    @FXML
    private void shipTo() {
        thenScan(model::shipTo);
    }

    @FXML
    private void dropExchange() {
        thenScan(model::dropExchange);
    }

    @FXML
    private void startReturn() {
        returns.startReturn();
    }

    @FXML
    private void openShift() {
        thenScan(shift::openShift);
    }

    @FXML
    private void payIn() {
        thenScan(shift::payIn);
    }

    @FXML
    private void payOut() {
        thenScan(shift::payOut);
    }

    @FXML
    private void noSale() {
        thenScan(shift::noSale);
    }

    @FXML
    private void xReport() {
        thenScan(shift::xReport);
    }

    @FXML
    private void closeShift() {
        shift.closeShift();
    }

    @FXML
    private void zReports() {
        shift.zReports();
    }

    /**
     * Styles whose name holds the letters typed into the scan field, in a menu under it that leaves
     * the field where it is; Down goes into the menu, Enter on a style opens its grid.
     */
    private void showStyleMatches() {
        ContextMenu menu = new ContextMenu();
        model.styleMatches().addListener((ListChangeListener<StyleView>) change -> {
            if (model.styleMatches().isEmpty() || !code.isFocused()) {
                menu.hide();
                return;
            }
            menu.getItems()
                    .setAll(model.styleMatches().stream()
                            .map(style -> {
                                MenuItem item = new MenuItem(style.name() + " · " + style.skus() + " sizes, "
                                        + style.pairs() + " pairs, " + priceRange(style));
                                item.setMnemonicParsing(false);
                                item.setOnAction(event -> model.openStyle(style));
                                return item;
                            })
                            .toList());
            if (!menu.isShowing()) {
                menu.show(code, Side.BOTTOM, 0, 0);
            }
        });
        intoMenuOnDown(code, menu);
    }

    /**
     * The shop's customers matching what is typed into the lookup field, in a menu under it (the
     * field stays where it is); Down goes into the menu, Enter on a customer names them on the sale.
     */
    private void showCustomerMatches() {
        ContextMenu menu = new ContextMenu();
        model.customerMatches().addListener((ListChangeListener<CustomerMatch>) change -> {
            if (model.customerMatches().isEmpty() || !customerLookup.isFocused()) {
                menu.hide();
                return;
            }
            menu.getItems()
                    .setAll(model.customerMatches().stream()
                            .map(match -> {
                                MenuItem item = new MenuItem(CustomerText.of(match));
                                item.setMnemonicParsing(false);
                                item.setOnAction(event -> model.chooseCustomer(match));
                                return item;
                            })
                            .toList());
            if (!menu.isShowing()) {
                menu.show(customerLookup, Side.BOTTOM, 0, 0);
            }
        });
        customerLookup.focusedProperty().addListener((observed, was, focused) -> {
            if (!focused && !menu.isFocused()) {
                menu.hide();
            }
        });
        intoMenuOnDown(customerLookup, menu);
    }

    /** Down in a field with its menu of matches showing goes to the menu's first item. */
    private static void intoMenuOnDown(TextField field, ContextMenu menu) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && menu.isShowing() && menu.getSkin() != null) {
                Node first = menu.getSkin().getNode().lookup(".menu-item");
                if (first != null) {
                    first.requestFocus();
                    event.consume();
                }
            }
        });
    }

    private static String priceRange(StyleView style) {
        return style.lowestPrice().equals(style.highestPrice())
                ? Formats.money(style.lowestPrice())
                : Formats.money(style.lowestPrice()) + "–" + Formats.money(style.highestPrice());
    }

    @FXML
    private void measureCustomer() {
        thenScan(model::measureCustomer);
    }

    @FXML
    private void addCode() {
        model.addCode();
    }

    @FXML
    private void setQuantity() {
        thenScan(() -> model.changeQuantity(chosenOrLastLine()));
    }

    @FXML
    private void removeLine() {
        thenScan(() -> model.remove(chosenOrLastLine()));
    }

    @FXML
    private void discountLine() {
        thenScan(() -> model.discountLine(chosenOrLastLine()));
    }

    @FXML
    private void discountSale() {
        thenScan(model::discountSale);
    }

    @FXML
    private void overridePrice() {
        thenScan(() -> model.overridePrice(chosenOrLastLine()));
    }

    @FXML
    private void removeDiscount() {
        thenScan(() -> model.removeDiscount(chosenOrLastLine()));
    }

    @FXML
    private void voidSale() {
        thenScan(model::voidSale);
    }

    @FXML
    private void addTender() {
        model.addTender();
    }

    @FXML
    private void sellGiftCard() {
        thenScan(model::sellGiftCard);
    }

    @FXML
    private void checkGiftCard() {
        thenScan(model::checkGiftCard);
    }

    @FXML
    private void giveStoreCredit() {
        thenScan(model::giveStoreCredit);
    }

    @FXML
    private void nameCustomer() {
        model.nameCustomer(); // the focus goes back to the scan field once the sale names them
    }

    @FXML
    private void newCustomer() {
        model.newCustomer();
    }

    @FXML
    private void editCustomer() {
        model.editCustomer();
    }

    @FXML
    private void checkout() {
        model.checkout();
    }

    @FXML
    private void print() {
        if (model.hasReceiptPrinter()) {
            model.reprintOnReceiptPrinter();
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            context.dialogs().showError("Print", "No printer is set up on this terminal");
            return;
        }
        if (job.showPrintDialog(receipt.getScene().getWindow()) && job.printPage(receipt)) {
            job.endJob();
        }
    }

    @FXML
    private void savePdf() {
        thenScan(model::saveReceiptPdf);
    }
}
