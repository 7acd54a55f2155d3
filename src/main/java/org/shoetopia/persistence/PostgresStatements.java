package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.shoetopia.domain.ShoeKey;

/** PostgreSQL: {@code INSERT … ON CONFLICT}, which is atomic under concurrent inserts of one key (MERGE is not). */
final class PostgresStatements implements NativeStatements {

    @Override
    public Optional<Long> insertAccountIfEmailFree(Connection connection, String name, String email,
            String passwordHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into accounts (name, email, password_hash) values (?, ?, ?)
                on conflict (email) do nothing
                returning id""")) {
            statement.setString(1, name);
            statement.setString(2, email);
            statement.setString(3, passwordHash);
            return optionalId(statement);
        }
    }

    @Override
    public Optional<Long> insertShopIfFree(Connection connection, long ownerId, String storeName, String storeNameKey)
            throws SQLException {
        // No conflict target: both the name key and the owner are unique, and either means "not inserted".
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into shops (owner_id, store_name, store_name_key) values (?, ?, ?)
                on conflict do nothing
                returning id""")) {
            statement.setLong(1, ownerId);
            statement.setString(2, storeName);
            statement.setString(3, storeNameKey);
            return optionalId(statement);
        }
    }

    @Override
    public long upsertShoe(Connection connection, ShoeKey key) throws SQLException {
        // DO UPDATE (a no-op write) rather than DO NOTHING so RETURNING always yields the id.
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into shoes (brand, color, style) values (?, ?, ?)
                on conflict (brand, color, style) do update set brand = excluded.brand
                returning id""")) {
            statement.setString(1, key.brand());
            statement.setString(2, key.color().code());
            statement.setString(3, key.style());
            return optionalId(statement).orElseThrow();
        }
    }

    @Override
    public Optional<Long> insertOpenCartIfNone(Connection connection, long ownerId, Long customerId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into carts (owner_id, open_owner_id, customer_id) values (?, ?, ?)
                on conflict (open_owner_id) do nothing
                returning id""")) {
            statement.setLong(1, ownerId);
            statement.setLong(2, ownerId);
            statement.setObject(3, customerId);
            return optionalId(statement);
        }
    }

    @Override
    public void upsertRating(Connection connection, long shopId, long customerId, int stars) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into ratings (shop_id, customer_id, stars) values (?, ?, ?)
                on conflict (shop_id, customer_id)
                do update set stars = excluded.stars, rated_at = current_timestamp""")) {
            statement.setLong(1, shopId);
            statement.setLong(2, customerId);
            statement.setInt(3, stars);
            statement.executeUpdate();
        }
    }

    @Override
    public long nextOrderNumber(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select nextval('order_numbers')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void announceSaleChange(Connection connection, long shopId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, SaleChangeFeed.CHANNEL);
            statement.setString(2, Long.toString(shopId));
            statement.execute();
        }
    }

    @Override
    public void limitLockWait(Connection connection, Duration timeout) throws SQLException {
        // Set by hand at the start of the transaction: Hibernate's lock-timeout hint has been seen
        // to run after the very SELECT … FOR UPDATE it should bound.
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local lock_timeout = " + timeout.toMillis());
        }
    }

    private static Optional<Long> optionalId(PreparedStatement statement) throws SQLException {
        try (var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }
}
