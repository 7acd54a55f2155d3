package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Optional;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShownShoe;

/** PostgreSQL: {@code INSERT … ON CONFLICT}, which is atomic under concurrent inserts of one key (MERGE is not). */
final class PostgresStatements implements NativeStatements {

    @Override
    public Optional<Long> insertAccountIfEmailFree(
            Connection connection, String name, String email, String passwordHash) throws SQLException {
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
    public long upsertShoe(Connection connection, ShoeKey key, ShownShoe shown) throws SQLException {
        // DO UPDATE (a no-op write) rather than DO NOTHING so RETURNING always yields the id; the
        // first lister's spelling stays.
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into shoes (brand, color, style, brand_shown, style_shown) values (?, ?, ?, ?, ?)
                on conflict (brand, color, style) do update set brand = excluded.brand
                returning id""")) {
            statement.setString(1, key.brand());
            statement.setString(2, key.color().code());
            statement.setString(3, key.style());
            statement.setString(4, shown.brand());
            statement.setString(5, shown.style());
            return optionalId(statement).orElseThrow();
        }
    }

    /**
     * One statement: the insert wins, or the existing open cart is read. The read shares the
     * statement's snapshot, so a cart another terminal committed after it began is not seen (empty).
     */
    @Override
    public Optional<OpenCartRow> openCart(Connection connection, long ownerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                with opened as (
                    insert into carts (owner_id, open_owner_id, shop_id) values (?, ?, %s)
                    on conflict (open_owner_id) do nothing
                    returning id, revision, customer_id, shop_id, ship_to, customer_record_id)
                select id, revision, customer_id, shop_id, ship_to, true, customer_record_id from opened
                union all
                select id, revision, customer_id, shop_id, ship_to, false, customer_record_id
                from carts where open_owner_id = ?""".formatted(SELLING_SHOP_OF))) {
            for (int i = 1; i <= 5; i++) {
                statement.setLong(i, ownerId);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new OpenCartRow(
                                rows.getLong(1),
                                rows.getInt(2),
                                (Long) rows.getObject(3),
                                (Long) rows.getObject(7),
                                (Long) rows.getObject(4),
                                rows.getString(5),
                                rows.getBoolean(6)))
                        : Optional.empty();
            }
        }
    }

    /** Waiting for a checkout's lock, the update then re-reads the row: closed by then, it matches nothing. */
    @Override
    public String reviseOpenCartStatement() {
        return "update carts set revision = revision + 1 where id = ? and checked_out_at is null"
                + " returning revision, customer_id, shop_id, ship_to, customer_record_id";
    }

    @Override
    public String addToCartLineStatement() {
        return """
                insert into cart_lines (cart_id, listing_id, quantity) values (?, ?, ?)
                on conflict (cart_id, listing_id) do update set quantity = cart_lines.quantity + excluded.quantity
                returning quantity""";
    }

    /** Checkouts of one shop do not wait for each other; only a sale's start (which locks the shop) waits for them. */
    @Override
    public String sharedRowLock() {
        return "for share";
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
        // Prepared, so the server plans it once per connection instead of on every checkout.
        try (PreparedStatement statement = connection.prepareStatement("select nextval('order_numbers')");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * First takes units from slots no other checkout holds ({@code SKIP LOCKED}), in one statement.
     * If those fall short while other slots are locked, it gives back what it took (rolling back to a
     * savepoint releases those row locks) and waits for the slots in order like every database does,
     * so it never holds one slot while waiting for another out of order.
     */
    @Override
    public int takeSaleUnits(Connection connection, long saleId, int slotCount, int wanted) throws SQLException {
        if (slotCount == 1) {
            return SaleSlots.takeInSlotOrder(connection, saleId, slotCount, wanted);
        }
        // A one-unit take either gets its unit or holds nothing, so it needs no savepoint.
        Savepoint beforeSkipping = wanted > 1 ? connection.setSavepoint() : null;
        int taken = takeFromUnlockedSlots(connection, saleId, wanted);
        if (taken == wanted) {
            if (beforeSkipping != null) {
                connection.releaseSavepoint(beforeSkipping);
            }
            return taken;
        }
        if (beforeSkipping != null) {
            connection.rollback(beforeSkipping);
        }
        return SaleSlots.takeInSlotOrder(connection, saleId, slotCount, wanted);
    }

    private static int takeFromUnlockedSlots(Connection connection, long saleId, int wanted) throws SQLException {
        // Each picked slot gives what the earlier picked slots left of the wanted units.
        try (PreparedStatement statement = connection.prepareStatement("""
                with picked as (
                    select slot, units_left from flash_sale_slots
                    where sale_id = ? and units_left > 0
                    order by slot limit ?
                    for update skip locked),
                shares as (
                    select slot, least(units_left,
                        greatest(0, ? - (sum(units_left) over (order by slot) - units_left))) as take
                    from picked),
                taken as (
                    update flash_sale_slots s set units_left = s.units_left - shares.take
                    from shares where s.sale_id = ? and s.slot = shares.slot and shares.take > 0
                    returning shares.take)
                select coalesce(sum(take), 0) from taken""")) {
            statement.setLong(1, saleId);
            statement.setInt(2, wanted);
            statement.setInt(3, wanted);
            statement.setLong(4, saleId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
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
    public String lockWaitLimit(Duration timeout) {
        return "set lock_timeout = " + timeout.toMillis();
    }

    private static Optional<Long> optionalId(PreparedStatement statement) throws SQLException {
        try (var rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }
}
