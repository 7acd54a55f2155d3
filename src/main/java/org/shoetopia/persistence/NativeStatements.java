package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.shoetopia.domain.ShoeKey;

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

    /** The id of the catalogue shoe with this key, inserting it if new. */
    long upsertShoe(Connection connection, ShoeKey key) throws SQLException;

    /** An account's open cart: its id, the customer it names, and whether this call opened it. */
    record OpenCartRow(long id, Long customerId, boolean opened) {
    }

    /**
     * The owner's open cart, opened now if there is none, by insert-if-absent (never check-then-insert);
     * empty only when another terminal of the same account opened one at the same instant (read it again).
     */
    Optional<OpenCartRow> openCart(Connection connection, long ownerId) throws SQLException;

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
        }).orElse(false);
    }
}
