package org.shoetopia.ui.styles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.shoetopia.api.ListingService.CountLine;
import org.shoetopia.api.ListingService.DeliveryForm;
import org.shoetopia.api.ListingService.DeliveryItem;
import org.shoetopia.api.ListingService.ReceivedDelivery;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.api.ListingService.StocktakeView;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.Width;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.receipt.LabelSheet;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.SizeGrid;
import org.shoetopia.ui.Typed;

/**
 * A style's size × width grid: create a size run in one step, see the stock of every cell, restock,
 * reprice, barcode or delist a cell or the whole style, and print labels.
 */
public final class StylesViewModel {
    /** A style of the shop: its shoe with the shop's condition and gender, and what its cells hold. */
    public record StyleRow(ListingView any, int sizes, int skus, int stock, boolean onSale) {
        /** "nike air max 90, black, men's, new". */
        public String label() {
            return any.brand() + " " + any.style() + ", " + any.color().code() + ", "
                    + SizeChart.scaleName(any.gender()) + ", " + any.condition().code();
        }

        String key() {
            return any.brand() + "|" + any.style() + "|" + any.color().code() + "|"
                    + any.gender().code() + "|" + any.condition().code();
        }
    }

    /** A line of the delivery being entered: a size of a style and how many came. */
    public record DeliveryRow(ListingView sku, int quantity) {
        public String label() {
            return quantity + " × " + shortSize(sku) + " · " + sku.brand() + " " + sku.style();
        }
    }

    /** One print's worth: about 42 A4 sheets. */
    static final int MAX_LABELS = 1_000;

    private final ListingService listings;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;

    private final ObservableList<StyleRow> styles = FXCollections.observableArrayList();
    private final ObjectProperty<StyleRow> selectedStyle = new SimpleObjectProperty<>();
    private final ObservableList<SizeGrid.Row> grid = FXCollections.observableArrayList();
    private final ObservableList<Width> gridWidths = FXCollections.observableArrayList();
    private final ObjectProperty<ListingView> selectedCell = new SimpleObjectProperty<>();

