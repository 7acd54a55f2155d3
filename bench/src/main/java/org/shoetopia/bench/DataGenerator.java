package org.shoetopia.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.FlashSale;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.DatabaseKind;

/**
 * Fills an empty database at the original system's scale (at scale 1: 200,000 accounts, 100,000
 * shops, 200,000 listings, 50,000 checkouts, 40,000 ratings, about 1.35 million rows), the same kinds
 * of values, reproducible from a seed. The listings are SKUs of styles in size runs, as shoe shops stock
 * them. Rows are built in memory and written with COPY on PostgreSQL.
 * Every generated row keeps the invariants: stock equals its ledger, balances equal order lines.
 */
public final class DataGenerator {
    static final String[] BRANDS = {
        "nike",
        "adidas",
        "new balance",
        "asics",
        "puma",
        "reebok",
        "vans",
        "converse",
        "salomon",
        "hoka",
        "brooks",
        "saucony",
        "on",
        "birkenstock",
        "dr. martens",
        "clarks",
        "timberland",
        "ugg",
        "crocs",
        "skechers",
        "fila",
        "mizuno",
        "merrell",
        "keen",
        "ecco",
        "camper",
        "veja",
        "diadora",
        "le coq sportif",
        "karhu"
    };
    static final String[] STYLES = {
        "runner",
        "classic",
        "high top",
        "low",
        "trail",
        "court",
        "boot",
        "loafer",
        "sandal",
        "slip on",
        "trainer",
        "racer"
    };

    /** How many of each, at scale 1 the original load test's numbers. */
    public record Sizes(int accounts, int shops, int listings, int orders, int ratings, int runningSales) {
        public static Sizes at(double scale) {
            return new Sizes(
                    atLeast(200_000 * scale, 20),
                    atLeast(100_000 * scale, 10),
                    atLeast(200_000 * scale, 20),
                    atLeast(50_000 * scale, 5),
                    atLeast(40_000 * scale, 4),
                    atLeast(500 * scale, 1));
        }

        private static int atLeast(double value, int minimum) {
            return Math.max(minimum, (int) Math.round(value));
        }
    }

    /** What was written, for the report. */
    public record Result(long rows, Duration took, Sizes sizes) {}

    private final DataSource dataSource;
    private final DatabaseKind kind;
    private final PrintWriter out;

