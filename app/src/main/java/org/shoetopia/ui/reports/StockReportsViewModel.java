package org.shoetopia.ui.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.api.StockReportService;
import org.shoetopia.api.StockReportService.BestSeller;
import org.shoetopia.api.StockReportService.LowStock;
import org.shoetopia.api.StockReportService.Period;
import org.shoetopia.api.StockReportService.SizeCurve;
import org.shoetopia.api.StockReportService.SizeCurveRow;
import org.shoetopia.api.StockReportService.StockValue;
import org.shoetopia.api.StockReportService.StockValueRow;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.report.StockReportCsv;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.Typed;

/**
 * The stock reports an owner buys by: a style's or its brand's size curve, the best sellers of the
 * period, the sizes running low, and the stock's value at price and at cost; each saved as CSV.
 */
public final class StockReportsViewModel {
    static final int BEST_SELLERS_SHOWN = 25;

    private final StockReportService reports;
    private final ListingService listings;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty styleQuery = new SimpleStringProperty("");
    private final ObservableList<StyleView> styles = FXCollections.observableArrayList();
    private final ObjectProperty<StyleView> chosenStyle = new SimpleObjectProperty<>();
    private final BooleanProperty wholeBrand = new SimpleBooleanProperty();
    private final ObjectProperty<SizeCurve> curve = new SimpleObjectProperty<>();
    private final ObservableList<SizeCurveRow> curveRows = FXCollections.observableArrayList();
    private final StringProperty curveSummary = new SimpleStringProperty("");
    private final ObservableList<BestSeller> bestSellers = FXCollections.observableArrayList();
    private final StringProperty lowStockAtMost = new SimpleStringProperty("2");
    private final ObservableList<LowStock> lowStock = FXCollections.observableArrayList();
    private final ObjectProperty<StockValue> stockValue = new SimpleObjectProperty<>();
    private final ObservableList<StockValueRow> valueRows = FXCollections.observableArrayList();
    private final StringProperty valueSummary = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors()
            .field("from")
            .field("to")
            .field("style")
            .field("atMost")
            .field("limit")
            .field("brand");
    /** Only the newest answer of each report shows, whatever order the answers come in. */
    private final BackgroundRunner.Latest showingCurve = new BackgroundRunner.Latest();

    private final BackgroundRunner.Latest showingBestSellers = new BackgroundRunner.Latest();
    private final BackgroundRunner.Latest showingLowStock = new BackgroundRunner.Latest();
    private final BackgroundRunner.Latest showingStockValue = new BackgroundRunner.Latest();
    /** The days the shown curve and best sellers cover, which the dates may since have left. */
    private Period curvePeriod;

    private Period bestSellersPeriod;

    public StockReportsViewModel(
            StockReportService reports,
            ListingService listings,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs,
            ZoneId zone) {
        this.reports = reports;
        this.listings = listings;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.zone = zone;
        LocalDate today = LocalDate.now(zone);
        from.set(today.minusDays(89));
        to.set(today);
        chosenStyle.addListener((o, was, now) -> showCurve());
        wholeBrand.addListener((o, was, now) -> showCurve());
    }

    private Period period() {
        return new Period(from.get(), to.get(), zone);
    }

    /** Every report of the shop, for the period shown. */
    public void load() {
        errors.clear();
        showBestSellers();
        showLowStock();
        showStockValue();
        showCurve();
    }

    /** Finds the styles matching what was typed, for their size curve; the first one found shows. */
    public void findStyles() {
        errors.clear();
        String typed = styleQuery.get() == null ? "" : styleQuery.get().strip();
        if (typed.isEmpty()) {
            errors.set("style", "Type a brand or style, as \"ghost\" or \"brooks\"");
            return;
        }
        var actor = session.actor();
        runner.call(() -> listings.findStyles(actor, typed))
                .onSuccess(found -> {
                    styles.setAll(found);
                    if (found.isEmpty()) {
                        errors.set("style", "No style on sale here matches \"" + typed + "\"");
                    }
                    chosenStyle.set(found.isEmpty() ? null : found.get(0));
                })
                .onFailure(errors::show)
                .start();
    }

    /** The chosen style's size curve, or its brand's on the same scale. */
    public void showCurve() {
        StyleView style = chosenStyle.get();
        if (style == null) {
            showingCurve.supersede();
            curve.set(null);
            curveRows.clear();
            curveSummary.set("");
            return;
        }
        var actor = session.actor();
        Period period = period();
        boolean brand = wholeBrand.get();
        runner.call(() -> brand
                        ? reports.brandSizeCurve(actor, style.brand(), style.gender(), period)
                        : reports.styleSizeCurve(actor, style.anyListingId(), period))
                .latestOf(showingCurve)
                .onSuccess(shown -> {
                    curvePeriod = period;
                    curve.set(shown);
                    curveRows.setAll(shown.sizes());
                    curveSummary.set(
                            shown.title() + ": " + shown.sold() + " pairs sold, " + shown.inStock() + " in stock");
                })
                .onFailure(errors::show)
                .start();
    }

