package org.shoetopia.ui.listings;

import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.Typed;

/** The shop's listings: the new-listing form with catalogue suggestions, restock/adjust and delist. */
public final class ListingsViewModel {
    private final ListingService listings;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty brand = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>();
    private final StringProperty style = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>(Condition.NEW);
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<Width> width = new SimpleObjectProperty<>(Width.MEDIUM);
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty stockChange = new SimpleStringProperty("");
    private final StringProperty stockReason = new SimpleStringProperty("");
    private final StringProperty newPrice = new SimpleStringProperty("");
    private final ObjectProperty<TaxCategory> taxCategory = new SimpleObjectProperty<>(TaxCategory.STANDARD);
    private final ObjectProperty<TaxCategory> newTaxCategory = new SimpleObjectProperty<>(TaxCategory.STANDARD);
    private final ObservableList<ShownShoe> suggestions = FXCollections.observableArrayList();
    private final BackgroundRunner.Latest suggesting = new BackgroundRunner.Latest();
    private final ObservableList<ListingView> shopListings = FXCollections.observableArrayList();
    private final ObjectProperty<ListingView> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors()
            .field("brand")
            .field("color")
            .field("style")
            .field("size")
            .field("condition")
            .field("gender")
            .field("width")
            .field("price")
            .field("quantity")
            .field("taxCategory")
            .field("delta")
            .field("note");

    private final DialogService dialogs;

