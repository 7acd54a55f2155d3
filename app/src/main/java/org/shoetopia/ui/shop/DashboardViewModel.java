package org.shoetopia.ui.shop;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.DaySales;
import org.shoetopia.api.ShopService.ShopDashboard;
import org.shoetopia.api.VerificationService;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.SessionModel;

/** The shop screen: create a shop if the account has none; else the dashboard, promotion and verification. */
public final class DashboardViewModel {
    public static final int CHART_DAYS = 14;
    private static final DateTimeFormatter CHART_DAY = DateTimeFormatter.ofPattern("M/d", Locale.ROOT);

    /** The dashboard as its labels read. */
    public record Summary(
            String title,
            String balance,
            String unitsSold,
            String rating,
            String verification,
            String promotion,
            String flashSale,
            boolean topTier,
            boolean mayApply,
            boolean notSoldYet) {
        static Summary of(ShopDashboard dashboard) {
            return new Summary(
                    dashboard.storeName() + "  ·  shop #" + dashboard.shopId(),
                    Formats.money(dashboard.balance()),
                    Long.toString(dashboard.unitsSold()),
                    Formats.stars(dashboard.ratingAverage(), dashboard.ratingCount()),
                    dashboard.verification().code()
                            + (dashboard.verificationReason() == null ? "" : ": " + dashboard.verificationReason()),
                    dashboard.promotionTier() == 0 ? "none" : "tier " + dashboard.promotionTier(),
                    dashboard
                            .activeSale()
                            .map(sale -> sale.percentOff() + "% off, " + sale.unitsLeft() + " of " + sale.unitsTotal()
                                    + " units left")
                            .orElse("none running"),
                    dashboard.promotionTier() >= Shop.TOP_TIER,
                    // pending: already asked; verified: nothing to ask
                    dashboard.verification() == org.shoetopia.domain.VerificationStatus.UNVERIFIED
                            || dashboard.verification() == org.shoetopia.domain.VerificationStatus.REJECTED,
                    dashboard.unitsSold() == 0);
        }
    }

    /** One bar of the sales chart: the day as the chart labels it, and its sales in dollars. */
    public record DayBar(String day, double dollars) {
        static DayBar of(DaySales sales) {
            return new DayBar(CHART_DAY.format(sales.day()), sales.total().cents() / 100.0);
        }
    }

    private final ShopService shops;
    private final AccountService accounts;
    private final VerificationService verification;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty storeName = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<ShopDashboard> dashboard = new SimpleObjectProperty<>();
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final ObservableList<DayBar> sales = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors().field("storeName");
    private final Optional<BackupSchedule> backups;
    private final StringProperty backupStatus = new SimpleStringProperty("");
    private final BooleanProperty backupNeedsAttention = new SimpleBooleanProperty();
    private final BooleanProperty backingUp = new SimpleBooleanProperty();

    public DashboardViewModel(
            ShopService shops,
            AccountService accounts,
            VerificationService verification,
            BackgroundRunner runner,
            SessionModel session,
            Optional<BackupSchedule> backups) {
        this.backups = backups;
        this.shops = shops;
        this.accounts = accounts;
        this.verification = verification;
        this.runner = runner;
        this.session = session;
    }

    public boolean hasShop() {
        return session.current().sellingShopId() != null;
    }

    public boolean isOwner() {
        return session.current().isShopOwner();
    }

    public void load() {
        if (!hasShop()) {
            return;
        }
        var actor = session.actor();
        record Loaded(ShopDashboard dashboard, List<DaySales> sales) {}
        runner.call(() ->
                        new Loaded(shops.dashboard(actor), shops.dailySales(actor, CHART_DAYS, ZoneId.systemDefault())))
                .busy(busy)
                .onSuccess(loaded -> {
                    dashboard.set(loaded.dashboard());
                    summary.set(Summary.of(loaded.dashboard()));
                    sales.setAll(loaded.sales().stream().map(DayBar::of).toList());
                })
                .onFailure(errors::show)
                .start();
        backups.ifPresent(schedule ->
                runner.call(schedule::status).onSuccess(this::showBackups).start());
    }

    /** Whether this terminal keeps its own database, and so its own backups, to show the owner. */
    public boolean showsBackups() {
        return backups.isPresent() && isOwner();
    }

    /** Backs the database up now, to the data folder and the extra folder Settings names. */
    public void backUpNow() {
        backups.ifPresent(schedule -> runner.call(schedule::backUpNow)
                .busy(backingUp)
                .onSuccess(this::showBackups)
                .start());
    }

    private void showBackups(BackupSchedule.Status status) {
        backupNeedsAttention.set(status.needsAttention(Instant.now()));
        backupStatus.set(backupText(status));
    }

