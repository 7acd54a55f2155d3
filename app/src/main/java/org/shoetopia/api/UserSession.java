package org.shoetopia.api;

/**
 * What a terminal knows after sign-in; the roles only shape navigation, services check again.
 * {@code staffManager}: a member of staff appointed manager by the owner.
 */
public record UserSession(
        long accountId,
        String name,
        String email,
        boolean admin,
        Long ownedShopId,
        Long staffShopId,
        boolean staffManager) {

    public Actor actor() {
        return new Actor(accountId);
    }

    public boolean isShopOwner() {
        return ownedShopId != null;
    }

    /** Whether this account may do what needs a manager in its shop: its owner, or a manager. */
    public boolean managesShop() {
        return ownedShopId != null || (staffShopId != null && staffManager);
    }

    /** The shop this account sells for, as owner or cashier; null for customers and admins. */
    public Long sellingShopId() {
        return ownedShopId != null ? ownedShopId : staffShopId;
    }
}
