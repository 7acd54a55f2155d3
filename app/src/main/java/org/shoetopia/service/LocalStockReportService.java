package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.StockReportService;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** The stock reports, each one or two aggregate queries over the shop's listings and order lines. */
public final class LocalStockReportService implements StockReportService {
    private static final Duration LOW_STOCK_SALES_WINDOW = Duration.ofDays(30);
    /** Pairs sold net of refunds, and what they took net of refunds, tax included. */
    private static final String PAIRS_SOLD = "sum(ol.quantity - ol.refundedQuantity)";

    private static final String SALES = "sum(ol.grossCents - ol.refundedCents)";

    private final Database database;
    private final Clock clock;

    public LocalStockReportService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public SizeCurve styleSizeCurve(Actor actor, long anyListingId, Period period) {
        ReportDays days = days(period, "A size curve");
        return database.inTransaction(tx -> {
            Listing listing = tx.session().find(Listing.class, anyListingId);
            if (listing == null) {
                throw new NotFoundException("No listing number " + anyListingId);
            }
            Access.requireManagerOf(tx, actor, listing.getShopId());
            ShownShoe shoe = tx.session()
                    .find(org.shoetopia.domain.Shoe.class, listing.getShoeId())
                    .shown();
            // The style as the till and Styles & sizes know it: new and used pairs are styles apart.
            String title = StyleView.nameOf(
                    shoe.brand(), shoe.style(), shoe.color(), listing.getGender(), listing.getCondition());
            return curve(
                    tx,
                    title,
                    listing.getGender(),
                    "l.shopId = :shop and l.shoeId = :shoe and l.gender = :gender and l.condition = :condition",
                    Map.of(
                            "shop", listing.getShopId(),
                            "shoe", listing.getShoeId(),
                            "gender", listing.getGender(),
                            "condition", listing.getCondition()),
                    days);
        });
    }