    public void showBestSellers() {
        var actor = session.actor();
        Period period = period();
        runner.call(() -> reports.bestSellers(actor, period, BEST_SELLERS_SHOWN))
                .latestOf(showingBestSellers)
                .onSuccess(shown -> {
                    bestSellersPeriod = period;
                    bestSellers.setAll(shown);
                })
                .onFailure(errors::show)
                .start();
    }

    public void showLowStock() {
        var atMost = Typed.wholeNumber(lowStockAtMost.get());
        if (atMost.isEmpty()) {
            errors.set("atMost", "Type how many pairs left is low, as 2");
            return;
        }
        var actor = session.actor();
        runner.call(() -> reports.lowStock(actor, atMost.getAsInt()))
                .latestOf(showingLowStock)
                .onSuccess(lowStock::setAll)
                .onFailure(errors::show)
                .start();
    }

    public void showStockValue() {
        var actor = session.actor();
        runner.call(() -> reports.stockValue(actor))
                .latestOf(showingStockValue)
                .onSuccess(value -> {
                    stockValue.set(value);
                    valueRows.setAll(value.styles());
                    valueSummary.set(value.pairs() + " pairs: " + Formats.money(value.atPrice()) + " at price, "
                            + Formats.money(value.atCost()) + " at cost"
                            + (value.pairsWithoutCost() == 0
                                    ? ""
                                    : " (" + value.pairsWithoutCost()
                                            + " pairs have no cost entered: set it on Styles & sizes)"));
                })
                .onFailure(errors::show)
                .start();
    }

    public void exportCurve() {
        SizeCurve shown = curve.get();
        if (shown == null) {
            errors.set("style", "Find a style first");
            return;
        }
        Period period = curvePeriod;
        save(
                "Save the size curve",
                "size-curve-" + fileSafe(shown.title()) + "-" + days(period) + ".csv",
                () -> StockReportCsv.of(shown, period));
    }

    public void exportBestSellers() {
        Period period = bestSellersPeriod;
        if (period == null) {
            return;
        }
        List<BestSeller> shown = List.copyOf(bestSellers);
        save(
                "Save the best sellers",
                "best-sellers-" + days(period) + ".csv",
                () -> StockReportCsv.ofBestSellers(shown, period));
    }

    private static String days(Period period) {
        return period.from() + "-to-" + period.to();
    }

    public void exportLowStock() {
        List<LowStock> shown = List.copyOf(lowStock);
        save("Save the low stock", "low-stock.csv", () -> StockReportCsv.ofLowStock(shown));
    }

    public void exportStockValue() {
        StockValue shown = stockValue.get();
        if (shown == null) {
            return;
        }
        save("Save the stock value", "stock-value-" + LocalDate.now(zone) + ".csv", () -> StockReportCsv.of(shown));
    }

    private void save(String title, String suggestedName, Supplier<String> csv) {
        dialogs.chooseFileToSave(title, suggestedName, "csv")
                .ifPresent(file -> runner.call(
                                () -> OwnerOnly.write(file, csv.get().getBytes(StandardCharsets.UTF_8)))
                        .onSuccess(path -> dialogs.showInfo("Report saved", path.toString()))
                        .onFailure(failure -> dialogs.showError("Report not saved", failure.getMessage()))
                        .start());
    }

    private static String fileSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty styleQueryProperty() {
        return styleQuery;
    }

    public ObservableList<StyleView> styles() {
        return styles;
    }

    public ObjectProperty<StyleView> chosenStyleProperty() {
        return chosenStyle;
    }

    public BooleanProperty wholeBrandProperty() {
        return wholeBrand;
    }

    public ObjectProperty<SizeCurve> curveProperty() {
        return curve;
    }

    public ObservableList<SizeCurveRow> curveRows() {
        return curveRows;
    }

    public StringProperty curveSummaryProperty() {
        return curveSummary;
    }

    public ObservableList<BestSeller> bestSellers() {
        return bestSellers;
    }

    public StringProperty lowStockAtMostProperty() {
        return lowStockAtMost;
    }

    public ObservableList<LowStock> lowStock() {
        return lowStock;
    }

    public ObservableList<StockValueRow> valueRows() {
        return valueRows;
    }

    public StringProperty valueSummaryProperty() {
        return valueSummary;
    }

    public FieldErrors errors() {
        return errors;
    }
}
