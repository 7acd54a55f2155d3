package org.shoetopia.ui.shop;

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
import org.shoetopia.service.AccountService;
import org.shoetopia.service.ShopService;
import org.shoetopia.service.ShopService.DaySales;
import org.shoetopia.service.ShopService.ShopDashboard;
import org.shoetopia.service.VerificationService;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The shop screen: create a shop if the account has none; else the dashboard, promotion and verification. */
public final class DashboardViewModel {
    public static final int CHART_DAYS = 14;

    private final ShopService shops;
    private final AccountService accounts;
    private final VerificationService verification;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty storeName = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<ShopDashboard> dashboard = new SimpleObjectProperty<>();
    private final ObservableList<DaySales> sales = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors().field("storeName");

    public DashboardViewModel(
            ShopService shops,
            AccountService accounts,
            VerificationService verification,
            BackgroundRunner runner,
            SessionModel session) {
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
                    sales.setAll(loaded.sales());
                })
                .onFailure(errors::show)
                .start();
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
                .onSuccess(session::signIn)
                .onFailure(errors::show)
                .start();
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

    public StringProperty newNameProperty() {
        return newName;
    }

    public void buyNextTier() {
        ShopDashboard current = dashboard.get();
        if (current == null) {
            return;
        }
        int next = current.promotionTier() + 1;
        var actor = session.actor();
        runner.call(() -> shops.buyPromotion(actor, next))
                .busy(busy)
                .onSuccess(tier -> {
                    notice.set("Promotion tier " + tier + " bought");
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

    public ObservableList<DaySales> sales() {
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