    @Override
    public SizeCurve brandSizeCurve(Actor actor, String brand, Gender gender, Period period) {
        String canonical = Text.canonical(Text.required("brand", "Brand", brand, ShoeKey.MAX_BRAND));
        if (gender == null) {
            throw new ValidationException("gender", "Pick the size scale: men's, women's, youth or unisex");
        }
        ReportDays days = days(period, "A size curve");
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            return curve(
                    tx,
                    Text.tidy(brand) + ", " + SizeChart.scaleName(gender),
                    gender,
                    "l.shopId = :shop and l.gender = :gender and l.shoeId in (select s.id from Shoe s where s.brand = :brand)",
                    Map.of("shop", shopId, "gender", gender, "brand", canonical),
                    days);
        });
    }

    private static SizeCurve curve(
            Tx tx, String title, Gender scale, String which, Map<String, Object> parameters, ReportDays days) {
        Map<Integer, long[]> bySize = new TreeMap<>();
        var sold = tx.session()
                .createSelectionQuery(
                        "select l.sizeHalves, " + PAIRS_SOLD
                                + " from OrderLine ol join Order o on o.id = ol.orderId join Listing l on l.id = ol.listingId"
                                + " where " + which + " and o.createdAt >= :since and o.createdAt < :until"
                                + " group by l.sizeHalves",
                        Object[].class)
                .setParameter("since", days.since())
                .setParameter("until", days.until());
        parameters.forEach(sold::setParameter);
        for (Object[] row : sold.getResultList()) {
            bySize.computeIfAbsent((Integer) row[0], size -> new long[2])[0] = ((Number) row[1]).longValue();
        }
        var stock = tx.session()
                .createSelectionQuery(
                        "select l.sizeHalves, sum(l.stock) from Listing l where " + which + " and l.active"
                                + " group by l.sizeHalves",
                        Object[].class);
        parameters.forEach(stock::setParameter);
        for (Object[] row : stock.getResultList()) {
            bySize.computeIfAbsent((Integer) row[0], size -> new long[2])[1] = ((Number) row[1]).longValue();
        }
        List<SizeCurveRow> rows = new ArrayList<>();
        bySize.forEach((halves, counts) -> {
            ShoeSize size = new ShoeSize(halves);
            var conversion = SizeChart.convert(scale, size);
            rows.add(new SizeCurveRow(
                    size,
                    conversion.map(SizeChart.Conversion::uk).orElse(""),
                    conversion.map(SizeChart.Conversion::eu).orElse(""),
                    counts[0],
                    counts[1]));
        });
        return new SizeCurve(title, scale, List.copyOf(rows));
    }

    /** A style as the reports group it: the shoe, in one gender's sizes and one condition. */
    private record StyleKey(long shoeId, Gender gender, Condition condition) {}

    private static final String STYLE_COLUMNS = "l.shoeId, l.gender, l.condition, s.shownBrand, s.shownStyle, s.color";

    /** What rows of {@link #STYLE_COLUMNS} are grouped by: with the key's brand and style, which they are ordered by. */
    private static final String STYLE_GROUP = STYLE_COLUMNS + ", s.brand, s.style";

    private static StyleKey styleKey(Object[] row) {
        return new StyleKey((Long) row[0], (Gender) row[1], (Condition) row[2]);
    }

    private static String styleName(Object[] row) {
        return StyleView.nameOf((String) row[3], (String) row[4], (Color) row[5], (Gender) row[1], (Condition) row[2]);
    }

    @Override
    public List<BestSeller> bestSellers(Actor actor, Period period, int limit) {
        ReportDays days = days(period, "A best-seller report");
        if (limit < 1 || limit > MAX_ROWS) {
            throw new ValidationException("limit", "Show from 1 to " + MAX_ROWS + " styles");
        }
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            List<Object[]> sold = tx.session()
                    .createSelectionQuery(
                            "select " + STYLE_COLUMNS + ", " + PAIRS_SOLD + ", " + SALES
                                    + " from OrderLine ol join Order o on o.id = ol.orderId"
                                    + " join Listing l on l.id = ol.listingId join Shoe s on s.id = l.shoeId"
                                    + " where ol.shopId = :shop and o.createdAt >= :since and o.createdAt < :until"
                                    + " group by " + STYLE_GROUP
                                    + " having " + PAIRS_SOLD + " > 0"
                                    + " order by " + PAIRS_SOLD + " desc, " + SALES + " desc, s.brand, s.style",
                            Object[].class)
                    .setParameter("shop", shopId)
                    .setParameter("since", days.since())
                    .setParameter("until", days.until())
                    .setMaxResults(limit)
                    .getResultList();
            Map<StyleKey, Long> stock = new HashMap<>();
            for (Object[] row : tx.session()
                    .createSelectionQuery(
                            "select l.shoeId, l.gender, l.condition, sum(l.stock) from Listing l"
                                    + " where l.shopId = :shop and l.active group by l.shoeId, l.gender, l.condition",
                            Object[].class)
                    .setParameter("shop", shopId)
                    .getResultList()) {
                stock.put(styleKey(row), ((Number) row[3]).longValue());
            }
            return sold.stream()
                    .map(row -> new BestSeller(
                            styleName(row),
                            ((Number) row[6]).longValue(),
                            Money.ofCents(((Number) row[7]).longValue()),
                            stock.getOrDefault(styleKey(row), 0L)))
                    .toList();
        });
    }

    @Override
    public List<LowStock> lowStock(Actor actor, int atMost) {
        if (atMost < 0 || atMost > 1_000) {
            throw new ValidationException("atMost", "Low stock is from 0 to 1000 pairs left");
        }
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            List<ListingView> low = tx
                    .session()
                    .createSelectionQuery(
                            "select " + ListingRows.COLUMNS + " " + ListingRows.FROM
                                    + " where l.shopId = :shop and l.active and l.stock <= :atMost"
                                    + " order by s.brand, s.style, s.color, l.gender, l.condition, l.sizeHalves,"
                                    + " l.width, l.id",
                            Tuple.class)
                    .setParameter("shop", shopId)
                    .setParameter("atMost", atMost)
                    .setMaxResults(MAX_ROWS)
                    .getResultList()
                    .stream()
                    .map(ListingRows::listing)
                    .toList();
            if (low.isEmpty()) {
                return List.of();
            }
            Map<Long, Long> sold = new HashMap<>();
            for (Object[] row : tx.session()
                    .createSelectionQuery(
                            "select ol.listingId, " + PAIRS_SOLD
                                    + " from OrderLine ol join Order o on o.id = ol.orderId"
                                    + " where ol.listingId in :ids and o.createdAt >= :since group by ol.listingId",
                            Object[].class)
                    .setParameter(
                            "ids", low.stream().map(ListingView::listingId).toList())
                    .setParameter("since", clock.instant().minus(LOW_STOCK_SALES_WINDOW))
                    .getResultList()) {
                sold.put((Long) row[0], ((Number) row[1]).longValue());
            }
            return low.stream()
                    .map(sku -> new LowStock(sku, sold.getOrDefault(sku.listingId(), 0L)))
                    .toList();
        });
    }

    @Override
    public StockValue stockValue(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            String atPrice = "sum(l.stock * l.priceCents)";
            List<StockValueRow> rows = tx
                    .session()
                    .createSelectionQuery(
                            "select " + STYLE_COLUMNS + ", sum(l.stock), " + atPrice
                                    + ", sum(case when l.unitCostCents is null then 0 else l.stock * l.unitCostCents end),"
                                    + " sum(case when l.unitCostCents is null then l.stock else 0 end)"
                                    + " from Listing l join Shoe s on s.id = l.shoeId"
                                    + " where l.shopId = :shop and l.stock > 0"
                                    + " group by " + STYLE_GROUP
                                    + " order by " + atPrice + " desc, s.brand, s.style",
                            Object[].class)
                    .setParameter("shop", shopId)
                    .getResultList()
                    .stream()
                    .map(row -> new StockValueRow(
                            styleName(row),
                            ((Number) row[6]).longValue(),
                            Money.ofCents(((Number) row[7]).longValue()),
                            Money.ofCents(((Number) row[8]).longValue()),
                            ((Number) row[9]).longValue()))
                    .toList();
            return new StockValue(rows);
        });
    }

    private static ReportDays days(Period period, String what) {
        if (period == null) {
            throw new ValidationException("from", "Enter the first and the last day of the report");
        }
        return ReportDays.of(period.from(), period.to(), period.zone(), what);
    }
}
