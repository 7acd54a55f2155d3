package org.shoetopia.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.shoetopia.domain.Coded;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.persistence.DatabaseKind;
import org.shoetopia.persistence.NativeStatements;

/**
 * The benchmark's yardstick: the same correct flash-sale checkout as {@code CheckoutService}, in raw
 * JDBC on PostgreSQL: the same locks in the same order (cart, shop shared, sale slots, listing) and the same rows
 * written (cart line and its audit row; order, line, stock, both ledgers, sale slots, fulfilment,
 * audit row, closed cart, NOTIFY). The sale units are taken by the very statements the service uses
 * ({@link NativeStatements#takeSaleUnits}), so one slot or many, both wait and skip alike, and the
 * line is priced by the service's own rule ({@link Pricing}). It skips
 * what the service adds around that: permission lookups and the receipt. Only for a one-line cart.
 */
final class RawCheckout {
    private final DataSource dataSource;
    private final NativeStatements statements = DatabaseKind.POSTGRESQL.nativeStatements();

    RawCheckout(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Adds one unit to the account's open cart (opening it if needed) after checking the listing is sold
     * and in stock, in its own transaction, like the service.
     */
    void addOne(long accountId, long listingId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long cartId;
            try (PreparedStatement insert =
                    c.prepareStatement("insert into carts (owner_id, open_owner_id) values (?, ?)"
                            + " on conflict (open_owner_id) do nothing returning id")) {
                insert.setLong(1, accountId);
                insert.setLong(2, accountId);
                try (var rows = insert.executeQuery()) {
                    boolean opened = rows.next();
                    cartId = opened ? rows.getLong(1) : openCart(c, accountId);
                    if (!opened) { // an existing cart is changed under its row lock, as the service does
                        update(
                                c,
                                "update carts set revision = revision + 1 where id = ? and checked_out_at is null",
                                cartId);
                    }
                }
            }
            try (PreparedStatement listing = c.prepareStatement("select stock, active from listings where id = ?")) {
                listing.setLong(1, listingId); // a cart line never exceeds the stock at that moment
                try (var rows = listing.executeQuery()) {
                    if (!rows.next() || !rows.getBoolean(2) || rows.getInt(1) < 1) {
                        c.rollback();
                        throw new SQLException("not in stock");
                    }
                }
            }
            try (PreparedStatement line = c.prepareStatement(
                    "insert into cart_lines (cart_id, listing_id, quantity)"
                            + " values (?, ?, 1) on conflict (cart_id, listing_id) do update set quantity = cart_lines.quantity + 1")) {
                line.setLong(1, cartId);
                line.setLong(2, listingId);
                line.executeUpdate();
            }
            update(
                    c,
                    "insert into audit_trail (kind, tag, actor_id) values ('cart.line_set', ?, ?)",
                    "cart " + cartId + " listing " + listingId,
                    accountId);
            c.commit();
        }
    }

