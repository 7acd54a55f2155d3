package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShownShoe;

/**
 * H2 (regular mode has no ON CONFLICT): inserts are single statements arbitrated by the unique index,
 * whose duplicate-key error is the "already there" answer; upserts use {@code MERGE INTO … KEY (…)}.
 * A concurrent MERGE of a new key can fail with a duplicate key or "concurrent update" error once the
 * other transaction commits; it is then simply run again and finds the row.
 */
final class H2Statements implements NativeStatements {
    private static final int MERGE_ATTEMPTS = 5;

    @Override
    public Optional<Long> insertAccountIfEmailFree(
            Connection connection, String name, String email, String passwordHash) throws SQLException {
        return insertReturningId(
                connection,
                "insert into accounts (name, email, password_hash) values (?, ?, ?)",
                name,
                email,
                passwordHash);
    }

    @Override
    public Optional<Long> insertShopIfFree(Connection connection, long ownerId, String storeName, String storeNameKey)
            throws SQLException {
        return insertReturningId(
                connection,
                "insert into shops (owner_id, store_name, store_name_key) values (?, ?, ?)",
                ownerId,
                storeName,
                storeNameKey);
    }

    @Override
    public long upsertShoe(Connection connection, ShoeKey key, ShownShoe shown) throws SQLException {
        // Inserted only when new: the first lister's spelling stays.
        mergeWithRetry(connection, """
                merge into shoes s
                using (values (cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar),
                    cast(? as varchar))) v (brand, color, style, brand_shown, style_shown)
                on s.brand = v.brand and s.color = v.color and s.style = v.style
                when not matched then insert (brand, color, style, brand_shown, style_shown)
                    values (v.brand, v.color, v.style, v.brand_shown, v.style_shown)""", key.brand(), key.color().code(), key.style(), shown.brand(), shown.style());
        try (PreparedStatement select =
                connection.prepareStatement("select id from shoes where brand = ? and color = ? and style = ?")) {
            bind(select, key.brand(), key.color().code(), key.style());
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public Optional<OpenCartRow> openCart(Connection connection, long ownerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, revision, customer_id, shop_id, ship_to, customer_record_id from carts where open_owner_id = ?")) {
            select.setLong(1, ownerId);
            try (var rows = select.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(new OpenCartRow(
                            rows.getLong(1),
                            rows.getInt(2),
                            (Long) rows.getObject(3),
                            (Long) rows.getObject(6),
                            (Long) rows.getObject(4),
                            rows.getString(5),
                            false));
                }
            }
        }
        Optional<Long> opened = insertReturningId(
                connection,
                "insert into carts (owner_id, open_owner_id, shop_id) values (?, ?, " + SELLING_SHOP_OF + ")",
                ownerId,
                ownerId,
                ownerId,
                ownerId);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement("select shop_id from carts where id = ?")) {
            select.setLong(1, opened.get());
            try (var rows = select.executeQuery()) {
                rows.next();
                return Optional.of(new OpenCartRow(opened.get(), 0, null, null, (Long) rows.getObject(1), null, true));
            }
        }
    }

    @Override
    public String reviseOpenCartStatement() {
        return "select revision, customer_id, shop_id, ship_to, customer_record_id from final table"
                + " (update carts set revision = revision + 1 where id = ? and checked_out_at is null)";
    }

    /** The caller holds the cart's row lock, so no other transaction inserts this line meanwhile. */
    @Override
    public String addToCartLineStatement() {
        return """
                select quantity from final table (merge into cart_lines t
                    using (values (cast(? as bigint), cast(? as bigint), cast(? as integer))) s (cart_id, listing_id, quantity)
                    on t.cart_id = s.cart_id and t.listing_id = s.listing_id
                    when matched then update set t.quantity = t.quantity + s.quantity
                    when not matched then insert (cart_id, listing_id, quantity) values (s.cart_id, s.listing_id, s.quantity))""";
    }

    /** H2 has no shared row lock: checkouts of one shop take turns on its row, which a lone machine can afford. */
    @Override
    public String sharedRowLock() {
        return "for update";
    }

    @Override
    public void upsertRating(Connection connection, long shopId, long customerId, int stars) throws SQLException {
        mergeWithRetry(connection, """
                merge into ratings (shop_id, customer_id, stars, rated_at) key (shop_id, customer_id)
                values (?, ?, ?, current_timestamp)""", shopId, customerId, stars);
    }

    @Override
    public long nextOrderNumber(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select next value for order_numbers")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void announceSaleChange(Connection connection, long shopId) {
        // H2 has no NOTIFY; PollingSaleChangeFeed sees the change.
    }

    @Override
    public String lockWaitLimit(Duration timeout) {
        return "set lock_timeout " + timeout.toMillis();
    }

    private static Optional<Long> insertReturningId(Connection connection, String sql, Object... values)
            throws SQLException {
        return SqlStates.ignoringUniqueViolation(connection, () -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
                bind(insert, values);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static void mergeWithRetry(Connection connection, String sql, Object... values) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (PreparedStatement merge = connection.prepareStatement(sql)) {
                bind(merge, values);
                merge.executeUpdate();
                return;
            } catch (SQLException e) {
                boolean lostRace = e.getErrorCode() == SqlStates.H2_CONCURRENT_UPDATE
                        || e.getErrorCode() == SqlStates.H2_DUPLICATE_KEY;
                if (!lostRace || attempt == MERGE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
