package org.shoetopia.service;

import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopStaff;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.persistence.Tx;

/** Permission checks, always against the database, so a removed cashier loses access at once. */
final class Access {
    private Access() {}

    static Account account(Tx tx, Actor actor) {
        Account account = tx.session().find(Account.class, actor.accountId());
        if (account == null) {
            throw new NotFoundException("This account no longer exists; sign in again");
        }
        return account;
    }

    /**
     * Locks the account's row until the transaction ends, for rules that span the account's other rows
     * (owns a shop, or sells for one): what the caller reads after this sees every change made under it.
     */
    static void lockAccount(Tx tx, long accountId) {
        if (tx.session().find(Account.class, accountId, LockMode.PESSIMISTIC_WRITE) == null) {
            throw new NotFoundException("This account no longer exists; sign in again");
        }
    }

    static Shop ownedShopOrNull(Tx tx, long accountId) {
        return tx.session()
                .createSelectionQuery("from Shop where ownerId = :owner", Shop.class)
                .setParameter("owner", accountId)
                .getSingleResultOrNull();
    }

    /** The shop the actor owns; only owners start sales, buy promotion and manage staff. */
    static Shop ownedShop(Tx tx, Actor actor) {
        Shop shop = ownedShopOrNull(tx, actor.accountId());
        if (shop == null) {
            throw new ForbiddenException("Only a shop owner can do this");
        }
        return shop;
    }

    static Long staffShopIdOrNull(Tx tx, long accountId) {
        ShopStaff staff = tx.session().find(ShopStaff.class, accountId);
        return staff == null ? null : staff.getShopId();
    }

    /** The shop the actor sells for, as owner or cashier. */
    static long sellingShopId(Tx tx, Actor actor) {
        Shop owned = ownedShopOrNull(tx, actor.accountId());
        if (owned != null) {
            return owned.getId();
        }
        Long staffShop = staffShopIdOrNull(tx, actor.accountId());
        if (staffShop == null) {
            throw new ForbiddenException("Only a shop's owner or cashiers can do this");
        }
        return staffShop;
    }

    /** The shop the actor sells for, which they must own or manage. */
    static long managedShopId(Tx tx, Actor actor) {
        long shopId = sellingShopId(tx, actor);
        requireManagerOf(tx, actor, shopId);
        return shopId;
    }

    /** Checks that the actor sells for {@code shopId}. */
    static void requireSellerOf(Tx tx, Actor actor, long shopId) {
        if (sellingShopId(tx, actor) != shopId) {
            throw new ForbiddenException("This belongs to another shop");
        }
    }

    /**
     * The actor owns the shop, or is its manager: what a cashier may not do (a listing's price). A
     * manager's staff row is held shared until the transaction ends, so a demotion (which updates it)
     * waits for the change it allowed, and no change starts on a role already taken away.
     */
    static void requireManagerOf(Tx tx, Actor actor, long shopId) {
        if (!managesShop(tx, actor, shopId)) {
            Long staffShop = staffShopIdOrNull(tx, actor.accountId());
            throw new ForbiddenException(
                    staffShop != null && staffShop == shopId
                            ? "Only the shop's owner or a manager can do this"
                            : "This belongs to another shop");
        }
    }

    /** Whether the actor owns the shop or is its manager (their staff row held shared, as requireManagerOf does). */
    static boolean managesShop(Tx tx, Actor actor, long shopId) {
        Shop owned = ownedShopOrNull(tx, actor.accountId());
        if (owned != null) {
            return owned.getId() == shopId;
        }
        ShopStaff staff = tx.session().find(ShopStaff.class, actor.accountId(), LockMode.PESSIMISTIC_READ);
        return staff != null && staff.getShopId() == shopId && staff.getRole() == StaffRole.MANAGER;
    }

    /** Whether the account is a manager on its shop's staff. */
    static boolean isStaffManager(Tx tx, long accountId) {
        ShopStaff staff = tx.session().find(ShopStaff.class, accountId);
        return staff != null && staff.getRole() == StaffRole.MANAGER;
    }

    static void requireAdmin(Tx tx, Actor actor) {
        if (!account(tx, actor).isAdmin()) {
            throw new ForbiddenException("Only a platform admin can do this");
        }
    }
}
