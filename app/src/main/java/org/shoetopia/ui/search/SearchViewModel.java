package org.shoetopia.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.CartService;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.api.SearchService;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The catalogue search: every filter of the spec, sorting, paging; compare two listings; a shop's ratings. */
public final class SearchViewModel {
    public static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final CartService carts;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty brand = new SimpleStringProperty("");
    private final StringProperty style = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>();
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>();
    private final StringProperty minPrice = new SimpleStringProperty("");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final StringProperty shopId = new SimpleStringProperty("");
    private final BooleanProperty verifiedOnly = new SimpleBooleanProperty();
    private final BooleanProperty flashSaleOnly = new SimpleBooleanProperty();
    private final ObjectProperty<SearchCriteria.Sort> sort =
            new SimpleObjectProperty<>(SearchCriteria.Sort.PROMOTED_THEN_PRICE);
    private final IntegerProperty page = new SimpleIntegerProperty(1);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final LongProperty total = new SimpleLongProperty(0);
    private final ObservableList<ListingView> results = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors =
            new FieldErrors().field("size").field("price").field("shop");
    private final StringProperty detail = new SimpleStringProperty("");
    /** The two listings compared, shown side by side instead of {@link #detail}; null when not comparing. */
    private final ObjectProperty<SearchService.Comparison> comparison = new SimpleObjectProperty<>();

    public SearchViewModel(SearchService search, CartService carts, BackgroundRunner runner, SessionModel session) {
        this.search = search;
        this.carts = carts;
        this.runner = runner;
        this.session = session;
    }

    /** Puts one unit of the listing in the signed-in account's cart (the one the Checkout screen shows). */
    public void addToCart(ListingView listing) {
        errors.clear();
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing to add to the cart");
            return;
        }
        var actor = session.actor();
        runner.call(() -> carts.add(actor, listing.listingId(), 1))
                .busy(busy)
                .onSuccess(cart -> detail.set("Added #" + listing.listingId() + " to the cart: " + cart.units()
                        + " item(s), " + org.shoetopia.ui.Formats.money(cart.estimatedTotal())))
                .onFailure(errors::show)
                .start();
    }

    /** Searches from page 1 with the filters as they are. */
    public void search() {
        page.set(1);
        load(null);
    }

    /** Pages keep the total counted for the first page. */
    public void nextPage() {
        if (page.get() < pageCount.get()) {
            page.set(page.get() + 1);
            load(total.get());
        }
    }

    public void previousPage() {
        if (page.get() > 1) {
            page.set(page.get() - 1);
            load(total.get());
        }
    }

    private void load(Long knownTotal) {
        errors.clear();
        SearchCriteria criteria;
        try {
            criteria = criteria();
        } catch (org.shoetopia.domain.ValidationException e) {
            errors.show(e);
            return;
        }
        runner.call(() -> search.search(criteria, knownTotal))
                .busy(busy)
                .onSuccess(found -> {
                    results.setAll(found.listings());
                    total.set(found.total());
                    pageCount.set(found.pageCount());
                })
                .onFailure(errors::show)
                .start();
    }

    SearchCriteria criteria() {
        SearchCriteria criteria = SearchCriteria.any()
                .brand(brand.get())
                .style(style.get())
                .color(color.get())
                .gender(gender.get())
                .condition(condition.get())
                .verifiedOnly(verifiedOnly.get())
                .flashSaleOnly(flashSaleOnly.get())
                .sortedBy(sort.get())
                .page(page.get(), PAGE_SIZE);
        if (!size.get().isBlank()) {
            criteria = criteria.size(SizeChart.parseQuery(size.get()));
        }
        Money min = minPrice.get().isBlank() ? null : Money.parse("price", "Lowest price", minPrice.get());
        Money max = maxPrice.get().isBlank() ? null : Money.parse("price", "Highest price", maxPrice.get());
        if (min != null || max != null) {
            try {
                criteria = criteria.priceBetween(min, max);
            } catch (org.shoetopia.domain.ValidationException e) {
                throw new org.shoetopia.domain.ValidationException("price", e.getMessage());
            }
        }
        if (!shopId.get().isBlank()) {
            if (!shopId.get().strip().matches("\\d{1,12}")) {
                throw new org.shoetopia.domain.ValidationException("shop", "A shop number is digits only");
            }
            criteria = criteria.shop(Long.parseLong(shopId.get().strip()));
        }
        return criteria;
    }

    /** Two listings side by side in the detail pane. */
    public void compare(ListingView first, ListingView second) {
        if (first == null || second == null) {
            errors.set(FieldErrors.FORM, "Select two listings to compare");
            return;
        }
        runner.call(() -> search.compare(first.listingId(), second.listingId()))
                .busy(busy)
                .onSuccess(found -> {
                    detail.set("");
                    comparison.set(found);
                })
                .onFailure(errors::show)
                .start();
    }

    public void showRatings(ListingView listing) {
        if (listing == null) {
            errors.set(FieldErrors.FORM, "Select a listing to see its shop's ratings");
            return;
        }
        runner.call(() -> search.shopRatings(listing.shopId(), 10))
                .busy(busy)
                .onSuccess(ratings -> {
                    comparison.set(null);
                    detail.set(ListingText.ratings(ratings));
                })
                .onFailure(errors::show)
                .start();
    }

    public ObjectProperty<SearchService.Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty styleProperty() {
        return style;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<Condition> conditionProperty() {
        return condition;
    }

    public StringProperty minPriceProperty() {
        return minPrice;
    }

    public StringProperty maxPriceProperty() {
        return maxPrice;
    }

    public StringProperty shopIdProperty() {
        return shopId;
    }

    public BooleanProperty verifiedOnlyProperty() {
        return verifiedOnly;
    }

    public BooleanProperty flashSaleOnlyProperty() {
        return flashSaleOnly;
    }

    public ObjectProperty<SearchCriteria.Sort> sortProperty() {
        return sort;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public ObservableList<ListingView> results() {
        return results;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty detailProperty() {
        return detail;
    }
}
