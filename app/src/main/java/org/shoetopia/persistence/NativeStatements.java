package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShownShoe;

/**
 * The SQL that differs between PostgreSQL and H2: the one-statement upserts of the contended
 * insert paths, the order-number sequence and the lock-wait bound. Each runs on the connection of
 * the caller's transaction. Race-safety never rests on a read before a write.
 */
public interface NativeStatements {

    /** Inserts the account unless the email is taken; the new id, or empty when it was. */
    Optional<Long> insertAccountIfEmailFree(Connection connection, String name, String email, String passwordHash)
            throws SQLException;

    /** Inserts the shop unless its name key or its owner is taken; the new id, or empty. */
    Optional<Long> insertShopIfFree(Connection connection, long ownerId, String storeName, String storeNameKey)
            throws SQLException;

    /** The id of the catalogue shoe with this key, inserting it as {@code shown} if new (an existing one keeps its own). */
    long upsertShoe(Connection connection, ShoeKey key, ShownShoe shown) throws SQLException;

    /**
     * The shop an account sells for (owns, or is a cashier of), or null: what a cart it opens is a
     * walk-in sale of. Two placeholders, both the account's id.
     */
    String SELLING_SHOP_OF = "coalesce((select s.id from shops s where s.owner_id = ?),"
            + " (select st.shop_id from shop_staff st where st.account_id = ?))";

    /**
     * An account's open cart: its id, its revision, the customer it names, the shop whose walk-in sale
     * it is (null for a customer's own cart), where the shop ships it (null: the customer takes the
     * shoes), and whether this call opened it.
     */
    record OpenCartRow(
            long id,
            int revision,
            Long customerId,
            Long customerRecordId,
            Long shopId,
            String shipTo,
            boolean opened) {}

    /**
     * The owner's open cart, opened now if there is none, by insert-if-absent (never check-then-insert);
     * empty only when another terminal of the same account opened one at the same instant (read it again).
     */
    Optional<OpenCartRow> openCart(Connection connection, long ownerId) throws SQLException;