    public DataGenerator(DataSource dataSource, DatabaseKind kind, PrintWriter out) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.out = out;
    }

    /** The password every account generated from this seed signs in with. */
    public static String passwordFor(long seed) {
        return "generated-" + seed;
    }

    public Result generate(Sizes sizes, long seed, String passwordHash) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-11-01T12:00:00Z");
        long[] written = {0};
        try (Connection connection = dataSource.getConnection()) {
            requireEmpty(connection);
            BulkSink sink = BulkSink.of(connection);
            Progress progress = new Progress(out, 11);
            Loader load = (table, columns, rows) -> {
                sink.write(table, columns, rows);
                written[0] += rows.size();
                progress.advance(1, table + " (" + rows.size() + ")");
            };

            int customersFrom = sizes.shops() + 1;
            List<Object[]> accounts = new ArrayList<>(sizes.accounts());
            for (int id = 1; id <= sizes.accounts(); id++) {
                accounts.add(new Object[] {
                    id,
                    (id < customersFrom ? "Owner " : "Customer ") + id,
                    "user" + id + "@generated.shoetopia.app",
                    passwordHash,
                    false,
                    0,
                    now.minus(Duration.ofMinutes(random.nextInt(525_600)))
                });
            }
            load.rows(
                    "accounts",
                    List.of("id", "name", "email", "password_hash", "is_admin", "failed_logins", "created_at"),
                    accounts);

            int[] tiers = new int[sizes.shops() + 1];
            boolean[] verified = new boolean[sizes.shops() + 1];
            List<Object[]> shops = new ArrayList<>(sizes.shops());
            for (int id = 1; id <= sizes.shops(); id++) {
                tiers[id] = random.nextInt(100) < 5 ? 1 + random.nextInt(3) : 0;
                verified[id] = random.nextInt(100) < 2;
                String name = "Shop " + id + " " + capitalised(BRANDS[random.nextInt(BRANDS.length)]) + " Corner";
                shops.add(new Object[] {
                    id,
                    id,
                    name,
                    name.toLowerCase(Locale.ROOT),
                    tiers[id],
                    verified[id] ? "verified" : "unverified",
                    now.minus(Duration.ofDays(random.nextInt(400)))
                });
            }
            load.rows(
                    "shops",
                    List.of(
                            "id",
                            "owner_id",
                            "store_name",
                            "store_name_key",
                            "promotion_tier",
                            "verification_status",
                            "created_at"),
                    shops);

            List<Object[]> shoes = new ArrayList<>();
            for (String brand : BRANDS) {
                for (String style : STYLES) {
                    for (Color color : Color.values()) {
                        shoes.add(new Object[] {
                            shoes.size() + 1,
                            brand,
                            color.code(),
                            style,
                            Text.capitalisedWords(brand),
                            Text.capitalisedWords(style)
                        });
                    }
                }
            }
            load.rows("shoes", List.of("id", "brand", "color", "style", "brand_shown", "style_shown"), shoes);

            int[] stock = new int[sizes.listings() + 1];
            int[] shopOf = new int[sizes.listings() + 1];
            long[] priceOf = new long[sizes.listings() + 1];
            List<Object[]> listings = new ArrayList<>(sizes.listings());
            List<Object[]> inventory = new ArrayList<>(sizes.listings() * 2);
            Condition[] conditions = Condition.values();
            Gender[] genders = Gender.values();
            // The SKUs come in styles, as shops stock them: a style (shop, shoe, condition, gender) is
            // a run of consecutive sizes in one to three widths, one price, a few pairs a cell. Most
            // shops are small sellers with a size or two of a style; one in fifty is a shoe shop whose
            // styles come in full runs, and those hold most of the SKUs. A style drawn twice for a shop
            // overlaps its cells; the repeats are numbered as copies (sku_copy), as V36 numbers them.
            Map<String, Integer> copiesOfCell = new HashMap<>();
            int shoeShops = Math.max(1, sizes.shops() / 50);
            int sku = 0;
            while (sku < sizes.listings()) {
                boolean fullRun = random.nextInt(10) < 3;
                int shop = fullRun ? 1 + random.nextInt(shoeShops) : 1 + random.nextInt(sizes.shops());
                int shoe = 1 + random.nextInt(shoes.size());
                String condition = random.nextInt(10) < 8 ? conditions[0].code() : conditions[1].code();
                Gender gender = genders[random.nextInt(genders.length)];
                // US sizes in half sizes: men's and unisex 7-13, women's 5-11, youth 2-7.
                int smallest = gender == Gender.WOMEN ? 10 : gender == Gender.YOUTH ? 4 : 14;
                int largest = gender == Gender.WOMEN ? 22 : gender == Gender.YOUTH ? 14 : 26;
                int runLength = fullRun ? 8 + random.nextInt(largest - smallest - 6) : 1 + random.nextInt(3);
                int firstSize = smallest + random.nextInt(largest - smallest - runLength + 2);
                List<Width> widths = new ArrayList<>(List.of(Width.MEDIUM));
                if (fullRun && random.nextInt(10) < 4) {
                    widths.add(Width.WIDE);
                }
                if (fullRun && random.nextInt(10) < 2) {
                    widths.add(random.nextBoolean() ? Width.NARROW : Width.EXTRA_WIDE);
                }
                if (!fullRun && random.nextInt(10) < 2) {
                    widths.set(0, random.nextBoolean() ? Width.WIDE : Width.NARROW);
                }
                long price = (20 + random.nextInt(281)) * 100L - (random.nextBoolean() ? 1 : 0);
                Instant listed = now.minus(Duration.ofDays(random.nextInt(300)));
                for (int size = firstSize; size < firstSize + runLength && sku < sizes.listings(); size++) {
                    for (Width width : widths) {
                        if (sku == sizes.listings()) {
                            break;
                        }
                        sku++;
                        shopOf[sku] = shop;
                        stock[sku] = 1 + random.nextInt(fullRun ? 6 : 25);
                        priceOf[sku] = price;
                        int copy = copiesOfCell.merge(
                                        shop + "/" + shoe + "/" + condition + "/" + gender.code() + "/" + size + "/"
                                                + width.code(),
                                        1,
                                        Integer::sum)
                                - 1;
                        listings.add(new Object[] {
                            sku,
                            shop,
                            shoe,
                            size,
                            condition,
                            gender.code(),
                            price,
                            0,
                            true,
                            shop,
                            listed,
                            tiers[shop],
                            shoes.get(shoe - 1)[2],
                            verified[shop],
                            width.code(),
                            copy
                        });
                        inventory.add(
                                new Object[] {inventory.size() + 1, sku, stock[sku], "listed", null, shop, listed});
                    }
                }
            }

            List<Object[]> carts = new ArrayList<>(sizes.orders());
            List<Object[]> orders = new ArrayList<>(sizes.orders());
            List<Object[]> tenders = new ArrayList<>(sizes.orders());
            List<Object[]> lines = new ArrayList<>(sizes.orders() * 2);
            List<Object[]> cartLines = new ArrayList<>(sizes.orders() * 2);
            List<Object[]> fulfilments = new ArrayList<>(sizes.orders() * 2);
            List<Object[]> balance = new ArrayList<>(sizes.orders() * 2);
            Set<Long> boughtFrom = new LinkedHashSet<>();
            // A customer's order ships; collected is a till's walk-in sale.
            OrderStatus[] statuses = {
                OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED
            };
            int buyers = sizes.accounts() - sizes.shops();
            for (int orderId = 1; orderId <= sizes.orders(); orderId++) {
                int buyer = customersFrom + random.nextInt(Math.max(1, buyers));
                Instant when = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
                long total = 0;
                Set<Integer> shopsInOrder = new HashSet<>();
                List<Object[]> orderLines = new ArrayList<>();
                int lineCount = 1 + random.nextInt(3);
                for (int line = 0; line < lineCount; line++) {
                    int listing = 1 + random.nextInt(sizes.listings());
                    if (stock[listing] == 0 || orderLines.stream().anyMatch(l -> (int) l[2] == listing)) {
                        continue;
                    }
                    int quantity = Math.min(stock[listing], 1 + random.nextInt(2));
                    stock[listing] -= quantity;
                    long lineTotal = priceOf[listing] * quantity;
                    total += lineTotal;
                    int lineId = lines.size() + orderLines.size() + 1;
                    orderLines.add(new Object[] {
                        lineId,
                        orderId,
                        listing,
                        shopOf[listing],
                        null,
                        quantity,
                        priceOf[listing],
                        0,
                        priceOf[listing],
                        lineTotal,
                        lineTotal, // gross: the generated history charged no tax
                        0,
                        0
                    });
                    inventory.add(
                            new Object[] {inventory.size() + 1, listing, -quantity, "sale", orderId, buyer, when});
                    balance.add(
                            new Object[] {balance.size() + 1, shopOf[listing], lineTotal, "sale", orderId, buyer, when
                            });
                    shopsInOrder.add(shopOf[listing]);
                    boughtFrom.add(((long) shopOf[listing] << 32) | buyer);
                }
                if (orderLines.isEmpty()) {
                    orderId--;
                    continue;
                }
                carts.add(new Object[] {orderId, buyer, null, buyer, when, when});
                boolean card = random.nextBoolean();
                long orderNumber = 100_000L + orderId;
                orders.add(new Object[] {orderId, orderNumber, orderId, buyer, buyer, total, when});
                tenders.add(new Object[] {
                    orderId,
                    0,
                    card ? "card" : "cash",
                    total,
                    card ? null : total,
                    card ? "Visa" : null,
                    card ? String.format("%04d", random.nextInt(10_000)) : null
                });
                lines.addAll(orderLines);
                for (Object[] line : orderLines) { // a checked-out cart keeps the lines it was checked out with
                    cartLines.add(new Object[] {orderId, line[2], line[5]});
                }
                for (int shop : shopsInOrder) {
                    String status = statuses[random.nextInt(statuses.length)].code();
                    fulfilments.add(new Object[] {orderId, orderNumber, shop, status, when});
                }
            }
            for (int id = 1; id <= sizes.listings(); id++) {
                listings.get(id - 1)[7] = stock[id];
            }
            load.rows(
                    "listings",
                    List.of(
                            "id",
                            "shop_id",
                            "shoe_id",
                            "size_halves",
                            "condition",
                            "gender",
                            "price_cents",
                            "stock",
                            "active",
                            "created_by",
                            "created_at",
                            "shop_promotion_tier",
                            "color",
                            "shop_verified",
                            "width",
                            "sku_copy"),
                    listings);
            load.rows(
                    "carts",
                    List.of("id", "owner_id", "open_owner_id", "customer_id", "created_at", "checked_out_at"),
                    carts);
            load.rows("cart_lines", List.of("cart_id", "listing_id", "quantity"), cartLines);
            load.rows(
                    "orders",
                    List.of("id", "order_number", "cart_id", "buyer_id", "cashier_id", "total_cents", "created_at"),
                    orders);
            load.rows(
                    "order_tenders",
                    List.of(
                            "order_id",
                            "position",
                            "kind",
                            "amount_cents",
                            "tendered_cents",
                            "card_brand",
                            "card_last4"),
                    tenders);
            load.rows(
                    "order_lines",
                    List.of(
                            "id",
                            "order_id",
                            "listing_id",
                            "shop_id",
                            "flash_sale_id",
                            "quantity",
                            "unit_price_cents",
                            "sale_units",
                            "sale_unit_price_cents",
                            "line_total_cents",
                            "gross_cents",
                            "refunded_quantity",
                            "refunded_cents"),
                    lines);
            load.rows(
                    "order_fulfilments",
                    List.of("order_id", "order_number", "shop_id", "status", "updated_at"),
                    fulfilments);
            load.rows(
                    "inventory_ledger",
                    List.of("id", "listing_id", "delta", "reason", "order_id", "actor_id", "created_at"),
                    inventory);

            List<Object[]> ratings = new ArrayList<>(sizes.ratings());
            for (long pair : boughtFrom) {
                if (ratings.size() == sizes.ratings()) {
                    break;
                }
                ratings.add(new Object[] {
                    (int) (pair >>> 32),
                    (int) pair,
                    2 + random.nextInt(4),
                    now.minus(Duration.ofDays(random.nextInt(60)))
                });
            }
            List<Object[]> sales = new ArrayList<>();
            Set<Integer> saleShops = new HashSet<>();
            while (saleShops.size() < Math.min(sizes.runningSales(), sizes.shops())) {
                saleShops.add(1 + random.nextInt(sizes.shops()));
            }
            List<Object[]> slots = new ArrayList<>();
            for (int shop : saleShops) {
                int units = 20 + random.nextInt(81);
                int saleId = sales.size() + 1;
                int[] shares = FlashSale.slotShares(units, FlashSaleService.DEFAULT_SLOTS);
                sales.add(new Object[] {saleId, shop, shop, 10 + random.nextInt(41), units, shares.length, shop, now});
                for (int slot = 1; slot <= shares.length; slot++) {
                    slots.add(new Object[] {saleId, slot, shares[slot - 1]});
                }
            }
            sink.write("ratings", List.of("shop_id", "customer_id", "stars", "rated_at"), ratings);
            sink.write(
                    "flash_sales",
                    List.of(
                            "id",
                            "shop_id",
                            "active_shop_id",
                            "percent_off",
                            "units_total",
                            "slot_count",
                            "started_by",
                            "started_at"),
                    sales);
            sink.write("flash_sale_slots", List.of("sale_id", "slot", "units_left"), slots);
            sink.write(
                    "balance_ledger",
                    List.of("id", "shop_id", "amount_cents", "reason", "order_id", "actor_id", "created_at"),
                    balance);
            written[0] += ratings.size() + sales.size() + slots.size() + balance.size();
            progress.advance(1, "ratings, sales, balances");
            restartSequences(connection, sizes.orders());
            connection.commit();
            progress.finish(
                    String.format("Generated %,d rows in %.1f s", written[0], (System.nanoTime() - started) / 1e9));
        }
        analyze();
        return new Result(written[0], Duration.ofNanos(System.nanoTime() - started), sizes);
    }

    @FunctionalInterface
    private interface Loader {
        void rows(String table, List<String> columns, List<Object[]> rows) throws SQLException;
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from accounts")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds accounts; generate fills an empty one");
            }
        }
    }

    /** Tables whose ids come from their own sequence (db/postgresql/V10) rather than an identity column. */
    private static final Set<String> POOLED_ID_TABLES =
            Set.of("orders", "order_lines", "inventory_ledger", "balance_ledger", "audit_trail");

    /** Identity columns, the id sequences and the receipt sequence continue after the generated ids. */
    private void restartSequences(Connection connection, int orders) throws SQLException {
        String[] tables = {
            "accounts",
            "shops",
            "shoes",
            "listings",
            "carts",
            "orders",
            "order_lines",
            "inventory_ledger",
            "balance_ledger",
            "flash_sales"
        };
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                long next;
                try (var rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    rows.next();
                    next = rows.getLong(1);
                }
                statement.execute(
                        POOLED_ID_TABLES.contains(table)
                                ? "alter sequence " + table + "_ids restart with " + next
                                : "alter table " + table + " alter column id restart with " + next);
            }
            statement.execute("alter sequence order_numbers restart with " + (100_001L + orders));
        }
    }

    private void analyze() throws SQLException {
        if (kind != DatabaseKind.POSTGRESQL) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze");
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
