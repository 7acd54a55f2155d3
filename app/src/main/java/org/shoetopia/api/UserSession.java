package org.shoetopia.api;

/** What a terminal knows after sign-in; the roles only shape navigation, services check again. */
public record UserSession(
        long accountId, String name, String email, boolean admin, Long ownedShopId, Long staffShopId) {

    public Actor actor() {
        return new Actor(accountId);
    }

    public boolean isShopOwner() {
        return ownedShopId != null;
    }

    /** The shop this account sells for, as owner or cashier; null for customers and admins. */
    public Long sellingShopId() {
        return ownedShopId != null ? ownedShopId : staffShopId;
    }
}