    /**
     * Takes the lock on a cart for a change, if it is still open, and bumps its revision: the cart as it
     * is under the lock, or empty when it was checked out meanwhile (its checkout holds the same row
     * lock, so the two never overlap). One statement.
     */
    default Optional<OpenCartRow> reviseOpenCart(Connection connection, long cartId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(reviseOpenCartStatement())) {
            statement.setLong(1, cartId);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new OpenCartRow(
                                cartId,
                                rows.getInt(1),
                                (Long) rows.getObject(2),
                                (Long) rows.getObject(5),
                                (Long) rows.getObject(3),
                                rows.getString(4),
                                false))
                        : Optional.empty();
            }
        }
    }

    /**
     * The statement of {@link #reviseOpenCart}: bumps the open cart's revision (one placeholder, its id)
     * and returns its revision, customer, shop, ship-to address and customer record, in that order.
     */
    String reviseOpenCartStatement();

    /** Adds units to a cart line, inserting it if new, in one statement; the line's new quantity. */
    default int addToCartLine(Connection connection, long cartId, long listingId, int quantity) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(addToCartLineStatement())) {
            statement.setLong(1, cartId);
            statement.setLong(2, listingId);
            statement.setInt(3, quantity);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The statement of {@link #addToCartLine}: cart, listing and quantity in; the new quantity out. */
    String addToCartLineStatement();

    /**
     * After the last line (or gift card) left a cart whose owner no longer sells for its shop: it becomes a walk-in
     * sale of the shop they sell for now, or their own cart, and names nobody (the customer was the old
     * shop's). True if that changed it.
     */
    default boolean rebindEmptyCart(Connection connection, long cartId, long ownerId) throws SQLException {
        try (var statement = connection.prepareStatement("update carts set shop_id = " + SELLING_SHOP_OF
                + ", customer_id = null, customer_record_id = null, ship_to = null where id = ? and shop_id is distinct from "
                + SELLING_SHOP_OF
                + " and not exists (select 1 from cart_lines where cart_id = ?)"
                + " and not exists (select 1 from cart_gift_cards where cart_id = ?)")) {
            statement.setLong(1, ownerId);
            statement.setLong(2, ownerId);
            statement.setLong(3, cartId);
            statement.setLong(4, ownerId);
            statement.setLong(5, ownerId);
            statement.setLong(6, cartId);
            statement.setLong(7, cartId);
            return statement.executeUpdate() == 1;
        }
    }

    /** What checkout needs of a shop's running flash sale. */
    record RunningSale(long id, long shopId, int percentOff, int slotCount) {}

    /**
     * Locks the shops (in id order) so no flash sale starts for them until this transaction ends, then
     * reads their running sales. Starting a sale locks the shop row too, so which sale a checkout gets
     * is decided under a lock: none can start between this read and the checkout's commit.
     */
    default List<RunningSale> lockShopsAndReadRunningSales(Connection connection, Collection<Long> shopIds)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select id from shops where id in ("
                + placeholders(shopIds.size()) + ") order by id " + sharedRowLock())) {
            bindIds(lock, shopIds);
            lock.executeQuery().close();
        }
        return runningSales(connection, shopIds);
    }

    /**
     * The locking clause that lets readers share a row but keeps writers of it out until they end:
     * {@code for share} where the database has it.
     */
    String sharedRowLock();

    /** The running sales of these shops, read in a statement of its own (after their rows were locked). */
    private static List<RunningSale> runningSales(Connection connection, Collection<Long> shopIds) throws SQLException {
        List<RunningSale> sales = new ArrayList<>();
        try (var statement = connection.prepareStatement("select id, shop_id, percent_off, slot_count"
                + " from flash_sales where active_shop_id in (" + placeholders(shopIds.size()) + ")")) {
            bindIds(statement, shopIds);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    sales.add(new RunningSale(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getInt(4)));
                }
            }
        }
        return sales;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bindIds(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        int index = 1;
        for (long id : ids) {
            statement.setLong(index++, id);
        }
    }

    /** Inserts or replaces the customer's rating of the shop. */
    void upsertRating(Connection connection, long shopId, long customerId, int stars) throws SQLException;

    /** The next receipt number, from the database sequence shared by all terminals. */
    long nextOrderNumber(Connection connection) throws SQLException;

    /**
     * Takes up to {@code wanted} units of a running sale from its slot rows, locking the slots it takes
     * from until the transaction ends; the units taken. Fewer than wanted only when every slot was seen
     * empty under its lock. Call with the sales of one checkout in id order (the global lock order).
     */
    default int takeSaleUnits(Connection connection, long saleId, int slotCount, int wanted) throws SQLException {
        return SaleSlots.takeInSlotOrder(connection, saleId, slotCount, wanted);
    }

    /**
     * Announces, when the transaction commits, that the shop's flash sale changed; terminals showing
     * it refresh. PostgreSQL: NOTIFY. H2: nothing (its feed polls).
     */
    void announceSaleChange(Connection connection, long shopId) throws SQLException;

    /** The session setting that bounds how long any statement waits for a lock before failing. */
    String lockWaitLimit(Duration timeout);

    /**
     * Changes an account's email unless another account has it: the unique index decides, and a
     * savepoint keeps the losing statement from spoiling the transaction. False when taken.
     */
    default boolean updateEmailIfFree(Connection connection, long accountId, String email) throws SQLException {
        return SqlStates.ignoringUniqueViolation(connection, () -> {
                    try (var statement = connection.prepareStatement("update accounts set email = ? where id = ?")) {
                        statement.setString(1, email);
                        statement.setLong(2, accountId);
                        return statement.executeUpdate() == 1;
                    }
                })
                .orElse(false);
    }

    /**
     * The shop's record of a customer's account, made now if it has none. Two tills naming the same
     * customer at once: the unique key lets one insert win, and the other reads the winner's record.
     */
    default long customerRecordOfAccount(Connection connection, long shopId, long accountId, long createdBy)
            throws SQLException {
        Optional<Long> existing = customerRecordOf(connection, shopId, accountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        SqlStates.ignoringUniqueViolation(connection, () -> {
            try (var insert = connection.prepareStatement("insert into customer_records"
                    + " (shop_id, account_id, created_by, created_at) values (?, ?, ?, current_timestamp)")) {
                insert.setLong(1, shopId);
                insert.setLong(2, accountId);
                insert.setLong(3, createdBy);
                return insert.executeUpdate();
            }
        });
        return customerRecordOf(connection, shopId, accountId).orElseThrow();
    }

    private static Optional<Long> customerRecordOf(Connection connection, long shopId, long accountId)
            throws SQLException {
        try (var select =
                connection.prepareStatement("select id from customer_records where shop_id = ? and account_id = ?")) {
            select.setLong(1, shopId);
            select.setLong(2, accountId);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }
}