    static String backupText(BackupSchedule.Status status) {
        StringBuilder text = new StringBuilder(status.lastBackup()
                .map(last -> "Last backup " + Formats.dateTime(last))
                .orElse("No backup yet: one is made a minute after Shoetopia starts, then daily"));
        status.extraFolder()
                .ifPresent(extra -> text.append(status.lastExtraCopy()
                        .map(copied -> copied.equals(status.lastBackup().orElse(null))
                                ? ", also in " + extra
                                : "; last copied to " + extra + " " + Formats.dateTime(copied))
                        .orElse("; none found in " + extra)));
        if (status.extraFolder().isEmpty()) {
            text.append(". Choose a second folder in Settings (a USB stick, a synced folder): a copy on this disk"
                    + " alone dies with it.");
        }
        status.failedAt()
                .ifPresent(failed -> text.append("\nThe backup at ")
                        .append(Formats.dateTime(failed))
                        .append(" failed: ")
                        .append(status.failure()));
        return text.toString();
    }

    public StringProperty backupStatusProperty() {
        return backupStatus;
    }

    public BooleanProperty backupNeedsAttentionProperty() {
        return backupNeedsAttention;
    }

    public BooleanProperty backingUpProperty() {
        return backingUp;
    }

    /** Creates the shop, then refreshes the session so the owner's screens appear. */
    public void createShop() {
        errors.clear();
        var actor = session.actor();
        String name = storeName.get();
        runner.call(() -> {
                    shops.createShop(actor, name);
                    return accounts.refresh(actor);
                })
                .busy(busy)
                // the new shop's dashboard, with its next steps, not an empty till
                .onSuccess(owner -> session.signIn(owner, Screen.DASHBOARD))
                .onFailure(errors::show)
                .start();
    }

    /** Opens the screen of a next step. */
    public void go(Screen screen) {
        session.go(screen);
    }

    /** Renames the shop, as of the dashboard this screen loaded; a rename from a stale screen is refused. */
    public void rename() {
        errors.clear();
        ShopDashboard current = dashboard.get();
        if (current == null) {
            return;
        }
        var actor = session.actor();
        String name = newName.get();
        runner.call(() -> {
                    shops.renameShop(actor, current.detailsVersion(), name);
                    return name;
                })
                .busy(busy)
                .onSuccess(renamed -> {
                    notice.set("The shop is now called " + renamed.strip());
                    newName.set("");
                    load();
                })
                .onFailure(error -> {
                    errors.show(error);
                    load();
                })
                .start();
    }

    /** Reads what the shop's receipts print now and hands it to {@code then}, on the FX thread. */
    public void withReceiptDetails(java.util.function.Consumer<ReceiptDetails> then) {
        errors.clear();
        var actor = session.actor();
        runner.call(() -> shops.receiptDetails(actor))
                .onSuccess(then::accept)
                .onFailure(errors::show)
                .start();
    }

    /** Saves what the shop's receipts print; bad input says what is wrong and saves nothing. */
    public void saveReceiptDetails(String address, String phone, String returnPolicy) {
        errors.clear();
        ReceiptDetails details;
        try {
            details = new ReceiptDetails(address, phone, returnPolicy);
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        var actor = session.actor();
        runner.call(() -> shops.setReceiptDetails(actor, details))
                .busy(busy)
                .onSuccess(saved -> notice.set("Receipts now print the shop's "
                        + (saved.address() == null && saved.phone() == null ? "name only" : "name, address and phone")
                        + (saved.returnPolicy() == null ? "" : ", and its return policy at the foot")))
                .onFailure(errors::show)
                .start();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** The next promotion tier and its price, handed to {@code then} on the FX thread; nothing at the top tier. */
    public void withNextTierOffer(java.util.function.Consumer<ShopService.TierOffer> then) {
        ShopDashboard current = dashboard.get();
        if (current == null) {
            return;
        }
        int next = current.promotionTier() + 1;
        runner.call(() -> shops.promotionTiers().stream()
                        .filter(offer -> offer.tier() == next)
                        .findFirst())
                .onSuccess(offer -> offer.ifPresentOrElse(
                        then, () -> errors.set(FieldErrors.FORM, "The shop has the top promotion tier already")))
                .onFailure(errors::show)
                .start();
    }

    /** Buys promotion tier {@code tier}, paid from the shop's balance. */
    public void buyTier(int tier) {
        var actor = session.actor();
        runner.call(() -> shops.buyPromotion(actor, tier))
                .busy(busy)
                .onSuccess(bought -> {
                    notice.set("Promotion tier " + bought + " bought");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public void applyForVerification() {
        var actor = session.actor();
        runner.run(() -> verification.apply(actor))
                .busy(busy)
                .onSuccess(done -> {
                    notice.set("Application sent; an admin will review it");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public StringProperty storeNameProperty() {
        return storeName;
    }

    public ObjectProperty<ShopDashboard> dashboardProperty() {
        return dashboard;
    }

    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }

    public ObservableList<DayBar> sales() {
        return sales;
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