    private static long openCart(Connection c, long accountId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select id from carts where open_owner_id = ?")) {
            select.setLong(1, accountId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Checks out the account's open one-line cart; returns the sale units it got. */
    int checkout(long accountId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long cartId;
            try (PreparedStatement cart =
                    c.prepareStatement("select id from carts where open_owner_id = ? for no key update")) {
                cart.setLong(1, accountId);
                try (var rows = cart.executeQuery()) {
                    rows.next();
                    cartId = rows.getLong(1);
                }
            }
            long listingId;
            int quantity;
            try (PreparedStatement lines = c.prepareStatement(
                    "select listing_id, quantity from cart_lines where cart_id = ? order by listing_id")) {
                lines.setLong(1, cartId);
                try (var rows = lines.executeQuery()) {
                    rows.next();
                    listingId = rows.getLong(1);
                    quantity = rows.getInt(2);
                }
            }
            long shopId = single(c, "select shop_id from listings where id = ?", listingId);
            // As the service does: no sale can start, and no tax setting change, until this checkout commits.
            boolean pricesIncludeTax;
            TaxRounding rounding;
            try (PreparedStatement shop =
                    c.prepareStatement("select prices_include_tax, tax_rounding from shops where id = ? for share")) {
                shop.setLong(1, shopId);
                try (var rows = shop.executeQuery()) {
                    rows.next();
                    pricesIncludeTax = rows.getBoolean(1);
                    rounding = Coded.fromCode(TaxRounding.class, rows.getString(2));
                }
            }
            List<TaxRate> rates = new ArrayList<>();
            try (PreparedStatement rate = c.prepareStatement("select name, category, rate_thousandths, applies_to,"
                    + " threshold_cents from shop_tax_rates where shop_id = ? order by position")) {
                rate.setLong(1, shopId);
                try (var rows = rate.executeQuery()) {
                    while (rows.next()) {
                        // read before the others: wasNull() answers for the last column read
                        long thresholdCents = rows.getLong(5);
                        Money threshold = rows.wasNull() ? null : Money.ofCents(thresholdCents);
                        rates.add(new TaxRate(
                                rows.getString(1),
                                Coded.fromCode(TaxCategory.class, rows.getString(2)),
                                rows.getInt(3),
                                Coded.fromCode(TaxAppliesTo.class, rows.getString(4)),
                                threshold));
                    }
                }
            }
            TaxSettings tax = new TaxSettings(pricesIncludeTax, rounding, null, rates);
            long saleId = 0;
            int percent = 0;
            int slotCount = 0;
            try (PreparedStatement sale = c.prepareStatement("select id, percent_off, slot_count from flash_sales"
                    + " where shop_id = ? and ended_at is null order by id")) {
                sale.setLong(1, shopId);
                try (var rows = sale.executeQuery()) {
                    if (rows.next()) {
                        saleId = rows.getLong(1);
                        percent = rows.getInt(2);
                        slotCount = rows.getInt(3);
                    }
                }
            }
            // As the service does: what does not depend on the sale units goes before the contended locks.
            long orderNumber = single(c, "select nextval('order_numbers')");
            update(
                    c,
                    "insert into audit_trail (kind, tag, actor_id, shop_id) values ('checkout', ?, ?, ?)",
                    "order " + orderNumber,
                    accountId,
                    shopId);
            update(c, "update carts set checked_out_at = current_timestamp, open_owner_id = null where id = ?", cartId);
            int saleUnits = saleId == 0 ? 0 : statements.takeSaleUnits(c, saleId, slotCount, quantity);
            long price;
            int stock;
            TaxCategory category;
            try (PreparedStatement listing = c.prepareStatement(
                    "select price_cents, stock, tax_category from listings where id = ? for no key update")) {
                listing.setLong(1, listingId);
                try (var rows = listing.executeQuery()) {
                    rows.next();
                    price = rows.getLong(1);
                    stock = rows.getInt(2);
                    category = Coded.fromCode(TaxCategory.class, rows.getString(3));
                }
            }
            if (stock < quantity) {
                c.rollback();
                throw new SQLException("sold out");
            }
            // The service's own pricing rule, so the yardstick charges exactly what the service does.
            Pricing.PricedLine priced = Pricing.price(
                            List.of(new Pricing.Line(listingId, shopId, Money.ofCents(price), quantity, category)),
                            saleId == 0 ? Map.of() : Map.of(shopId, new Pricing.Sale(percent, saleUnits)),
                            Pricing.Discounts.NONE,
                            Map.of(shopId, tax))
                    .lines()
                    .get(0);
            long salePrice = priced.saleUnitPrice().cents();
            long lineTotal = priced.charged().cents();
            long gross = priced.gross().cents();
            long orderId;
            try (PreparedStatement order = c.prepareStatement("insert into orders (order_number, cart_id, buyer_id,"
                    + " cashier_id, total_cents) values (?, ?, ?, ?, ?) returning id")) {
                order.setLong(1, orderNumber);
                order.setLong(2, cartId);
                order.setLong(3, accountId);
                order.setLong(4, accountId);
                order.setLong(5, gross);
                try (var rows = order.executeQuery()) {
                    rows.next();
                    orderId = rows.getLong(1);
                }
            }
            try (PreparedStatement tender = c.prepareStatement("insert into order_tenders (order_id, position, kind,"
                    + " amount_cents, tendered_cents) values (?, 0, 'cash', ?, ?)")) {
                tender.setLong(1, orderId);
                tender.setLong(2, gross);
                tender.setLong(3, gross);
                tender.executeUpdate();
            }
            long orderLineId;
            try (PreparedStatement line = c.prepareStatement("insert into order_lines (order_id, listing_id, shop_id,"
                    + " flash_sale_id, quantity, unit_price_cents, sale_units, sale_unit_price_cents, line_total_cents,"
                    + " prices_include_tax, tax_cents, gross_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " returning id")) {
                bind(
                        line,
                        orderId,
                        listingId,
                        shopId,
                        saleUnits > 0 ? saleId : null,
                        quantity,
                        price,
                        saleUnits,
                        salePrice,
                        lineTotal,
                        pricesIncludeTax,
                        priced.tax().cents(),
                        gross);
                try (var rows = line.executeQuery()) {
                    rows.next();
                    orderLineId = rows.getLong(1);
                }
            }
            for (Pricing.LineTax rateTax : priced.taxes()) {
                TaxRate rate = rateTax.rate();
                update(
                        c,
                        "insert into order_line_taxes (order_line_id, category, name, rate_thousandths, applies_to,"
                                + " threshold_cents, full_unit_base_cents, sale_unit_base_cents, taxable_cents, tax_cents)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        orderLineId,
                        rate.category().code(),
                        rate.name(),
                        rate.rateThousandths(),
                        rate.appliesTo().code(),
                        rate.threshold() == null ? null : rate.threshold().cents(),
                        rateTax.fullUnitBase().cents(),
                        rateTax.saleUnitBase().cents(),
                        rateTax.taxable().cents(),
                        rateTax.tax().cents());
            }
            update(c, "update listings set stock = stock - ? where id = ?", quantity, listingId);
            update(
                    c,
                    "insert into inventory_ledger (listing_id, delta, reason, order_id, actor_id) values (?, ?, 'sale', ?, ?)",
                    listingId,
                    -quantity,
                    orderId,
                    accountId);
            update(
                    c,
                    "insert into balance_ledger (shop_id, amount_cents, reason, order_id, actor_id)"
                            + " values (?, ?, 'sale', ?, ?)",
                    shopId,
                    gross,
                    orderId,
                    accountId);
            update(
                    c,
                    "insert into order_fulfilments (order_id, order_number, shop_id) values (?, ?, ?)",
                    orderId,
                    orderNumber,
                    shopId);
            if (saleUnits > 0) {
                update(c, "select pg_notify('shoetopia_flash_sale', ?)", Long.toString(shopId));
            }
            c.commit();
            return saleUnits;
        }
    }

    private static long single(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, values);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, values);
            statement.execute();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