    private final StringProperty brand = new SimpleStringProperty("");
    private final StringProperty style = new SimpleStringProperty("");
    private final ObjectProperty<Color> color = new SimpleObjectProperty<>();
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>(Condition.NEW);
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.MEN);
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty fromSize = new SimpleStringProperty("");
    private final StringProperty toSize = new SimpleStringProperty("");
    private final BooleanProperty halfSizes = new SimpleBooleanProperty(true);
    private final Map<Width, BooleanProperty> widths = new EnumMap<>(Width.class);
    private final StringProperty quantityEach = new SimpleStringProperty("1");

    private final StringProperty cellStock = new SimpleStringProperty("");
    private final StringProperty cellReason = new SimpleStringProperty("");
    private final StringProperty cellPrice = new SimpleStringProperty("");
    private final StringProperty cellBarcode = new SimpleStringProperty("");
    private final StringProperty stylePrice = new SimpleStringProperty("");

    private final StringProperty supplier = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty deliveryQuantity = new SimpleStringProperty("1");
    private final ObservableList<DeliveryRow> delivery = FXCollections.observableArrayList();
    private final ObjectProperty<ReceivedDelivery> received = new SimpleObjectProperty<>();

    private final ObjectProperty<StocktakeView> stocktake = new SimpleObjectProperty<>();
    private final StringProperty counted = new SimpleStringProperty("");
    private final StringProperty countScan = new SimpleStringProperty("");
    private final ObservableList<CountLine> counts = FXCollections.observableArrayList();

    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Only the grid of the style picked last shows, whatever order the answers come in. */
    private final BackgroundRunner.Latest showing = new BackgroundRunner.Latest();

    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors()
            .field("brand")
            .field("style")
            .field("color")
            .field("condition")
            .field("gender")
            .field("price")
            .field("fromSize")
            .field("toSize")
            .field("widths")
            .field("quantityEach")
            .field("delta")
            .field("note")
            .field("barcode")
            .field("quantity")
            .field("supplier")
            .field("reference")
            .field("lines")
            .field("counted")
            .field("code");

    public StylesViewModel(
            ListingService listings, BackgroundRunner runner, SessionModel session, DialogService dialogs) {
        this.listings = listings;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        for (Width width : Width.values()) {
            widths.put(width, new SimpleBooleanProperty(width == Width.MEDIUM));
        }
        selectedCell.addListener((o, was, now) -> {
            cellPrice.set(now == null ? "" : now.price().toString());
            cellBarcode.set(now == null || now.manufacturerCode() == null ? "" : now.manufacturerCode());
        });
    }

    /** The shop's styles, grouped from its SKUs; the chosen one stays chosen. */
    public void load() {
        var actor = session.actor();
        runner.call(() -> listings.openStocktake(actor))
                .onSuccess(open -> showStocktake(open.orElse(null)))
                .onFailure(errors::show)
                .start();
        runner.call(() -> listings.shopListings(actor))
                .onSuccess(all -> {
                    String chosen = selectedStyle.get() == null
                            ? null
                            : selectedStyle.get().key();
                    styles.setAll(group(all));
                    styles.stream()
                            .filter(row -> row.key().equals(chosen))
                            .findFirst()
                            .ifPresent(this::showStyle);
                })
                .onFailure(errors::show)
                .start();
    }

    private static List<StyleRow> group(List<ListingView> all) {
        Map<String, List<ListingView>> byStyle = new LinkedHashMap<>();
        for (ListingView sku : all) {
            StyleRow probe = new StyleRow(sku, 0, 0, 0, false);
            byStyle.computeIfAbsent(probe.key(), key -> new ArrayList<>()).add(sku);
        }
        List<StyleRow> rows = new ArrayList<>();
        for (List<ListingView> cells : byStyle.values()) {
            rows.add(new StyleRow(
                    cells.get(0),
                    (int) cells.stream().map(ListingView::size).distinct().count(),
                    cells.size(),
                    cells.stream()
                            .filter(ListingView::active)
                            .mapToInt(ListingView::stock)
                            .sum(),
                    cells.stream().anyMatch(ListingView::active)));
        }
        rows.sort((a, b) -> a.label().compareTo(b.label()));
        return rows;
    }

    /** Shows a style's grid. */
    public void showStyle(StyleRow row) {
        selectedStyle.set(row);
        if (row == null) {
            grid.clear();
            gridWidths.clear();
            return;
        }
        var actor = session.actor();
        runner.call(() -> listings.styleGrid(actor, row.any().listingId()))
                .latestOf(showing)
                .onSuccess(this::showGrid)
                .onFailure(errors::show)
                .start();
    }

    private void showGrid(List<ListingView> cells) {
        Long chosen = selectedCell.get() == null ? null : selectedCell.get().listingId();
        SizeGrid laidOut = SizeGrid.of(cells);
        gridWidths.setAll(laidOut.widths());
        List<SizeGrid.Row> rows = laidOut.rows();
        grid.setAll(rows);
        selectedCell.set(cells.stream()
                .filter(cell -> chosen != null && cell.listingId() == chosen)
                .findFirst()
                .orElse(null));
    }

    /** Fills the run form from the chosen style, for another width or more sizes of it. */
    public void copyStyleToForm() {
        StyleRow row = selectedStyle.get();
        if (row == null) {
            return;
        }
        brand.set(row.any().brand());
        style.set(row.any().style());
        color.set(row.any().color());
        condition.set(row.any().condition());
        gender.set(row.any().gender());
        price.set(row.any().price().toString());
    }

    public void createRun() {
        begin();
        List<String> chosenWidths = new ArrayList<>();
        widths.forEach((width, chosen) -> {
            if (chosen.get()) {
                chosenWidths.add(width.code());
            }
        });
        SizeRunForm form = new SizeRunForm(
                brand.get(),
                color.get() == null ? "" : color.get().code(),
                style.get(),
                condition.get() == null ? "" : condition.get().code(),
                gender.get() == null ? "" : gender.get().code(),
                price.get(),
                null,
                fromSize.get(),
                toSize.get(),
                halfSizes.get(),
                chosenWidths,
                quantityEach.get());
        var actor = session.actor();
        runner.call(() -> listings.createSizeRun(actor, form))
                .busy(busy)
                .onSuccess(made -> {
                    notice.set(
                            "Listed " + made.size() + " sizes of " + made.get(0).brand() + " "
                                    + made.get(0).style() + ", "
                                    + made.stream().mapToInt(ListingView::stock).sum()
                                    + " pairs: print their labels below");
                    StyleRow row = group(made).get(0);
                    selectedStyle.set(row);
                    showGrid(made);
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    /** Adds (+5) or removes (-2, with a reason) stock of the chosen cell; a delisted cell is listed again. */
    public void changeCellStock() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        OptionalInt typedDelta = Typed.wholeNumber(cellStock.get());
        if (typedDelta.isEmpty()) {
            errors.set("delta", "Enter a whole number: 5 adds five, -2 removes two");
            return;
        }
        int delta = typedDelta.getAsInt();
        if (!cell.active() && delta <= 0) {
            errors.set("delta", "This size is delisted: add stock (5) to list it again");
            return;
        }
        var actor = session.actor();
        runner.call(() -> cell.active()
                        ? listings.adjustStock(actor, cell.listingId(), delta, cellReason.get())
                        : listings.relist(actor, cell.listingId(), delta))
                .busy(busy)
                .onSuccess(done -> {
                    cellStock.set("");
                    cellReason.set("");
                    notice.set(sizeOf(done) + ": " + done.stock() + " in stock");
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    public void changeCellPrice() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        var actor = session.actor();
        String typed = cellPrice.get();
        runner.call(() -> listings.changePrice(actor, cell.listingId(), cell.detailsVersion(), typed))
                .busy(busy)
                .onSuccess(done -> {
                    notice.set(sizeOf(done) + " now sells at " + Formats.money(done.price()));
                    refresh();
                })
                .onFailure(failure -> {
                    errors.show(failure);
                    refresh();
                })
                .start();
    }

    public void setCellBarcode() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        var actor = session.actor();
        String typed = cellBarcode.get();
        runner.call(() -> listings.setManufacturerCode(actor, cell.listingId(), typed))
                .busy(busy)
                .onSuccess(done -> {
                    notice.set(sizeOf(done) + " scans as " + done.barcode());
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    public void delistCell() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null
                || !dialogs.confirm(
                        "Delist a size",
                        "Take " + sizeOf(cell) + " off sale? Its " + cell.stock()
                                + " in stock stay counted; add stock to list it again.")) {
            return;
        }
        var actor = session.actor();
        runner.run(() -> listings.delist(actor, cell.listingId()))
                .busy(busy)
                .onSuccess(done -> {
                    notice.set(sizeOf(cell) + " is delisted");
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    public void changeStylePrice() {
        begin();
        StyleRow row = chosenStyle();
        if (row == null) {
            return;
        }
        long onSale = grid.stream()
                .flatMap(r -> r.cells().values().stream())
                .filter(ListingView::active)
                .count();
        String typed = stylePrice.get();
        if (!dialogs.confirm(
                "Price the style",
                "Set the price of all " + onSale + " sizes of " + row.label() + " on sale to " + typed + "?")) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> listings.changeStylePrice(actor, row.any().listingId(), typed))
                .busy(busy)
                .onSuccess(cells -> {
                    stylePrice.set("");
                    notice.set(row.label() + ": every size on sale now " + typed);
                    showGrid(cells);
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    /** Asks what a pair of the chosen style cost the shop, for the stock's value at cost; blank clears it. */
    public void changeStyleCost() {
        begin();
        StyleRow row = chosenStyle();
        if (row == null) {
            return;
        }
        var typed = dialogs.ask(
                "Cost of a pair",
                "What a pair of " + row.label() + " costs the shop, every size and width (blank: not known)",
                "Cost",
                "");
        if (typed.isEmpty()) {
            return;
        }
        String cost = typed.get().strip();
        if (cost.isEmpty()
                && !dialogs.confirm(
                        "Clear the cost",
                        "Clear what a pair of " + row.label() + " costs? Its stock drops out of the value at cost"
                                + " until a cost is entered again.")) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> {
                    listings.changeStyleCost(actor, row.any().listingId(), cost);
                    return cost;
                })
                .busy(busy)
                .onSuccess(set ->
                        notice.set(row.label() + (set.isEmpty() ? ": its cost is cleared" : ": a pair costs " + set)))
                .onFailure(errors::show)
                .start();
    }

    public void delistStyle() {
        begin();
        StyleRow row = chosenStyle();
        if (row == null
                || !dialogs.confirm(
                        "Delist the style",
                        "Take every size of " + row.label() + " off sale? Stock and history stay.")) {
            return;
        }
        var actor = session.actor();
        runner.run(() -> listings.delistStyle(actor, row.any().listingId()))
                .busy(busy)
                .onSuccess(done -> {
                    notice.set(row.label() + " is delisted");
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    /** Labels for the chosen cell: as many as it has in stock, or as many as asked. */
    public void printCellLabels() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        Optional<String> answer = dialogs.ask(
                "Print labels", sizeOf(cell), "How many labels", Integer.toString(Math.max(1, cell.stock())));
        if (answer.isEmpty()) {
            return;
        }
        OptionalInt typedCopies = Typed.wholeNumber(answer.get());
        if (typedCopies.isEmpty()) {
            errors.set("quantity", "Type how many labels, like 3");
            return;
        }
        int copies = typedCopies.getAsInt();
        if (copies < 1 || copies > 500) {
            errors.set("quantity", "Print 1 to 500 labels at a time");
            return;
        }
        saveLabels("labels-" + cell.listingId() + ".pdf", java.util.Collections.nCopies(copies, cell));
    }

    /** One label for every pair in stock of every size of the chosen style on sale. */
    public void printStyleLabels() {
        begin();
        StyleRow row = chosenStyle();
        if (row == null) {
            return;
        }
        List<ListingView> labels = new ArrayList<>();
        grid.forEach(r -> r.cells().values().stream()
                .filter(ListingView::active)
                .forEach(cell -> labels.addAll(java.util.Collections.nCopies(cell.stock(), cell))));
        if (labels.isEmpty()) {
            errors.set(FieldErrors.FORM, "No pairs of this style in stock to label");
            return;
        }
        saveLabels("labels-" + row.any().style().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", labels);
    }

    private void saveLabels(String suggestedName, List<ListingView> skus) {
        if (skus.size() > MAX_LABELS) {
            errors.set(
                    FieldErrors.FORM,
                    skus.size() + " labels are more than one print of " + MAX_LABELS + " ("
                            + MAX_LABELS / LabelSheet.PER_SHEET + " sheets): print them by size instead");
            return;
        }
        dialogs.chooseFileToSave("Save the labels", suggestedName, "pdf")
                .ifPresent(file -> runner.call(() -> OwnerOnly.write(
                                file,
                                LabelSheet.pdf(skus.stream()
                                        .map(sku -> LabelSheet.Label.of(sku, Formats.money(sku.price())))
                                        .toList())))
                        .onSuccess(path -> notice.set(
                                skus.size() + " labels saved to " + path + " (A4, 3 × 8 labels of 63.5 × 38.1 mm)"))
                        .onFailure(failure -> dialogs.showError("Labels not saved", failure.getMessage()))
                        .start());
    }

    /** Puts the chosen size on the delivery being entered, with the quantity typed. */
    public void addToDelivery() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        OptionalInt typedQuantity = Typed.wholeNumber(deliveryQuantity.get());
        if (typedQuantity.isEmpty()) {
            errors.set("lines", "Type how many pairs of this size came, like 6");
            return;
        }
        int quantity = typedQuantity.getAsInt();
        if (quantity < 1 || quantity > Listing.MAX_QUANTITY) {
            errors.set("lines", "How many came is a whole number from 1 to " + Listing.MAX_QUANTITY);
            return;
        }
        for (int i = 0; i < delivery.size(); i++) {
            if (delivery.get(i).sku().listingId() == cell.listingId()) {
                delivery.set(i, new DeliveryRow(cell, delivery.get(i).quantity() + quantity));
                return;
            }
        }
        delivery.add(new DeliveryRow(cell, quantity));
        received.set(null);
    }

    public void removeFromDelivery(DeliveryRow row) {
        begin();
        if (row == null) {
            errors.set("lines", "Pick a line of the delivery to take off");
            return;
        }
        delivery.remove(row);
    }

    /** Posts the delivery: all its stock in at once; its labels are then ready to print. */
    public void postDelivery() {
        begin();
        DeliveryForm form = new DeliveryForm(
                supplier.get(),
                reference.get(),
                delivery.stream()
                        .map(row -> new DeliveryItem(row.sku().listingId(), row.quantity()))
                        .toList());
        int pairs = delivery.stream().mapToInt(DeliveryRow::quantity).sum();
        if (!delivery.isEmpty()
                && !dialogs.confirm(
                        "Receive the delivery",
                        "Put " + pairs + " pairs of " + delivery.size() + " sizes into stock, from "
                                + supplier.get().strip() + ", delivery note "
                                + reference.get().strip() + "?")) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> listings.receiveDelivery(actor, form))
                .busy(busy)
                .onSuccess(done -> {
                    received.set(done);
                    delivery.clear();
                    reference.set("");
                    notice.set("Received " + done.units() + " pairs (delivery " + done.deliveryId()
                            + "): print their labels");
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    /** One label per pair of the delivery just received. */
    public void printDeliveryLabels() {
        begin();
        ReceivedDelivery done = received.get();
        if (done == null) {
            errors.set(FieldErrors.FORM, "Receive a delivery first; its labels are then ready here");
            return;
        }
        List<ListingView> labels = new ArrayList<>();
        done.lines().forEach(line -> labels.addAll(java.util.Collections.nCopies(line.quantity(), line.sku())));
        saveLabels("labels-delivery-" + done.deliveryId() + ".pdf", labels);
    }

    public void startStocktake() {
        begin();
        var actor = session.actor();
        runner.call(() -> listings.startStocktake(actor))
                .busy(busy)
                .onSuccess(this::showStocktake)
                .onFailure(errors::show)
                .start();
    }

    /** Counts the chosen size: what is on the shelf now, against the books of this moment. */
    public void countChosen() {
        begin();
        ListingView cell = chosenCell();
        if (cell == null) {
            return;
        }
        OptionalInt typedOnShelf = Typed.wholeNumber(counted.get());
        if (typedOnShelf.isEmpty()) {
            errors.set("counted", "Type how many pairs of this size are on the shelf, like 4 (0 for none)");
            return;
        }
        int onShelf = typedOnShelf.getAsInt();
        record(cell.listingId(), onShelf);
    }

    /** A scanned label counts one more pair of its size. */
    public void countScanned() {
        begin();
        String code = countScan.get() == null ? "" : countScan.get().strip();
        var actor = session.actor();
        // Counted one more where the count is kept, never from this screen's copy of it.
        runner.call(() ->
                        listings.countOneMore(actor, listings.scan(actor, code).listingId()))
                .busy(busy)
                .onSuccess(view -> {
                    countScan.set("");
                    showStocktake(view);
                })
                .onFailure(errors::show)
                .start();
    }

    private void record(long listingId, int onShelf) {
        var actor = session.actor();
        runner.call(() -> listings.count(actor, listingId, onShelf))
                .busy(busy)
                .onSuccess(view -> {
                    counted.set("");
                    showStocktake(view);
                })
                .onFailure(errors::show)
                .start();
    }

    /** Shows the variances and, once confirmed, posts them all. */
    public void postStocktake() {
        begin();
        StocktakeView open = stocktake.get();
        if (open == null) {
            errors.set(FieldErrors.FORM, "Start a stocktake and count first");
            return;
        }
        List<String> review = new ArrayList<>();
        int net = 0;
        for (CountLine line : open.counts()) {
            if (line.variance() != 0) {
                review.add(countLabel(line));
                net += line.variance();
            }
        }
        String netPairs =
                (net > 0 ? "+" : net < 0 ? "−" : "") + Math.abs(net) + (Math.abs(net) == 1 ? " pair" : " pairs");
        String message = open.counts().size() + " sizes counted; " + review.size()
                + (review.size() == 1 ? " differs" : " differ") + " from the books"
                + (review.isEmpty() ? "" : " (" + netPairs + "): " + String.join("; ", review))
                + ". Post the stocktake? Sales since each count stay sold.";
        if (!dialogs.confirm("Post stocktake " + open.stocktakeId(), message)) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> listings.postStocktake(actor, open.stocktakeId()))
                .busy(busy)
                .onSuccess(posted -> {
                    notice.set("Stocktake " + posted.stocktakeId() + " posted: " + review.size()
                            + (review.size() == 1 ? " size" : " sizes") + " adjusted");
                    showStocktake(null);
                    refresh();
                })
                .onFailure(errors::show)
                .start();
    }

    private void showStocktake(StocktakeView view) {
        stocktake.set(view);
        counts.setAll(view == null ? List.of() : view.counts());
    }

    /** "US 9 2E: counted 8, books 10 (−2) · nike pegasus 41": what matters first, for a narrow list. */
    public static String countLabel(CountLine line) {
        int variance = line.variance();
        return shortSize(line.sku()) + ": counted " + line.counted() + ", books " + line.heldAtCount()
                + (variance == 0 ? "" : " (" + (variance > 0 ? "+" : "−") + Math.abs(variance) + ")") + " · "
                + line.sku().brand() + " " + line.sku().style();
    }

    /** "US 9 2E". */
    static String shortSize(ListingView cell) {
        return "US " + cell.size() + " " + cell.width().letter(cell.gender());
    }

    /** Every action starts clean: what was said of the last one goes. */
    private void begin() {
        errors.clear();
        notice.set("");
    }

    private void refresh() {
        showStyle(selectedStyle.get());
        load();
    }

    private ListingView chosenCell() {
        if (selectedCell.get() == null) {
            errors.set(FieldErrors.FORM, "Pick a size in the grid first");
        }
        return selectedCell.get();
    }

    private StyleRow chosenStyle() {
        if (selectedStyle.get() == null) {
            errors.set(FieldErrors.FORM, "Pick a style first");
        }
        return selectedStyle.get();
    }

    /** "US 9 wide (2E)". */
    static String sizeOf(ListingView cell) {
        return "US " + cell.size() + " " + cell.width().label(cell.gender());
    }

    public ObservableList<StyleRow> styles() {
        return styles;
    }

    public ObjectProperty<StyleRow> selectedStyleProperty() {
        return selectedStyle;
    }

    public ObservableList<SizeGrid.Row> grid() {
        return grid;
    }

    public ObservableList<Width> gridWidths() {
        return gridWidths;
    }

    public ObjectProperty<ListingView> selectedCellProperty() {
        return selectedCell;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty styleProperty() {
        return style;
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
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

    public StringProperty fromSizeProperty() {
        return fromSize;
    }

    public StringProperty toSizeProperty() {
        return toSize;
    }

    public BooleanProperty halfSizesProperty() {
        return halfSizes;
    }

    public BooleanProperty widthProperty(Width width) {
        return widths.get(width);
    }

    public StringProperty quantityEachProperty() {
        return quantityEach;
    }

    public StringProperty cellStockProperty() {
        return cellStock;
    }

    public StringProperty cellReasonProperty() {
        return cellReason;
    }

    public StringProperty cellPriceProperty() {
        return cellPrice;
    }

    public StringProperty cellBarcodeProperty() {
        return cellBarcode;
    }

    public StringProperty supplierProperty() {
        return supplier;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty deliveryQuantityProperty() {
        return deliveryQuantity;
    }

    public ObservableList<DeliveryRow> delivery() {
        return delivery;
    }

    public ObjectProperty<ReceivedDelivery> receivedProperty() {
        return received;
    }

    public ObjectProperty<StocktakeView> stocktakeProperty() {
        return stocktake;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    public StringProperty countScanProperty() {
        return countScan;
    }

    public ObservableList<CountLine> counts() {
        return counts;
    }

    public StringProperty stylePriceProperty() {
        return stylePrice;
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
