package org.shoetopia.ui.tax;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.ReturnService;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.TaxReport;
import org.shoetopia.api.ShopService.TaxReportRow;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.report.TaxReportCsv;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;

/**
 * The shop's tax: its settings (the owner edits them, a manager reads them) and the tax report for a
 * period, on screen and as CSV.
 */
public final class TaxViewModel {
    private final ShopService shops;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final BooleanProperty pricesIncludeTax = new SimpleBooleanProperty();
    private final ObjectProperty<TaxRounding> rounding = new SimpleObjectProperty<>(TaxRounding.PER_LINE);
    private final StringProperty registrationNumber = new SimpleStringProperty("");
    private final ObservableList<TaxRate> rates = FXCollections.observableArrayList();
    private final ObjectProperty<TaxCategory> newCategory = new SimpleObjectProperty<>(TaxCategory.STANDARD);
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newPercent = new SimpleStringProperty("");
    private final ObjectProperty<TaxAppliesTo> newAppliesTo = new SimpleObjectProperty<>(TaxAppliesTo.ALL);
    private final StringProperty newThreshold = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors()
            .field("taxNumber")
            .field("taxRates")
            .field("taxRateName")
            .field("taxRate")
            .field("taxCategory")
            .field("taxAppliesTo")
            .field("taxThreshold");

    private final StringProperty discountLimit = new SimpleStringProperty("");
    private final StringProperty discountReasons = new SimpleStringProperty("");
    private final StringProperty discountNotice = new SimpleStringProperty("");
    private final FieldErrors discountErrors =
            new FieldErrors().field("discountLimit").field("discountReasons");

    private final ObjectProperty<LocalDate> reportFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reportTo = new SimpleObjectProperty<>();
    private final ObservableList<TaxReportRow> reportRows = FXCollections.observableArrayList();
    private final ObjectProperty<TaxReport> report = new SimpleObjectProperty<>();
    private final StringProperty reportSummary = new SimpleStringProperty("");
    private final FieldErrors reportErrors = new FieldErrors().field("from").field("to");

    private final StringProperty refundLimit = new SimpleStringProperty("");
    private final FieldErrors refundErrors = new FieldErrors().field("refundLimit");
    private final ReturnService returns;

    public TaxViewModel(
            ShopService shops,
            ReturnService returns,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs,
            ZoneId zone) {
        this.shops = shops;
        this.returns = returns;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.zone = zone;
        LocalDate today = LocalDate.now(zone);
        reportFrom.set(today.withDayOfMonth(1));
        reportTo.set(today);
    }

