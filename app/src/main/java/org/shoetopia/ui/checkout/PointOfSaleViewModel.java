package org.shoetopia.ui.checkout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.CartService;
import org.shoetopia.api.CartService.CartLineView;
import org.shoetopia.api.CartService.CartView;
import org.shoetopia.api.CartService.CustomerMatch;
import org.shoetopia.api.CartService.DiscountRequest;
import org.shoetopia.api.CartService.DiscountRules;
import org.shoetopia.api.CartService.GiftCardInCart;
import org.shoetopia.api.CheckoutService;
import org.shoetopia.api.CheckoutService.SaleSeen;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.FlashSaleService.SaleView;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService;
import org.shoetopia.api.ReturnService.ExchangeReceipt;
import org.shoetopia.api.ReturnService.ExchangeRequest;
import org.shoetopia.api.ReturnService.ReturnRequest;
import org.shoetopia.api.StoredValueService;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Ean13;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Percent;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.receipt.EscPosReceipt;
import org.shoetopia.receipt.ReceiptLayout;
import org.shoetopia.receipt.ReceiptPdf;
import org.shoetopia.receipt.ReceiptPrinter;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.FitText;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.SizeGrid;

/**
 * The till: add by listing number (or a scanner typing digits and Enter), the cart with per-line sale
 * prices, the shop's flash sale units left (refreshed while other terminals sell), payment, receipt.
 */
public final class PointOfSaleViewModel implements ReturnViewModel.SaleOnTheTill {
    private final CartService carts;
    private final ListingService listings;
    private final CheckoutService checkout;
    private final ReturnService returns;
    private final StoredValueService storedValue;
    private final FlashSaleService flashSales;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;

    private final StringProperty code = new SimpleStringProperty("");
    /** The shop's styles whose name holds the letters typed into the scan field. */
    private final ObservableList<StyleView> styleMatches = FXCollections.observableArrayList();

    private final BackgroundRunner.Latest suggestingStyles = new BackgroundRunner.Latest();
    /** What the cashier types to find the customer: a name, an email or a phone number. */
    private final StringProperty customerLookup = new SimpleStringProperty("");
    /** The shop's customers matching what is typed, listed under the lookup field. */
    private final ObservableList<CustomerMatch> customerMatches = FXCollections.observableArrayList();

    private final BackgroundRunner.Latest findingCustomers = new BackgroundRunner.Latest();
    private Runnable afterNaming = () -> {};
    private final ObservableList<CartLineView> lines = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty(Formats.money(Money.ZERO));
    private final StringProperty breakdown = new SimpleStringProperty("");
    private final ObservableList<Receipt.DiscountLine> discounts = FXCollections.observableArrayList();
    private final StringProperty customer = new SimpleStringProperty("Walk-in customer");
    /** The named customer's fit, in one line; empty for a walk-in or a customer with none. */
    private final StringProperty customerFit = new SimpleStringProperty("");

    private final BackgroundRunner.Latest showingFit = new BackgroundRunner.Latest();
    /** The fit on the fit line, which the measure form starts from. */
    private FitView shownFit = FitView.NONE;

    private final BooleanProperty customerNamed = new SimpleBooleanProperty();
    /** The sale names a walk-in the shop noted: the till may correct their record. */
    private final BooleanProperty walkInNamed = new SimpleBooleanProperty();

    private final StringProperty saleInfo = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final StringProperty cashTendered = new SimpleStringProperty("");
    private final StringProperty changeDue = new SimpleStringProperty("");
    private final StringProperty cardBrand = new SimpleStringProperty("Visa");
    private final StringProperty cardLast4 = new SimpleStringProperty("");
    /** What a card, gift card or store credit pays; blank: what is still due. */
    private final StringProperty tenderAmount = new SimpleStringProperty("");

    private final StringProperty giftCardCode = new SimpleStringProperty("");
    /** Tenders taken so far for this sale (split tender); the entry on screen pays the rest. */
    private final ObservableList<Tender> tenders = FXCollections.observableArrayList();

    private final StringProperty stillDue = new SimpleStringProperty("");
    /** A return waiting to pay toward this sale (an exchange): posted with its checkout, in one go. */
    private final ObjectProperty<PendingExchange> exchange = new SimpleObjectProperty<>();

    private final StringProperty exchangeInfo = new SimpleStringProperty("");
    /** Where the shop ships the sale shown; empty when the customer takes the shoes. */
    private final StringProperty shipToInfo = new SimpleStringProperty("");
    /** The last exchange checked out, for its receipt's reprint and PDF. */
    private ExchangeReceipt lastExchange;

    /** A return the till holds for the sale's checkout: what it gives back now, and how the till names it. */
    public record PendingExchange(ReturnRequest request, Money credit, String description) {}

    private final ObservableList<GiftCardInCart> giftCards = FXCollections.observableArrayList();
    private final BooleanProperty cartEmpty = new SimpleBooleanProperty(true);
    /** What the named customer has in store credit, once store credit is chosen. */
    private final StringProperty storeCreditInfo = new SimpleStringProperty("");

    private final ObjectProperty<Receipt> receipt = new SimpleObjectProperty<>();
    private final StringProperty receiptText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors()
            .field("cashTendered")
            .field("cardBrand")
            .field("cardLast4")
            .field("tenderAmount")
            .field("giftCardCode")
            .field("code")
            .field("quantity");
    private Money cartTotal = Money.ZERO;
    /** What the gift cards the sale sells cost: no gift card or store credit pays for them. */
    private Money giftCardsTotal = Money.ZERO;
    /** The shop's discount rules for this till; null until loaded, or when the account sells for no shop. */
    private final ObjectProperty<DiscountRules> discountRules = new SimpleObjectProperty<>();
    /** The cart as this screen shows it: what taking payment checks out, or is refused if it changed. */
    private SaleSeen shownSale;

    /** A checkout attempt: the sale it pays for and the key that names it. */
    private record Attempt(SaleSeen sale, String key) {}

    /**
     * The attempt whose outcome is unknown (the connection was lost): the next "check out" retries it
     * with the same key for the same sale, so it cannot charge twice. Any change of the cart drops it.
     */
    private Attempt unknownOutcome;
    /** The customer the sale named when its first part payment was taken. */
    private Long customerOfTenders;
    /** The customer the cart names as last shown, and the email this till named them by. */
    private Long shownCustomerId;

    private String namedCustomerEmail;
    /** Where the sale shown ships; null: the customer takes the shoes. */
    private String shownShipTo;
    /** The till's ESC/POS printer, if Settings names one: each sale prints there, and cash opens the drawer. */
    private Optional<ReceiptPrinter> printer = Optional.empty();
    /** Refreshes follow the live feed: only the newest one's answer shows. */
    private final BackgroundRunner.Latest refreshing = new BackgroundRunner.Latest();