    public ListingsViewModel(
            ListingService listings, BackgroundRunner runner, SessionModel session, DialogService dialogs) {
        this.listings = listings;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        brand.addListener((o, was, now) -> suggest(now));
        style.addListener((o, was, now) -> suggest(now));
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> listings.shopListings(actor))
                .onSuccess(shopListings::setAll)
                .onFailure(errors::show)
                .start();
    }

    private void suggest(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            suggesting.supersede();
            suggestions.clear();
            return;
        }
        // One query per keystroke, and only the answer to the latest shows; a failure is logged.
        runner.call(() -> listings.suggestShoes(typed))
                .latestOf(suggesting)
                .onSuccess(suggestions::setAll)
                .start();
    }

    /** Fills brand, colour and style from a catalogue shoe. */
    public void useSuggestion(ShownShoe shoe) {
        if (shoe != null) {
            brand.set(shoe.brand());
            color.set(shoe.color());
            style.set(shoe.style());
            suggesting.supersede();
            suggestions.clear();
        }
    }

    public void create() {
        errors.clear();
        notice.set("");
        var actor = session.actor();
        ListingForm form = new ListingForm(
                brand.get(),
                color.get() == null ? "" : color.get().code(),
                style.get(),
                size.get(),
                condition.get() == null ? "" : condition.get().code(),
                gender.get() == null ? "" : gender.get().code(),
                price.get(),
                quantity.get(),
                taxCategory.get() == null ? "" : taxCategory.get().code(),
                width.get() == null ? "" : width.get().code());
        // A cell the shop lists already is its SKU: say so and add the stock there instead.
        runner.call(() -> listings.findSku(actor, form))
                .busy(busy)
                .onSuccess(
                        existing -> existing.ifPresentOrElse(sku -> offerRestock(sku, form), () -> createListing(form)))
                .onFailure(errors::show)
                .start();
    }

    private void createListing(ListingForm form) {
        var actor = session.actor();
        runner.call(() -> listings.create(actor, form))
                .busy(busy)
                .onSuccess(created -> listed("Listed #" + created.listingId() + ": " + created.description()))
                .onFailure(errors::show)
                .start();
    }

    private void offerRestock(ListingView sku, ListingForm form) {
        int units = Typed.wholeNumber(form.quantity()).orElse(0);
        if (units < 1 || units > Listing.MAX_QUANTITY) { // "-3" would take stock away
            errors.set("quantity", "Quantity must be a whole number from 1 to " + Listing.MAX_QUANTITY);
            return;
        }
        String priceNote = samePrice(sku, form.price())
                ? ""
                : " Its price stays " + Formats.money(sku.price()) + "; change it on the listing.";
        String question = "Listing #" + sku.listingId() + " is this shoe already ("
                + sku.description() + "), with " + sku.stock() + " in stock"
                + (sku.active() ? "" : ", delisted") + "." + priceNote + " Add " + units + " to its stock"
                + (sku.active() ? "" : " and list it again") + "?";
        if (!dialogs.confirm("Listed already", question)) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> sku.active()
                        ? listings.adjustStock(actor, sku.listingId(), units, "listed again")
                        : listings.relist(actor, sku.listingId(), units))
                .busy(busy)
                .onSuccess(done ->
                        listed("Added " + units + " to #" + done.listingId() + ": now " + done.stock() + " in stock"))
                .onFailure(errors::show)
                .start();
    }

    /** Whether the typed price is the SKU's (or is no price at all, which the note need not mention). */
    private static boolean samePrice(ListingView sku, String typed) {
        try {
            return Money.parse("price", "Price", typed).equals(sku.price());
        } catch (ValidationException e) {
            return true;
        }
    }

    private void listed(String message) {
        notice.set(message);
        size.set("");
        price.set("");
        quantity.set("1");
        load();
    }

    public ObjectProperty<Width> widthProperty() {
        return width;
    }

    /** Adds (positive) or removes (negative, with a reason) stock of the selected listing. */
    public void changeStock() {
        errors.clear();
        ListingView listing = selected.get();
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing first");
            return;
        }
        OptionalInt typedDelta = Typed.wholeNumber(stockChange.get());
        if (typedDelta.isEmpty()) {
            errors.set("delta", "Enter a whole number: 5 adds five, -2 removes two");
            return;
        }
        int delta = typedDelta.getAsInt();
        var actor = session.actor();
        String reason = stockReason.get();
        runner.call(() -> listings.adjustStock(actor, listing.listingId(), delta, reason))
                .busy(busy)
                .onSuccess(updated -> {
                    notice.set("Listing #" + updated.listingId() + " now has " + updated.stock() + " in stock");
                    stockChange.set("");
                    stockReason.set("");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    /** Saves a new price for the selected listing, as of the version this screen loaded. */
    public void changePrice() {
        errors.clear();
        ListingView listing = selected.get();
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing first");
            return;
        }
        var actor = session.actor();
        String price = newPrice.get();
        runner.call(() -> listings.changePrice(actor, listing.listingId(), listing.detailsVersion(), price))
                .busy(busy)
                .onSuccess(updated -> {
                    notice.set("Listing #" + updated.listingId() + " now costs " + updated.price());
                    newPrice.set("");
                    load();
                })
                .onFailure(error -> {
                    errors.show(error);
                    load();
                })
                .start();
    }

    /** Sets which tax rates the selected listing's units pay (owner or manager). */
    public void changeTaxCategory() {
        errors.clear();
        ListingView listing = selected.get();
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing first");
            return;
        }
        var actor = session.actor();
        String category =
                newTaxCategory.get() == null ? "" : newTaxCategory.get().code();
        runner.call(() -> listings.changeTaxCategory(actor, listing.listingId(), category))
                .busy(busy)
                .onSuccess(updated -> {
                    notice.set("Listing #" + updated.listingId() + " now pays "
                            + updated.taxCategory().code() + " tax");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public ObjectProperty<TaxCategory> taxCategoryProperty() {
        return taxCategory;
    }

    public ObjectProperty<TaxCategory> newTaxCategoryProperty() {
        return newTaxCategory;
    }

    public StringProperty newPriceProperty() {
        return newPrice;
    }

    public void delist() {
        errors.clear();
        ListingView listing = selected.get();
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing first");
            return;
        }
        var actor = session.actor();
        runner.run(() -> {
                    listings.delist(actor, listing.listingId());
                })
                .busy(busy)
                .onSuccess(done -> {
                    notice.set("Listing #" + listing.listingId() + " delisted");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public StringProperty styleProperty() {
        return style;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Condition> conditionProperty() {
        return condition;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty stockChangeProperty() {
        return stockChange;
    }

    public StringProperty stockReasonProperty() {
        return stockReason;
    }

    public ObservableList<ShownShoe> suggestions() {
        return suggestions;
    }

    public ObservableList<ListingView> shopListings() {
        return shopListings;
    }

    public ObjectProperty<ListingView> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public FieldErrors errors() {
        return errors;
    }
}