    /** Only the owner changes the settings; a manager sees them. */
    public boolean canEdit() {
        return session.current() != null && session.current().isShopOwner();
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> shops.taxSettings(actor))
                .onSuccess(this::show)
                .onFailure(errors::show)
                .start();
        runner.call(() -> shops.discountSettings(actor))
                .onSuccess(this::show)
                .onFailure(discountErrors::show)
                .start();
        runner.call(() -> Optional.ofNullable(returns.refundLimit(actor)))
                .onSuccess(limit -> refundLimit.set(limit.map(Money::plain).orElse("")))
                .onFailure(refundErrors::show)
                .start();
        showReport();
    }

    private void show(DiscountSettings settings) {
        discountLimit.set(settings.cashierLimitPercent());
        discountReasons.set(String.join("\n", settings.reasons()));
    }

    /** Saves the most a cashier refunds in one return without a manager; blank: no limit. */
    public void saveRefundLimit() {
        refundErrors.clear();
        discountNotice.set("");
        Money limit;
        try {
            limit = refundLimit.get() == null || refundLimit.get().isBlank()
                    ? null
                    : Money.parse("refundLimit", "Refund limit", refundLimit.get());
        } catch (ValidationException e) {
            refundErrors.show(e);
            return;
        }
        var actor = session.actor();
        runner.run(() -> returns.setRefundLimit(actor, limit))
                .busy(busy)
                .onSuccess(done -> discountNotice.set(
                        limit == null
                                ? "Cashiers refund without a limit"
                                : "Refunds above " + limit + " need a manager"))
                .onFailure(refundErrors::show)
                .start();
    }

    public StringProperty refundLimitProperty() {
        return refundLimit;
    }

    public FieldErrors refundErrors() {
        return refundErrors;
    }

    /** Saves the cashiers' limit and the reasons, one per line (the owner only). */
    public void saveDiscounts() {
        discountErrors.clear();
        discountNotice.set("");
        DiscountSettings settings;
        try {
            settings = new DiscountSettings(
                    DiscountSettings.parseLimit(discountLimit.get()),
                    discountReasons
                            .get()
                            .lines()
                            .filter(line -> !line.isBlank())
                            .toList());
        } catch (ValidationException e) {
            discountErrors.show(e);
            return;
        }
        var actor = session.actor();
        runner.call(() -> shops.setDiscountSettings(actor, settings))
                .busy(busy)
                .onSuccess(saved -> {
                    show(saved);
                    discountNotice.set("Discount rules saved");
                })
                .onFailure(discountErrors::show)
                .start();
    }

    public StringProperty discountLimitProperty() {
        return discountLimit;
    }

    public StringProperty discountReasonsProperty() {
        return discountReasons;
    }

    public StringProperty discountNoticeProperty() {
        return discountNotice;
    }

    public FieldErrors discountErrors() {
        return discountErrors;
    }

    private void show(TaxSettings settings) {
        pricesIncludeTax.set(settings.pricesIncludeTax());
        rounding.set(settings.rounding());
        registrationNumber.set(settings.registrationNumber() == null ? "" : settings.registrationNumber());
        rates.setAll(settings.rates());
    }

    /** Adds the rate typed in the new-rate fields, if it and the settings with it keep the rules. */
    public void addRate() {
        errors.clear();
        notice.set("");
        try {
            TaxRate rate = TaxRate.parse(
                    newName.get(),
                    newCategory.get() == null ? null : newCategory.get().code(),
                    newPercent.get(),
                    newAppliesTo.get() == null ? null : newAppliesTo.get().code(),
                    newThreshold.get());
            List<TaxRate> withIt = new ArrayList<>(rates);
            withIt.add(rate);
            settings(withIt); // refuses a second rate of the same name, or too many
            rates.add(rate);
            newName.set("");
            newPercent.set("");
            newThreshold.set("");
        } catch (ValidationException e) {
            errors.show(e);
        }
    }

    public void removeRate(TaxRate rate) {
        errors.clear();
        if (rate == null) {
            errors.set(FieldErrors.FORM, "Select a rate first");
            return;
        }
        rates.remove(rate);
    }

    private TaxSettings settings(List<TaxRate> withRates) {
        return new TaxSettings(pricesIncludeTax.get(), rounding.get(), registrationNumber.get(), withRates);
    }

    /** Saves the settings after the owner confirms: every sale from then on is taxed by them. */
    public void save() {
        errors.clear();
        notice.set("");
        TaxSettings settings;
        try {
            settings = settings(List.copyOf(rates));
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        String summary = settings.rates().isEmpty()
                ? "No tax will be charged."
                : (settings.pricesIncludeTax() ? "Prices include tax: " : "Tax is added to prices: ")
                        + String.join(
                                "; ",
                                settings.rates().stream()
                                        .map(rate -> rate.category().code() + " " + rate.label())
                                        .toList())
                        + ".";
        if (!dialogs.confirm("Save the tax settings", "Every sale from now on is taxed so. " + summary)) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> shops.setTaxSettings(actor, settings))
                .busy(busy)
                .onSuccess(saved -> {
                    show(saved);
                    notice.set("Tax settings saved");
                })
                .onFailure(errors::show)
                .start();
    }

    public void showReport() {
        reportErrors.clear();
        var actor = session.actor();
        LocalDate from = reportFrom.get();
        LocalDate to = reportTo.get();
        runner.call(() -> shops.taxReport(actor, from, to, zone))
                .onSuccess(shown -> {
                    report.set(shown);
                    reportRows.setAll(shown.rates());
                    reportSummary.set("Sales " + Formats.money(shown.grossSales()) + " (tax "
                            + Formats.money(shown.taxOnSales()) + "), refunds " + Formats.money(shown.grossRefunded())
                            + " (tax " + Formats.money(shown.taxRefunded()) + "): net tax "
                            + Formats.money(shown.netTax()));
                })
                .onFailure(failure -> {
                    report.set(null);
                    reportRows.clear();
                    reportSummary.set("");
                    reportErrors.show(failure);
                })
                .start();
    }

    public void exportCsv() {
        TaxReport shown = report.get();
        if (shown == null) {
            return;
        }
        dialogs.chooseFileToSave("Save the tax report", "tax-" + shown.from() + "-to-" + shown.to() + ".csv", "csv")
                .ifPresent(file -> runner.call(() ->
                                OwnerOnly.write(file, TaxReportCsv.of(shown).getBytes(StandardCharsets.UTF_8)))
                        .onSuccess(path -> dialogs.showInfo("Tax report saved", path.toString()))
                        .onFailure(failure -> dialogs.showError("Tax report not saved", failure.getMessage()))
                        .start());
    }

    public BooleanProperty pricesIncludeTaxProperty() {
        return pricesIncludeTax;
    }

    public ObjectProperty<TaxRounding> roundingProperty() {
        return rounding;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public ObservableList<TaxRate> rates() {
        return rates;
    }

    public ObjectProperty<TaxCategory> newCategoryProperty() {
        return newCategory;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newPercentProperty() {
        return newPercent;
    }

    public ObjectProperty<TaxAppliesTo> newAppliesToProperty() {
        return newAppliesTo;
    }

    public StringProperty newThresholdProperty() {
        return newThreshold;
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

    public ObjectProperty<LocalDate> reportFromProperty() {
        return reportFrom;
    }

    public ObjectProperty<LocalDate> reportToProperty() {
        return reportTo;
    }

    public ObservableList<TaxReportRow> reportRows() {
        return reportRows;
    }

    public ObjectProperty<TaxReport> reportProperty() {
        return report;
    }

    public StringProperty reportSummaryProperty() {
        return reportSummary;
    }

    public FieldErrors reportErrors() {
        return reportErrors;
    }
}
