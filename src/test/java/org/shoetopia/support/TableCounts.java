package org.shoetopia.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.shoetopia.persistence.Database;

/** Row counts and a checksum of every data table: equal before and after means nothing was written. */
public final class TableCounts {
    private static final Map<String, String> FINGERPRINTS = Map.ofEntries(
            Map.entry("accounts", "select count(*) + coalesce(sum(length(email) + length(password_hash) + failed_logins), 0) from accounts"),
            Map.entry("shops", "select count(*) + coalesce(sum(promotion_tier + length(verification_status)), 0) from shops"),
            Map.entry("shop_staff", "select count(*) from shop_staff"),
            Map.entry("shoes", "select count(*) from shoes"),
            Map.entry("listings", "select count(*) * 1000003 + coalesce(sum(stock + case when active then 1 else 0 end), 0) from listings"),
            Map.entry("flash_sales", "select count(*) + coalesce(sum(units_withdrawn + case when ended_at is null then 0 else 7 end), 0) from flash_sales"),
            Map.entry("flash_sale_slots", "select count(*) + coalesce(sum(units_left), 0) from flash_sale_slots"),
            Map.entry("carts", "select count(*) + coalesce(sum(case when checked_out_at is null then 0 else 1 end + coalesce(customer_id, 0) + revision * 7 + coalesce(shop_id, 0) * 3), 0) from carts"),
            Map.entry("cart_lines", "select count(*) + coalesce(sum(quantity), 0) from cart_lines"),
            Map.entry("orders", "select count(*) from orders"),
            Map.entry("order_lines", "select count(*) + coalesce(sum(refunded_quantity), 0) from order_lines"),
            Map.entry("order_fulfilments", "select count(*) + coalesce(sum(length(status)), 0) from order_fulfilments"),
            Map.entry("refunds", "select count(*) from refunds"),
            Map.entry("inventory_ledger", "select count(*) from inventory_ledger"),
            Map.entry("balance_ledger", "select count(*) from balance_ledger"),
            Map.entry("ratings", "select count(*) + coalesce(sum(stars), 0) from ratings"),
            Map.entry("verification_applications", "select count(*) + coalesce(sum(length(status)), 0) from verification_applications"),
            Map.entry("transactions", "select count(*) from transactions"));

    private TableCounts() {
    }

    public static Map<String, Long> of(Database database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.createStatement()) {
            for (var entry : FINGERPRINTS.entrySet()) {
                try (var rows = statement.executeQuery(entry.getValue())) {
                    rows.next();
                    counts.put(entry.getKey(), rows.getLong(1));
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** One number from a query, for assertions on what the database holds. */
    public static long scalar(Database database, String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                connection.rollback();
                return value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