    public PointOfSaleViewModel(
            CartService carts,
            CheckoutService checkout,
            ReturnService returns,
            StoredValueService storedValue,
            FlashSaleService flashSales,
            ListingService listings,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs) {
        this.listings = listings;
        this.carts = carts;
        this.checkout = checkout;
        this.returns = returns;
        this.storedValue = storedValue;
        this.flashSales = flashSales;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        cashTendered.addListener((o, was, now) -> updateChange());
        code.addListener((o, was, now) -> suggestStyles(now));
        customerLookup.addListener((o, was, now) -> findCustomers(now));
        errors.clearOnChange("cashTendered", cashTendered)
                .clearOnChange("tenderAmount", tenderAmount)
                .clearOnChange("cardBrand", cardBrand)
                .clearOnChange("cardLast4", cardLast4)
                .clearOnChange("giftCardCode", giftCardCode)
                .clearOnChange("code", code)
                .clearOnChange("customerLookup", customerLookup);
        tenders.addListener((javafx.collections.ListChangeListener<Tender>) change -> updateChange());
        paymentMethod.addListener((o, was, now) -> {
            if (now == PaymentMethod.STORE_CREDIT) {
                lookUpStoreCredit();
            }
        });
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> carts.view(actor))
                .onSuccess(this::showCart)
                .onFailure(errors::show)
                .start();
        if (session.current() != null && session.current().sellingShopId() != null) {
            runner.call(() -> carts.discountRules(actor))
                    .onSuccess(discountRules::set)
                    .onFailure(failure -> discountRules.set(null))
                    .start();
        }
    }

    /** "% off" and "amount off", as the discount form offers them. */
    private static final List<String> DISCOUNT_KINDS = List.of("% off", "amount off");
    /** The measure form's width when the device gave none: the account keeps the width it has. */
    private static final String NOT_MEASURED = "not measured";

    /** Asks for a discount on the line (percent or amount, with a reason) and gives it, with a manager's approval if it needs one. */
    public void discountLine(CartLineView line) {
        errors.clear();
        if (line == null) {
            errors.set(FieldErrors.FORM, "Select a line to discount");
            return;
        }
        askDiscount(line.listing().listingId(), "Discount " + line.listing().description());
    }

    /** Asks for a discount on the whole sale and gives it. */
    public void discountSale() {
        if (lines.isEmpty()) {
            errors.set(FieldErrors.FORM, "The cart is empty");
            return;
        }
        askDiscount(null, "Discount the whole sale (" + Formats.money(cartTotal) + ")");
    }

    private void askDiscount(Long listingId, String header) {
        DiscountRules rules = discountRules.get();
        if (rules == null) {
            errors.set(FieldErrors.FORM, "Only a shop's till gives discounts");
            return;
        }
        dialogs.form(
                        "Discount",
                        header
                                + (rules.managesShop()
                                        ? ""
                                        : "\nUp to " + percent(rules.cashierLimitHundredths()) + "% without a manager"),
                        List.of(
                                FormField.choice("Discount", DISCOUNT_KINDS),
                                FormField.text("Percent or amount", ""),
                                FormField.choice("Reason", rules.reasons())))
                .ifPresent(answer -> give(new DiscountRequest(
                        listingId,
                        answer.get(0).equals(DISCOUNT_KINDS.get(1)) ? DiscountKind.AMOUNT : DiscountKind.PERCENT,
                        answer.get(1),
                        answer.get(2))));
    }

    /** Asks for a new unit price for the line (a manager's, always approved) and sets it. */
    public void overridePrice(CartLineView line) {
        errors.clear();
        DiscountRules rules = discountRules.get();
        if (line == null || rules == null) {
            errors.set(FieldErrors.FORM, line == null ? "Select a line first" : "Only a shop's till sets prices");
            return;
        }
        dialogs.form(
                        "Price override",
                        line.listing().description() + ", listed at "
                                + Formats.money(line.listing().price()),
                        List.of(FormField.text("New unit price", ""), FormField.choice("Reason", rules.reasons())))
                .ifPresent(answer -> give(new DiscountRequest(
                        line.listing().listingId(), DiscountKind.PRICE, answer.get(0), answer.get(1))));
    }

    /** Gives the discount; refused for want of a manager, it asks one to approve it on this till. */
    private void give(DiscountRequest request) {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> carts.discount(actor, request, null))
                .busy(busy)
                .onSuccess(this::showCart)
                .onFailure(failure -> {
                    if (failure instanceof ForbiddenException
                            && failure.getMessage().contains(CartService.NEEDS_A_MANAGER)) {
                        askApproval(request, failure.getMessage());
                    } else {
                        errors.show(failure);
                    }
                })
                .start();
    }

    private void askApproval(DiscountRequest request, String why) {
        dialogs.askManager("Manager's approval", why + "\nManager: sign with your own email and password.")
                .ifPresentOrElse(
                        manager -> {
                            var actor = session.actor();
                            runner.call(() -> carts.discount(
                                            actor,
                                            request,
                                            carts.approveDiscount(actor, request, manager.email(), manager.password())))
                                    .busy(busy)
                                    .onSuccess(this::showCart)
                                    .onFailure(errors::show)
                                    .start();
                        },
                        () -> errors.set(FieldErrors.FORM, "No discount given: it needs a manager's approval"));
    }

    /** Takes the line's discount (or, with no line, the sale's) off. */
    public void removeDiscount(CartLineView line) {
        errors.clear();
        Long listingId = line != null && hasOwnDiscount(line) ? line.listing().listingId() : null;
        var actor = session.actor();
        runner.call(() -> carts.removeDiscount(actor, listingId))
                .busy(busy)
                .onSuccess(this::showCart)
                .onFailure(errors::show)
                .start();
    }

    private boolean hasOwnDiscount(CartLineView line) {
        return discounts.stream()
                .anyMatch(d -> Long.valueOf(line.listing().listingId()).equals(d.listingId()));
    }

    private static String percent(int hundredths) {
        return Percent.format(hundredths, 2);
    }

    /**
     * Refreshes the till whenever another terminal changes a sale this till shows (its shop's, or a
     * cart line's); close the returned handle when the screen is hidden.
     */
    public AutoCloseable followSaleChanges() {
        return flashSales.onAnySaleChange(shopId -> runner.onUiThread(() -> {
            if (concerns(shopId)) {
                refresh();
            }
        }));
    }

    /** True when a change to this shop's sale can change what this till shows. */
    public boolean concerns(long shopId) {
        Long ownShop = session.current() == null ? null : session.current().sellingShopId();
        return Long.valueOf(shopId).equals(ownShop)
                || lines.stream().anyMatch(line -> line.listing().shopId() == shopId);
    }

    /** Refreshes the cart's prices and the sale's units left, as other terminals sell. */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        var actor = session.actor();
        Long shopId = session.current().sellingShopId();
        // While a checkout's outcome is unknown the screen keeps that sale, for its retry to answer.
        boolean keepTheSale = unknownOutcome != null;
        record Snapshot(CartView cart, Optional<SaleView> sale) {}
        runner.call(() -> new Snapshot(
                        keepTheSale ? null : carts.view(actor),
                        shopId == null ? Optional.empty() : flashSales.activeSale(shopId)))
                .latestOf(refreshing)
                .onSuccess(snapshot -> {
                    if (snapshot.cart() != null) {
                        showCart(snapshot.cart());
                    }
                    showSale(snapshot.sale());
                })
                .start();
    }

    /**
     * What a scanner or the cashier typed: a SKU's barcode (its label's in-store EAN-13 or the
     * maker's UPC/EAN) or a listing number, optionally "code*quantity".
     */
    public void addCode() {
        errors.clear();
        String typed = code.get() == null ? "" : code.get().strip();
        if (namesAStyle(typed)) {
            findStyle(typed);
            return;
        }
        if (!typed.matches("\\d{1,13}(\\*\\d{1,5})?")) {
            errors.set("code", "Scan a barcode or type a listing number (12*2 adds two)");
            return;
        }
        String[] parts = typed.split("\\*", 2);
        int quantity = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        String digits = parts[0];
        // 12 or 13 digits are a UPC-A or EAN-13; 8 may be an EAN-8 or a listing number, so a
        // valid EAN-8 the shop does not carry is taken as the number.
        boolean barcode = digits.length() >= 12 || (digits.length() == 8 && Ean13.hasValidCheckDigit(digits));
        if (digits.length() > 10 && !barcode) {
            errors.set("code", "Scan a barcode or type a listing number (12*2 adds two)");
            return;
        }
        if (!barcode) {
            add(Long.parseLong(digits), quantity);
            return;
        }
        var actor = session.actor();
        runner.call(() -> {
                    try {
                        return listings.scan(actor, digits).listingId();
                    } catch (NotFoundException e) {
                        if (digits.length() == 8) {
                            return Long.parseLong(digits);
                        }
                        throw e;
                    }
                })
                .busy(busy)
                .onSuccess(listingId -> add(listingId, quantity))
                .onFailure(errors::show)
                .start();
    }

    /** Letters typed into the scan field name a style ("air max"), not a code. */
    private static boolean namesAStyle(String typed) {
        return typed != null && typed.codePoints().anyMatch(Character::isLetter);
    }

    /** The shop's styles matching what is typed, shown under the scan field while the cashier types. */
    private void suggestStyles(String typed) {
        if (!namesAStyle(typed) || typed.strip().length() < 2) {
            suggestingStyles.supersede();
            styleMatches.clear();
            return;
        }
        var actor = session.actor();
        // One query per keystroke; only the answer to the latest shows, and a failure is logged.
        runner.call(() -> listings.findStyles(actor, typed))
                .latestOf(suggestingStyles)
                .onSuccess(styleMatches::setAll)
                .start();
    }

    /** Enter on a style's name: its grid opens when one style matches; several are left to pick from. */
    private void findStyle(String typed) {
        var actor = session.actor();
        suggestingStyles.supersede();
        runner.call(() -> listings.findStyles(actor, typed))
                .busy(busy)
                .onSuccess(found -> {
                    styleMatches.setAll(found);
                    if (found.size() == 1) {
                        openStyle(found.get(0));
                    } else if (found.isEmpty()) {
                        errors.set("code", "No style on sale here matches \"" + typed + "\"");
                    } else {
                        errors.set("code", found.size() + " styles match: pick one from the list");
                    }
                })
                .onFailure(errors::show)
                .start();
    }

    /** Opens a style's size grid; the cell the cashier picks goes into the cart. */
    public void openStyle(StyleView style) {
        errors.clear();
        if (style == null) {
            return;
        }
        suggestingStyles.supersede();
        styleMatches.clear();
        var actor = session.actor();
        runner.call(() -> listings.styleGrid(actor, style.anyListingId()))
                .busy(busy)
                .onSuccess(cells -> {
                    SizeGrid grid = SizeGrid.of(
                            cells.stream().filter(ListingView::active).toList());
                    if (grid.rows().isEmpty()) {
                        errors.set("code", "No size of " + style.name() + " is on sale any more");
                        return;
                    }
                    dialogs.pickSize(style.name(), grid).ifPresent(sku -> add(sku.listingId(), 1));
                })
                .onFailure(errors::show)
                .start();
    }

    public void add(long listingId, int quantity) {
        var actor = session.actor();
        runner.call(() -> carts.add(actor, listingId, quantity))
                .busy(busy)
                .onSuccess(cart -> {
                    code.set("");
                    if (receipt.get() != null
                            && cart.units() == quantity
                            && cart.giftCards().isEmpty()) {
                        clearLastSale(); // the first shoe of the next sale
                    }
                    showCart(cart);
                })
                .onFailure(errors::show)
                .start();
    }

    /**
     * New sale: the last sale's receipt and change go from the screen. A sale under way stays (it is
     * held or voided, never dropped by a key); the first scan of the next sale does the same.
     */
    public void startNewSale() {
        errors.clear();
        if (cartEmpty.get()) {
            clearLastSale();
        }
    }

    private void clearLastSale() {
        receipt.set(null);
        receiptText.set("");
        updateChange();
    }

    /** Asks for the line's new quantity and sets it; nothing happens when the cashier cancels. */
    public void changeQuantity(CartLineView line) {
        errors.clear();
        if (line == null) {
            return;
        }
        dialogs.ask("Quantity", line.listing().description(), "Quantity", Integer.toString(line.quantity()))
                .ifPresent(quantity -> setQuantity(line, quantity));
    }

    public void setQuantity(CartLineView line, String quantityText) {
        errors.clear();
        int quantity;
        try {
            quantity = Integer.parseInt(quantityText.strip());
        } catch (NumberFormatException e) {
            errors.set("quantity", "Quantity must be a whole number");
            return;
        }
        var actor = session.actor();
        runner.call(() -> carts.setQuantity(actor, line.listing().listingId(), quantity))
                .busy(busy)
                .onSuccess(this::showCart)
                .onFailure(errors::show)
                .start();
    }

    public void remove(CartLineView line) {
        errors.clear(); // what was said about the line goes with it
        if (line == null) {
            errors.set(FieldErrors.FORM, "Select a line to remove");
            return;
        }
        var actor = session.actor();
        runner.call(() -> carts.remove(actor, line.listing().listingId()))
                .busy(busy)
                .onSuccess(this::showCart)
                .onFailure(errors::show)
                .start();
    }

    /** After the cashier confirms, takes everything out of the sale (audited); nothing was charged. */
    public void voidSale() {
        errors.clear();
        if (unknownOutcome != null) {
            // Whether that payment went through is not known: voiding now could hide a sale charged.
            errors.set(FieldErrors.FORM, "Take payment again first: it answers whether the last payment went through");
            return;
        }
        if (cartEmpty.get() && shownCustomerId == null) {
            errors.set(FieldErrors.FORM, "There is no sale to void");
            return;
        }
        if (!dialogs.confirm(
                "Void the sale",
                "Take every line, gift card and discount out of this sale? Nothing was" + " charged.")) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> carts.voidSale(actor))
                .busy(busy)
                .onSuccess(cart -> {
                    tenders.clear();
                    cashTendered.set("");
                    tenderAmount.set("");
                    customerLookup.set("");
                    exchange.set(null);
                    showCart(cart);
                })
                .onFailure(errors::show)
                .start();
    }

    /** Puts the sale on hold, with a note saying whose it is, and starts an empty one. */
    public void holdSale() {
        errors.clear();
        if (unknownOutcome != null) {
            errors.set(FieldErrors.FORM, "Take payment again first: it answers whether the last payment went through");
            return;
        }
        if (cartEmpty.get()) {
            errors.set(FieldErrors.FORM, "There is no sale to hold");
            return;
        }
        dialogs.ask("Hold the sale", "Recall it later from this till", "Whose is it (optional)", "")
                .ifPresent(note -> {
                    var actor = session.actor();
                    runner.call(() -> carts.hold(actor, note))
                            .busy(busy)
                            .onSuccess(cart -> {
                                clearPayment();
                                exchange.set(null); // a held sale waits without the return
                                showCart(cart);
                            })
                            .onFailure(errors::show)
                            .start();
                });
    }

    /** Lists the cashier's sales on hold and brings the one picked back onto the till. */
    public void recallSale() {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> carts.heldSales(actor))
                .busy(busy)
                .onSuccess(held -> {
                    if (held.isEmpty()) {
                        errors.set(FieldErrors.FORM, "No sale of yours is on hold");
                        return;
                    }
                    List<CartService.HeldSale> shown = held.subList(0, Math.min(held.size(), 6));
                    List<String> choices = new java.util.ArrayList<>();
                    StringBuilder message = new StringBuilder("Sales on hold, oldest first:\n");
                    for (int i = 0; i < shown.size(); i++) {
                        CartService.HeldSale sale = shown.get(i);
                        choices.add("Sale " + (i + 1));
                        message.append("\nSale ")
                                .append(i + 1)
                                .append(": ")
                                .append(sale.units())
                                .append(sale.units() == 1 ? " item" : " items")
                                .append(", held ")
                                .append(Formats.dateTime(sale.heldAt()))
                                .append(" at ")
                                .append(sale.terminal())
                                .append(sale.note() == null ? "" : " (" + sale.note() + ")")
                                .append(sale.customerName() == null ? "" : ", for " + sale.customerName());
                    }
                    choices.add("Cancel");
                    dialogs.choose("Recall a sale", message.toString(), choices)
                            .filter(index -> index < shown.size())
                            .ifPresent(index -> runner.call(() ->
                                            carts.recall(actor, shown.get(index).cartId()))
                                    .busy(busy)
                                    // a refresh begun before it must not show the empty sale after it
                                    .latestOf(refreshing)
                                    .onSuccess(cart -> {
                                        clearPayment();
                                        shownSale = null; // an older cart than the one shown, on purpose
                                        showCart(cart);
                                    })
                                    .onFailure(errors::show)
                                    .start());
                })
                .onFailure(errors::show)
                .start();
    }

    /** What was typed for the last sale's payment, which is not this one's. */
    private void clearPayment() {
        tenders.clear();
        cashTendered.set("");
        tenderAmount.set("");
        customerLookup.set("");
    }

    /** The named customer's fit and the sizes they took here, so the right box comes out first. */
    private void showCustomerFit() {
        var actor = session.actor();
        runner.call(() -> carts.customerFit(actor))
                .latestOf(showingFit)
                .onSuccess(this::showFit)
                .start();
    }

    private void showFit(FitView fit) {
        shownFit = fit;
        customerFit.set(fit.isEmpty() ? "" : "Fit: " + FitText.of(fit));
    }

    /**
     * The cashier measures the named customer's foot: length and width go on their account. The form
     * starts from what is known; what is left empty keeps what the account has.
     */
    public void measureCustomer() {
        errors.clear();
        if (shownCustomerId == null) {
            errors.set(FieldErrors.FORM, "Name the customer first: the fit goes on their account");
            return;
        }
        List<String> widths = new ArrayList<>();
        widths.add(NOT_MEASURED);
        for (Width width : Width.values()) {
            widths.add(width.code().replace('_', ' '));
        }
        Integer knownLength = shownFit.footLengthMm();
        String length = knownLength == null ? "" : knownLength / 10 + "." + knownLength % 10;
        String width = shownFit.width() == null
                ? NOT_MEASURED
                : shownFit.width().code().replace('_', ' ');
        dialogs.form(
                        "Measure the customer",
                        "Foot length and width, as the measuring device reads them; saved on the customer's account",
                        List.of(FormField.text("Foot length (cm)", length), FormField.choice("Width", widths, width)))
                .ifPresent(answer -> {
                    var actor = session.actor();
                    String widthTyped = NOT_MEASURED.equals(answer.get(1)) ? null : answer.get(1);
                    var form = new FitForm(answer.get(0), widthTyped, null);
                    runner.call(() -> carts.measureCustomer(actor, form))
                            .latestOf(showingFit) // another customer named meanwhile: not theirs to show
                            .busy(busy)
                            .onSuccess(this::showFit)
                            .onFailure(errors::show)
                            .start();
                });
    }

    /** Asks where the shop ships this sale (empty: the customer takes the shoes) and says so on the sale. */
    public void shipTo() {
        errors.clear();
        if (cartEmpty.get()) {
            errors.set(FieldErrors.FORM, "Ring up the sale first, then say where it ships");
            return;
        }
        dialogs.ask(
                        "Ship the shoes",
                        "The name and address the shop ships this sale to; leave it empty when the customer takes"
                                + " the shoes",
                        "Ship to",
                        shownShipTo == null ? "" : shownShipTo.replace('\n', ','))
                .ifPresent(address -> {
                    var actor = session.actor();
                    runner.call(() -> carts.shipTo(actor, address))
                            .busy(busy)
                            .onSuccess(this::showCart)
                            .onFailure(errors::show)
                            .start();
                });
    }

    /** The shop's customers whose name, email or phone holds what is typed, as the cashier types. */
    private void findCustomers(String typed) {
        if (typed == null || typed.strip().length() < CartService.MIN_CUSTOMER_SEARCH) {
            findingCustomers.supersede();
            customerMatches.clear();
            return;
        }
        var actor = session.actor();
        runner.call(() -> carts.findCustomers(actor, typed))
                .latestOf(findingCustomers)
                .onSuccess(customerMatches::setAll)
                .start();
    }

    /** What Enter in the lookup field found: the sale naming the customer, or the matches to pick from. */
    private record Lookup(CartView named, String email, List<CustomerMatch> matches) {}

    /**
     * Enter in the lookup field. Empty: the sale names nobody. One of the shop's customers matches:
     * them. None, and an email typed: the account using it (a customer new to this shop). Else the
     * cashier picks from the list, or adds the customer as new.
     */
    public void nameCustomer() {
        errors.clear();
        String typed = customerLookup.get() == null ? "" : customerLookup.get().strip();
        var actor = session.actor();
        findingCustomers.supersede();
        runner.call(() -> {
                    if (typed.isEmpty()) {
                        return new Lookup(carts.setCustomer(actor, null), null, List.of());
                    }
                    List<CustomerMatch> found = carts.findCustomers(actor, typed);
                    if (found.size() == 1) {
                        CustomerMatch match = found.get(0);
                        return new Lookup(carts.chooseCustomer(actor, match.recordId()), emailOf(match), found);
                    }
                    if (found.isEmpty() && typed.contains("@")) {
                        return new Lookup(carts.setCustomer(actor, typed), typed, found);
                    }
                    return new Lookup(null, null, found);
                })
                .busy(busy)
                .onSuccess(lookup -> {
                    if (lookup.named() != null) {
                        named(lookup.named(), lookup.email());
                    } else if (lookup.matches().isEmpty()) {
                        errors.set(
                                "customerLookup",
                                "No customer of this shop matches \"" + typed + "\": New customer adds them");
                    } else {
                        customerMatches.setAll(lookup.matches());
                        errors.set("customerLookup", lookup.matches().size() + " customers match: pick one");
                    }
                })
                .onFailure(errors::show)
                .start();
    }

    /** The cashier picks one of the customers the lookup listed. */
    public void chooseCustomer(CustomerMatch match) {
        errors.clear();
        if (match == null) {
            return;
        }
        var actor = session.actor();
        findingCustomers.supersede();
        runner.call(() -> carts.chooseCustomer(actor, match.recordId()))
                .busy(busy)
                .onSuccess(cart -> named(cart, emailOf(match)))
                .onFailure(errors::show)
                .start();
    }

    /**
     * Notes a customer new to the shop, without an account: a name, and a phone or email if they
     * give one. The form starts from what was typed into the lookup field.
     */
    public void newCustomer() {
        errors.clear();
        String typed = customerLookup.get() == null ? "" : customerLookup.get().strip();
        boolean email = typed.contains("@");
        boolean phone = !email && !typed.isEmpty() && typed.chars().noneMatch(Character::isLetter);
        askNewCustomer(
                new CartService.NewCustomer(email || phone ? "" : typed, phone ? typed : "", email ? typed : ""), "");
    }

    /** The new-customer form, again with what was typed and why it was refused until it is right or cancelled. */
    private void askNewCustomer(CartService.NewCustomer start, String refused) {
        dialogs.form(
                        "New customer",
                        refused.isEmpty()
                                ? "Note the customer for this shop: no account or password. A phone or email lets the"
                                        + " till find them next time."
                                : refused,
                        List.of(
                                FormField.text("Name", start.name()),
                                FormField.text("Phone (optional)", start.phone()),
                                FormField.text("Email (optional)", start.email())))
                .ifPresent(answer -> {
                    var actor = session.actor();
                    var customer = new CartService.NewCustomer(answer.get(0), answer.get(1), answer.get(2));
                    runner.call(() -> carts.addCustomer(actor, customer))
                            .busy(busy)
                            .onSuccess(cart -> named(cart, cart.customerId() == null ? null : customer.email()))
                            .onFailure(failure -> {
                                if (failure instanceof ValidationException invalid) {
                                    askNewCustomer(customer, invalid.allMessages());
                                } else {
                                    errors.show(failure);
                                }
                            })
                            .start();
                });
    }

    /**
     * Corrects the walk-in customer the sale names (a name misspelt, a phone given now). When the new
     * phone or email is another walk-in's, the cashier is asked whether they are one customer, and
     * if so the two records become one.
     */
    public void editCustomer() {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> carts.walkInOfSale(actor))
                .busy(busy)
                .onSuccess(walkIn -> walkIn.ifPresent(match -> askCorrection(
                        new CartService.NewCustomer(
                                match.name(),
                                match.phone() == null ? "" : match.phone(),
                                match.email() == null ? "" : match.email()),
                        "")))
                .onFailure(errors::show)
                .start();
    }

    private void askCorrection(CartService.NewCustomer start, String refused) {
        dialogs.form(
                        "Edit customer",
                        refused.isEmpty() ? "Correct the customer's record: every sale of theirs keeps it." : refused,
                        List.of(
                                FormField.text("Name", start.name()),
                                FormField.text("Phone (optional)", start.phone()),
                                FormField.text("Email (optional)", start.email())))
                .ifPresent(answer ->
                        correct(new CartService.NewCustomer(answer.get(0), answer.get(1), answer.get(2)), false));
    }

    private void correct(CartService.NewCustomer corrected, boolean mergeSame) {
        var actor = session.actor();
        runner.call(() -> carts.correctCustomer(actor, corrected, mergeSame))
                .busy(busy)
                .onSuccess(cart -> named(cart, cart.customerId() == null ? null : corrected.email()))
                .onFailure(failure -> {
                    if (failure instanceof ValidationException invalid) {
                        askCorrection(corrected, invalid.allMessages());
                    } else if (failure instanceof ConflictException sameCustomer && !mergeSame) {
                        if (dialogs.confirm(
                                "Merge customers",
                                sameCustomer.getMessage() + ".\n\nAre they the same customer? Merge their records into"
                                        + " one: this sale's customer keeps the name typed, and the other is no longer"
                                        + " found.")) {
                            correct(corrected, true);
                        }
                    } else {
                        errors.show(failure);
                    }
                })
                .start();
    }

    /** What the screen does once the sale names its customer: the focus goes back to the scan field. */
    public void onCustomerNamed(Runnable then) {
        this.afterNaming = then;
    }

    private static String emailOf(CustomerMatch match) {
        return match.hasAccount() ? match.email() : null;
    }

    /** The sale names its customer now: the lookup is done, and their store credit shows if chosen. */
    private void named(CartView cart, String accountEmail) {
        showCart(cart);
        namedCustomerEmail = cart.customerId() == null || accountEmail == null ? null : accountEmail.strip();
        findingCustomers.supersede();
        customerLookup.set("");
        customerMatches.clear();
        if (paymentMethod.get() == PaymentMethod.STORE_CREDIT) {
            lookUpStoreCredit();
        }
        afterNaming.run();
    }

    public void checkout() {
        if (busy.get()) {
            return; // an Enter while the sale is being paid (a field's, or the number pad's)
        }
        errors.clear();
        Payment payment;
        try {
            payment = payment();
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        var actor = session.actor();
        if (exchange.get() != null) {
            checkOutExchange(exchange.get().request(), shownSale, payment, true);
            return;
        }
        Attempt attempt = unknownOutcome != null
                ? unknownOutcome
                : new Attempt(shownSale, UUID.randomUUID().toString());
        runner.call(() -> checkout.checkout(actor, attempt.sale(), payment, attempt.key()))
                .busy(busy)
                .onSuccess(done -> {
                    unknownOutcome = null;
                    lastExchange = null;
                    receipt.set(done);
                    receiptText.set(String.join("\n", ReceiptLayout.lines(done, ZoneId.systemDefault())));
                    printer.ifPresent(to -> print(to, done, EscPosReceipt.tookCash(done)));
                    afterSale();
                })
                .onFailure(error -> {
                    // A refused checkout wrote nothing, so the next attempt is a new one; an unknown outcome is
                    // retried.
                    boolean refused = !(error instanceof ShoetopiaException known) || !known.isRetryable();
                    unknownOutcome = refused ? null : attempt;
                    errors.show(error);
                    refresh();
                })
                .start();
    }

    /**
     * Checks the sale out with the return held for it, in one transaction: the return's money pays
     * first, the payment the rest. Beyond the cashiers' refund limit a manager approves, and it is
     * tried again with their approval.
     */
    private void checkOutExchange(ReturnRequest request, SaleSeen seen, Payment payment, boolean mayAskAManager) {
        var actor = session.actor();
        runner.call(() -> returns.exchange(actor, new ExchangeRequest(request, seen, payment)))
                .busy(busy)
                .onSuccess(done -> {
                    exchange.set(null);
                    lastExchange = done;
                    receipt.set(done.sale());
                    receiptText.set(String.join("\n", ReceiptLayout.lines(done, ZoneId.systemDefault())));
                    boolean cash = EscPosReceipt.tookCash(done.sale())
                            || done.returned().moneyBack().stream()
                                    .anyMatch(back -> back.method() == PaymentMethod.CASH);
                    printer.ifPresent(to -> runner.run(() -> to.print(done, ZoneId.systemDefault(), cash))
                            .onFailure(failure -> errors.set(FieldErrors.FORM, failure.getMessage()))
                            .start());
                    afterSale();
                })
                .onFailure(error -> {
                    if (mayAskAManager && ReturnViewModel.needsAManager(error)) {
                        // The approval is for this sale as the till showed it, this once: not kept.
                        dialogs.askManager("Manager's approval", error.getMessage())
                                .ifPresent(manager -> checkOutExchange(
                                        request.approvedBy(manager.email(), manager.password()), seen, payment, false));
                        return;
                    }
                    // An exchange is checked out without a key: any failure wrote nothing it knows of.
                    errors.show(error);
                    refresh();
                })
                .start();
    }

    /** The till after a sale: its payment fields empty, cash first, and the next sale loaded. */
    private void afterSale() {
        cashTendered.set("");
        cardLast4.set("");
        tenderAmount.set("");
        giftCardCode.set("");
        tenders.clear();
        paymentMethod.set(PaymentMethod.CASH); // the next sale starts with cash, as most do
        storeCreditInfo.set("");
        customerLookup.set("");
        load();
    }

    @Override
    public boolean hasSale() {
        return !cartEmpty.get();
    }

    @Override
    public void payTowardSale(ReturnRequest request, Money credit, String description) {
        errors.clear();
        tenders.clear(); // part payments were taken for the whole total
        exchange.set(new PendingExchange(request, credit, description));
        showExchange();
    }

    /** Gives the return held for the sale up; nothing of it was posted. */
    public void dropExchange() {
        errors.clear();
        exchange.set(null);
        showExchange();
    }

    /** "Exchange: receipt 100002, 1 item back −$40.00"; what is left to pay or give back shows in big print. */
    private void showExchange() {
        PendingExchange pending = exchange.get();
        exchangeInfo.set(
                pending == null ? "" : "Exchange: " + pending.description() + " −" + Formats.money(pending.credit()));
        updateChange();
    }

    /** The exchange whose sale's receipt is on screen, if it was one. */
    private ExchangeReceipt exchangeShown() {
        return lastExchange != null && lastExchange.sale() == receipt.get() ? lastExchange : null;
    }

    public StringProperty exchangeInfoProperty() {
        return exchangeInfo;
    }

    public StringProperty shipToInfoProperty() {
        return shipToInfo;
    }

    public void useReceiptPrinter(Optional<ReceiptPrinter> printer) {
        this.printer = printer;
    }

    public boolean hasReceiptPrinter() {
        return printer.isPresent();
    }

    /** Prints the receipt on screen again on the receipt printer; the drawer stays shut. */
    public void reprintOnReceiptPrinter() {
        Receipt shown = receipt.get();
        ExchangeReceipt exchanged = exchangeShown();
        if (exchanged != null) {
            printer.ifPresent(to -> runner.run(() -> to.print(exchanged, ZoneId.systemDefault(), false))
                    .onFailure(failure -> errors.set(FieldErrors.FORM, failure.getMessage()))
                    .start());
        } else if (shown != null) {
            printer.ifPresent(to -> print(to, shown, false));
        }
    }

    /** Sends the receipt to the printer off the FX thread; the sale is done whatever the printer says. */
    private void print(ReceiptPrinter to, Receipt done, boolean openDrawer) {
        runner.run(() -> to.print(done, ZoneId.systemDefault(), openDrawer))
                .onFailure(failure -> errors.set(FieldErrors.FORM, failure.getMessage()))
                .start();
    }

    /** Asks where to save the receipt on screen, then writes it as a PDF off the FX thread and says how it went. */
    public void saveReceiptPdf() {
        Receipt shown = receipt.get();
        if (shown == null) {
            return;
        }
        ExchangeReceipt exchanged = exchangeShown();
        dialogs.chooseFileToSave("Save the receipt", "receipt-" + shown.orderNumber() + ".pdf", "pdf")
                .ifPresent(file -> runner.call(() -> OwnerOnly.write(
                                file,
                                exchanged != null
                                        ? ReceiptPdf.of(exchanged, ZoneId.systemDefault())
                                        : ReceiptPdf.of(shown, ZoneId.systemDefault())))
                        .onSuccess(path -> dialogs.showInfo("Receipt saved", path.toString()))
                        .onFailure(failure -> dialogs.showError("Receipt not saved", failure.getMessage()))
                        .start());
    }

    /** The tenders taken so far and the one on screen, which pays the rest unless it names an amount. */
    private Payment payment() {
        if (exchange.get() != null && tenders.isEmpty() && !due().isPositive()) {
            return null; // the return pays it all; what it gives beyond goes back by the rule
        }
        List<Tender> all = new java.util.ArrayList<>(tenders);
        if (tenders.isEmpty() || due().isPositive()) { // else the tenders taken pay it all
            all.add(enteredTender());
        }
        return new Payment(all);
    }

    /** The tender as the payment fields show it now. */
    private Tender enteredTender() {
        return switch (paymentMethod.get()) {
            case CARD -> Tender.card(amountOrRest(), cardBrand.get(), cardLast4.get());
            case GIFT_CARD -> Tender.giftCard(amountOrRest(), giftCardCode.get());
            case STORE_CREDIT -> Tender.storeCredit(amountOrRest());
            case CASH -> {
                String tendered =
                        cashTendered.get() == null ? "" : cashTendered.get().strip();
                yield Tender.cash(tendered.isEmpty() ? null : Money.parse("cashTendered", "Cash tendered", tendered));
            }
            case EXCHANGE -> throw new IllegalStateException("an exchange's credit is not a tender the till enters");
        };
    }

    private Money amountOrRest() {
        String typed = tenderAmount.get() == null ? "" : tenderAmount.get().strip();
        return typed.isEmpty() ? null : Money.parse("tenderAmount", "Amount", typed);
    }

    /** What the tenders taken so far leave to pay. */
    private Money due() {
        Money owed = exchange.get() == null
                ? cartTotal
                : cartTotal.minus(exchange.get().credit());
        return tenders.stream()
                .map(Tender::amount)
                .filter(java.util.Objects::nonNull)
                .reduce(owed, Money::minus);
    }

    /**
     * Takes the tender on screen as part of the payment (split tender): it pays its amount, or all
     * that is still due, and the fields are ready for the next one.
     */
    public void addTender() {
        errors.clear();
        try {
            Tender entered = enteredTender();
            Money due = due();
            if (!due.isPositive()) {
                errors.set(FieldErrors.FORM, "Nothing is left to pay: take payment");
                return;
            }
            Money amount = entered.amount() == null ? due : entered.amount();
            if (entered.method() == PaymentMethod.CASH && amount.compareTo(due) >= 0) {
                errors.set("cashTendered", "That pays all that is due: press Check out for the change");
                return;
            }
            if (entered.method() != PaymentMethod.CASH && amount.compareTo(due) > 0) {
                errors.set("tenderAmount", "Only " + Formats.money(due) + " is still due; only cash gives change");
                return;
            }
            Money storedValueLeft = tenders.stream()
                    .filter(Tender::isStoredValue)
                    .map(Tender::amount)
                    .reduce(cartTotal.minus(giftCardsTotal), Money::minus);
            if (entered.isStoredValue() && amount.compareTo(storedValueLeft) > 0) {
                errors.set(
                        "tenderAmount",
                        "Gift cards and store credit pay at most " + Formats.money(storedValueLeft)
                                + " here: they do not buy gift cards");
                return;
            }
            Tender taken = new Tender(
                    entered.method(), amount, entered.cardBrand(), entered.cardLast4(), entered.giftCardCode());
            new Payment(java.util.stream.Stream.concat(tenders.stream(), java.util.stream.Stream.of(taken))
                    .toList()); // the payment's own rules (one cash, one store credit, a card twice) say no early
            if (tenders.isEmpty()) {
                customerOfTenders = shownCustomerId;
            }
            tenders.add(taken);
            if (taken.method() == PaymentMethod.CASH) {
                paymentMethod.set(PaymentMethod.CARD); // cash is one tender: the rest is paid another way
            }
            cashTendered.set("");
            tenderAmount.set("");
            cardLast4.set("");
            giftCardCode.set("");
        } catch (ValidationException e) {
            errors.show(e);
        }
    }

    public void removeTender(Tender tender) {
        errors.clear();
        tenders.remove(tender);
    }

    /** How the till lists a tender taken: "Visa **** 4242 $50.00". */
    public static String describe(Tender tender) {
        String what = switch (tender.method()) {
            case CARD -> tender.cardBrand() + " **** " + tender.cardLast4();
            case GIFT_CARD ->
                "Gift card **** "
                        + tender.giftCardCode().substring(tender.giftCardCode().length() - 4);
            default -> tender.method().label();
        };
        return what + " " + Formats.money(tender.amount());
    }

    /** Says what store credit the customer named by email has at this shop. */
    private void lookUpStoreCredit() {
        String email = namedCustomerEmail;
        if (shownCustomerId == null || email == null) {
            storeCreditInfo.set("Name the customer (by email) to pay with their store credit");
            return;
        }
        var actor = session.actor();
        runner.call(() -> storedValue.storeCredit(actor, email))
                .onSuccess(
                        balance -> storeCreditInfo.set(email + " has " + Formats.money(balance) + " of store credit"))
                .onFailure(failure -> storeCreditInfo.set(failure.getMessage()))
                .start();
    }

    /** Asks for an amount and puts a gift card for it in the sale. */
    public void sellGiftCard() {
        errors.clear();
        dialogs.ask("Sell a gift card", "The card's code is printed on this sale's receipt", "Amount", "")
                .ifPresent(typed -> {
                    errors.clear();
                    Money amount;
                    try {
                        amount = Money.parse("giftCardAmount", "The gift card's amount", typed);
                    } catch (ValidationException e) {
                        errors.show(e);
                        return;
                    }
                    var actor = session.actor();
                    runner.call(() -> carts.addGiftCard(actor, amount))
                            .busy(busy)
                            .onSuccess(this::showCart)
                            .onFailure(errors::show)
                            .start();
                });
    }

    public void removeGiftCard(GiftCardInCart card) {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> carts.removeGiftCard(actor, card.id()))
                .busy(busy)
                .onSuccess(this::showCart)
                .onFailure(errors::show)
                .start();
    }

    /** Asks for a gift card's code and shows what it has left. */
    public void checkGiftCard() {
        errors.clear();
        dialogs.ask("Gift card balance", "Scan or type the card's code", "Code", "")
                .ifPresent(typed -> {
                    var actor = session.actor();
                    runner.call(() -> storedValue.giftCardBalance(actor, typed))
                            .onSuccess(card -> dialogs.showInfo(
                                    "Gift card **** " + card.last4(),
                                    Formats.money(card.balance()) + " left of " + Formats.money(card.issued())))
                            .onFailure(failure -> dialogs.showError("Gift card balance", failure.getMessage()))
                            .start();
                });
    }

    /** A manager gives a customer store credit: who, how much, why. */
    public void giveStoreCredit() {
        errors.clear();
        String named = namedCustomerEmail == null ? "" : namedCustomerEmail;
        dialogs.form(
                        "Store credit",
                        "Give a customer store credit at this shop (owner or manager)",
                        List.of(
                                FormField.text("Customer's email", named),
                                FormField.text("Amount", ""),
                                FormField.text("Why", "")))
                .ifPresent(answer -> {
                    Money amount;
                    try {
                        amount = Money.parse("storeCreditAmount", "Amount", answer.get(1));
                    } catch (ValidationException e) {
                        dialogs.showError("Store credit", e.getMessage());
                        return;
                    }
                    if (!dialogs.confirm(
                            "Store credit",
                            "Give " + answer.get(0).strip() + " " + Formats.money(amount)
                                    + " of store credit at this shop? They can pay with it at once.")) {
                        return;
                    }
                    var actor = session.actor();
                    runner.call(() -> storedValue.issueStoreCredit(actor, answer.get(0), amount, answer.get(2)))
                            .onSuccess(balance -> dialogs.showInfo(
                                    "Store credit given", answer.get(0) + " now has " + Formats.money(balance)))
                            .onFailure(failure -> dialogs.showError("Store credit", failure.getMessage()))
                            .start();
                });
    }

    private void showCart(CartView cart) {
        // Answers can arrive out of order (a refresh begun before an add may end after it): never go back.
        boolean older = shownSale != null
                && (cart.cartId() < shownSale.cartId()
                        || (cart.cartId() == shownSale.cartId() && cart.revision() < shownSale.revision()));
        if (older) {
            return;
        }
        if (unknownOutcome != null && !cart.seen().equals(unknownOutcome.sale())) {
            unknownOutcome = null; // the cart changed since: a new sale, a new key
        }
        if (!tenders.isEmpty()
                && shownSale != null
                && (cart.cartId() != shownSale.cartId()
                        || cart.isEmpty()
                        || !java.util.Objects.equals(cart.customerId(), customerOfTenders))) {
            // Another sale, or another customer's: the part payments taken were not for this one.
            tenders.clear();
            errors.set(FieldErrors.FORM, "The sale changed: take its payment again");
        }
        if (!java.util.Objects.equals(cart.customerId(), shownCustomerId)) {
            storeCreditInfo.set("");
            showingFit.supersede(); // the previous customer's fit, still on its way, is not this one's
            showFit(FitView.NONE);
            if (cart.customerId() == null) {
                namedCustomerEmail = null;
            } else {
                showCustomerFit();
            }
        }
        if (exchange.get() != null && shownSale != null && (cart.cartId() != shownSale.cartId() || cart.isEmpty())) {
            exchange.set(null); // its sale is gone: the return waits for no other
            errors.set(FieldErrors.FORM, "The sale changed: start the exchange's return again");
        }
        shownCustomerId = cart.customerId();
        shownSale = cart.seen();
        lines.setAll(cart.lines());
        giftCards.setAll(cart.giftCards());
        cartEmpty.set(cart.isEmpty());
        cartTotal = cart.estimatedTotal();
        giftCardsTotal = cart.giftCardsTotal();
        total.set(Formats.money(cartTotal));
        discounts.setAll(cart.discounts());
        breakdown.set(breakdown(cart));
        customer.set(cart.customerName() == null ? "Walk-in customer" : "Customer: " + cart.customerName());
        customerNamed.set(cart.customerId() != null);
        walkInNamed.set(cart.customerId() == null && cart.customerRecordId() != null);
        shownShipTo = cart.shipTo();
        shipToInfo.set(cart.shipTo() == null ? "" : "Ships to " + cart.shipTo().replace("\n", ", "));
        showExchange();
    }

    private void showSale(Optional<SaleView> sale) {
        saleInfo.set(sale.map(s -> "Flash sale: " + s.percentOff() + "% off, " + s.unitsLeft() + " of " + s.unitsTotal()
                        + " units left")
                .orElse(""));
    }

    private void updateChange() {
        Money due = due();
        stillDue.set(
                exchange.get() != null && due.cents() < 0
                        ? "Give back " + Formats.money(due.negate())
                        : exchange.get() != null || !tenders.isEmpty() ? "Still due " + Formats.money(due) : "");
        try {
            String tendered =
                    cashTendered.get() == null ? "" : cashTendered.get().strip();
            if (tendered.isEmpty()) {
                // After a cash sale its change stays in big print until the next sale starts.
                Receipt last = receipt.get();
                ExchangeReceipt exchanged = exchangeShown();
                Money cashBack = exchanged == null
                        ? Money.ZERO
                        : exchanged.returned().moneyBack().stream()
                                .filter(back -> back.method() == PaymentMethod.CASH)
                                .map(ReturnService.MoneyBack::amount)
                                .reduce(Money.ZERO, Money::plus);
                changeDue.set(
                        last == null || !cartEmpty.get()
                                ? ""
                                : cashBack.isPositive()
                                        ? "Cash back " + Formats.money(cashBack) // an exchange's, from the drawer
                                        : last.changeDue() != null
                                                ? "Change due " + Formats.money(last.changeDue())
                                                : "");
                return;
            }
            if (exchange.get() != null && !due().isPositive()) {
                changeDue.set(""); // the return pays it all: what it gives beyond goes back by the rule
                return;
            }
            Money change =
                    Money.parse("cashTendered", "Cash tendered", tendered).minus(due());
            changeDue.set(
                    change.cents() < 0
                            ? "Short by " + Formats.money(Money.ZERO.minus(change))
                            : "Change due " + Formats.money(change));
        } catch (ValidationException e) {
            changeDue.set("");
        }
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObservableList<StyleView> styleMatches() {
        return styleMatches;
    }

    public ObservableList<CustomerMatch> customerMatches() {
        return customerMatches;
    }

    public StringProperty customerLookupProperty() {
        return customerLookup;
    }

    public ObservableList<CartLineView> lines() {
        return lines;
    }

    /**
     * How the total is made, when it is more than the lines' prices: "Subtotal $219.00 − discounts
     * $20.00 + tax $10.65", or "… incl. tax $11.00" where prices include it.
     */
    private static String breakdown(CartView cart) {
        Money added = cart.estimatedTaxAdded();
        Money included = cart.estimatedTaxes().stream()
                .filter(Receipt.TaxLine::included)
                .map(Receipt.TaxLine::tax)
                .reduce(Money.ZERO, Money::plus);
        Money discounted = cart.lines().stream().map(CartLineView::discount).reduce(Money.ZERO, Money::plus);
        if (!added.isPositive() && !included.isPositive() && !discounted.isPositive()) {
            return "";
        }
        Money subtotal = cart.lines().stream().map(CartLineView::estimatedTotal).reduce(Money.ZERO, Money::plus);
        StringBuilder text = new StringBuilder("Subtotal " + Formats.money(subtotal));
        if (discounted.isPositive()) {
            text.append(" − discounts ").append(Formats.money(discounted));
        }
        if (added.isPositive()) {
            text.append(" + tax ").append(Formats.money(added));
        }
        if (included.isPositive()) {
            text.append(", incl. tax ").append(Formats.money(included));
        }
        return text.toString();
    }

    public StringProperty breakdownProperty() {
        return breakdown;
    }

    public ObservableList<Receipt.DiscountLine> discounts() {
        return discounts;
    }

    public ObjectProperty<DiscountRules> discountRulesProperty() {
        return discountRules;
    }

    public StringProperty totalProperty() {
        return total;
    }

    public BooleanProperty walkInNamedProperty() {
        return walkInNamed;
    }

    public BooleanProperty customerNamedProperty() {
        return customerNamed;
    }

    public StringProperty customerFitProperty() {
        return customerFit;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public StringProperty saleInfoProperty() {
        return saleInfo;
    }

    public ObjectProperty<PaymentMethod> paymentMethodProperty() {
        return paymentMethod;
    }

    public StringProperty cashTenderedProperty() {
        return cashTendered;
    }

    public StringProperty changeDueProperty() {
        return changeDue;
    }

    public StringProperty cardBrandProperty() {
        return cardBrand;
    }

    public StringProperty cardLast4Property() {
        return cardLast4;
    }

    public StringProperty tenderAmountProperty() {
        return tenderAmount;
    }

    public StringProperty giftCardCodeProperty() {
        return giftCardCode;
    }

    public ObservableList<Tender> tenders() {
        return tenders;
    }

    public StringProperty stillDueProperty() {
        return stillDue;
    }

    public ObservableList<GiftCardInCart> giftCards() {
        return giftCards;
    }

    public StringProperty storeCreditInfoProperty() {
        return storeCreditInfo;
    }

    public BooleanProperty cartEmptyProperty() {
        return cartEmpty;
    }

    public ObjectProperty<Receipt> receiptProperty() {
        return receipt;
    }

    public StringProperty receiptTextProperty() {
        return receiptText;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
