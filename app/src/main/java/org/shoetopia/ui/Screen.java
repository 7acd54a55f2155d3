package org.shoetopia.ui;

import java.util.function.Predicate;
import org.shoetopia.api.UserSession;

/** The screens of the main window, in navigation order, with who sees them. The services check again. */
public enum Screen {
    DASHBOARD("Dashboard", "nav.dashboard", session -> true),
    POINT_OF_SALE("PointOfSale", "nav.pointOfSale", session -> true),
    SEARCH("Search", "nav.search", session -> true),
    LISTINGS("Listings", "nav.listings", session -> session.sellingShopId() != null),
    STYLES("Styles", "nav.styles", session -> session.sellingShopId() != null),
    ORDERS("Orders", "nav.orders", session -> true),
    FLASH_SALE("FlashSale", "nav.flashSale", UserSession::isShopOwner),
    STAFF("Staff", "nav.staff", UserSession::isShopOwner),
    TAX("Tax", "nav.tax", UserSession::managesShop),
    STOCK_REPORTS("StockReports", "nav.stockReports", UserSession::managesShop),
    RATINGS("Ratings", "nav.ratings", session -> session.sellingShopId() == null),
    ADMIN("Admin", "nav.admin", UserSession::admin),
    ACCOUNT("Account", "nav.account", session -> true),
    // Once a terminal is set up, only its shop's owner or an admin changes how it runs (a terminal
    // nobody set up offers its settings on the sign-in screen instead).
    SETTINGS("Settings", "nav.settings", session -> session.isShopOwner() || session.admin());

    private final String fxml;
    private final String titleKey;

    @SuppressWarnings("ImmutableEnumChecker") // each is a stateless lambda over the session it is given
    private final Predicate<UserSession> visibleTo;

    Screen(String fxml, String titleKey, Predicate<UserSession> visibleTo) {
        this.fxml = fxml;
        this.titleKey = titleKey;
        this.visibleTo = visibleTo;
    }

    public String fxml() {
        return fxml;
    }

    public String titleKey() {
        return titleKey;
    }

    public boolean isVisibleTo(UserSession session) {
        return session != null && visibleTo.test(session);
    }
}
