package org.shoetopia.ui.sale;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.FlashSaleService.SaleView;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The owner starts a flash sale (N units at P% off), watches it sell, and can end it. */
public final class FlashSaleViewModel {
    private final FlashSaleService flashSales;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty units = new SimpleStringProperty("10");
    private final StringProperty percentOff = new SimpleStringProperty("20");
    private final ObjectProperty<Optional<SaleView>> active = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<SaleView> history = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors().field("units").field("percentOff");
    /** The live feed refreshes on every change of the sale: only the newest answer shows. */
    private final BackgroundRunner.Latest refreshing = new BackgroundRunner.Latest();

    public FlashSaleViewModel(FlashSaleService flashSales, BackgroundRunner runner, SessionModel session) {
        this.flashSales = flashSales;
        this.runner = runner;
        this.session = session;
    }

    public void refresh() {
        var actor = session.actor();
        long shopId = session.current().sellingShopId();
        record Loaded(Optional<SaleView> active, java.util.List<SaleView> history) {}
        runner.call(() -> new Loaded(flashSales.activeSale(shopId), flashSales.history(actor)))
                .latestOf(refreshing)
                .onSuccess(loaded -> {
                    active.set(loaded.active());
                    history.setAll(loaded.history());
                })
                .onFailure(errors::show)
                .start();
    }

    /** Refreshes whenever any terminal changes this shop's sale; close the handle when the screen is hidden. */
    public AutoCloseable followSaleChanges() {
        long shopId = session.current().sellingShopId();
        return flashSales.onAnySaleChange(changedShop -> {
            if (changedShop == shopId) {
                runner.onUiThread(this::refresh);
            }
        });
    }

    public void start() {
        errors.clear();
        int unitCount;
        int percent;
        try {
            unitCount = wholeNumber("units", "Units on sale", units.get());
            percent = wholeNumber("percentOff", "Discount", percentOff.get());
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        var actor = session.actor();
        runner.call(() -> flashSales.start(actor, unitCount, percent))
                .busy(busy)
                .onSuccess(sale -> refresh())
                .onFailure(errors::show)
                .start();
    }

    public void end() {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> flashSales.end(actor))
                .busy(busy)
                .onSuccess(sale -> refresh())
                .onFailure(errors::show)
                .start();
    }

    private static int wholeNumber(String field, String label, String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("-?\\d{1,7}")) {
            throw new ValidationException(field, label + " must be a whole number");
        }
        return Integer.parseInt(digits);
    }

    public StringProperty unitsProperty() {
        return units;
    }

    public StringProperty percentOffProperty() {
        return percentOff;
    }

    public ObjectProperty<Optional<SaleView>> activeProperty() {
        return active;
    }

    public ObservableList<SaleView> history() {
        return history;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
