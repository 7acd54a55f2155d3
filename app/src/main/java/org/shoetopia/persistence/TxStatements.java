package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.persistence.NativeStatements.OpenCartRow;
import org.shoetopia.persistence.NativeStatements.RunningSale;

/**
 * This database's native statements bound to one transaction: each flushes the session's pending
 * writes, then runs on the transaction's own connection, so a service never holds a JDBC connection.
 * The meaning of each is on {@link NativeStatements}.
 */
public final class TxStatements {
    private final Session session;
    private final NativeStatements statements;

    TxStatements(Session session, NativeStatements statements) {
        this.session = session;
        this.statements = statements;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(NativeStatements statements, Connection connection) throws SQLException;
    }

    private <T> T run(Call<T> call) {
        session.flush();
        return session.doReturningWork(connection -> call.run(statements, connection));
    }

    public Optional<Long> insertAccountIfEmailFree(String name, String email, String passwordHash) {
        return run((sql, c) -> sql.insertAccountIfEmailFree(c, name, email, passwordHash));
    }

    public Optional<Long> insertShopIfFree(long ownerId, String storeName, String storeNameKey) {
        return run((sql, c) -> sql.insertShopIfFree(c, ownerId, storeName, storeNameKey));
    }

    public long upsertShoe(ShoeKey key, ShownShoe shown) {
        return run((sql, c) -> sql.upsertShoe(c, key, shown));
    }

    public Optional<OpenCartRow> openCart(long ownerId) {
        return run((sql, c) -> sql.openCart(c, ownerId));
    }

    public long customerRecordOfAccount(long shopId, long accountId, long createdBy) {
        return run((sql, c) -> sql.customerRecordOfAccount(c, shopId, accountId, createdBy));
    }

    public Optional<OpenCartRow> reviseOpenCart(long cartId) {
        return run((sql, c) -> sql.reviseOpenCart(c, cartId));
    }

    public int addToCartLine(long cartId, long listingId, int quantity) {
        return run((sql, c) -> sql.addToCartLine(c, cartId, listingId, quantity));
    }

    public boolean rebindEmptyCart(long cartId, long ownerId) {
        return run((sql, c) -> sql.rebindEmptyCart(c, cartId, ownerId));
    }

    public List<RunningSale> lockShopsAndReadRunningSales(Collection<Long> shopIds) {
        return run((sql, c) -> sql.lockShopsAndReadRunningSales(c, shopIds));
    }

    public void upsertRating(long shopId, long customerId, int stars) {
        run((sql, c) -> {
            sql.upsertRating(c, shopId, customerId, stars);
            return null;
        });
    }

    public long nextOrderNumber() {
        return run((sql, c) -> sql.nextOrderNumber(c));
    }

    public int takeSaleUnits(long saleId, int slotCount, int wanted) {
        return run((sql, c) -> sql.takeSaleUnits(c, saleId, slotCount, wanted));
    }

    public void announceSaleChange(long shopId) {
        run((sql, c) -> {
            sql.announceSaleChange(c, shopId);
            return null;
        });
    }

    public boolean updateEmailIfFree(long accountId, String email) {
        return run((sql, c) -> sql.updateEmailIfFree(c, accountId, email));
    }
}
