package org.shoetopia.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;

/**
 * What a shoe shop's owner reads to buy the next season: the size curve of a style or a brand, the
 * best sellers, the sizes running low and what the stock is worth. The shop's owner or a manager
 * reads them; periods are whole days in the zone the caller names, sales net of refunds.
 */
public interface StockReportService {
    int MAX_ROWS = 200;

    /** The days a report covers, from and to included, counted in the caller's {@code zone}. */
    public record Period(LocalDate from, LocalDate to, ZoneId zone) {}

    /** One size of a curve: the pairs sold in the period and the pairs in stock now, every width together. */
    public record SizeCurveRow(ShoeSize size, String uk, String eu, long sold, long inStock) {}

    /** The size curve of a style, or of a brand's styles on one gender's scale. */
    public record SizeCurve(String title, Gender scale, List<SizeCurveRow> sizes) {
        public long sold() {
            return sizes.stream().mapToLong(SizeCurveRow::sold).sum();
        }

        public long inStock() {
            return sizes.stream().mapToLong(SizeCurveRow::inStock).sum();
        }
    }

    /** The size curve of the style of the listing {@code anyListingId} in its condition, every width of it. */
    SizeCurve styleSizeCurve(Actor actor, long anyListingId, Period period);

    /** The size curve of the brand's styles sized on {@code gender}'s scale. */
    SizeCurve brandSizeCurve(Actor actor, String brand, Gender gender, Period period);

    /**
     * A style's sales in the period: pairs sold net of refunds and what they took, tax included. A
     * refund counts against the period of the sale it refunds, not the day it was given.
     */
    public record BestSeller(String style, long pairsSold, Money sales, long inStock) {}

    /** The styles that sold the most pairs in the period, most first; at most {@code limit}. */
    List<BestSeller> bestSellers(Actor actor, Period period, int limit);

    /** A SKU on sale with few pairs left, and how many sold in the last 30 days. */
    public record LowStock(ListingView sku, long soldLast30Days) {}

    /** The SKUs on sale with at most {@code atMost} pairs left, by style and size. */
    List<LowStock> lowStock(Actor actor, int atMost);

    /** A style's stock and its value: at price, and at cost where a cost is entered. */
    public record StockValueRow(String style, long pairs, Money atPrice, Money atCost, long pairsWithoutCost) {}

    public record StockValue(List<StockValueRow> styles) {
        public long pairs() {
            return styles.stream().mapToLong(StockValueRow::pairs).sum();
        }

        public Money atPrice() {
            return styles.stream().map(StockValueRow::atPrice).reduce(Money.ZERO, Money::plus);
        }

        public Money atCost() {
            return styles.stream().map(StockValueRow::atCost).reduce(Money.ZERO, Money::plus);
        }

        /** Pairs whose SKU has no cost entered: the value at cost leaves them out. */
        public long pairsWithoutCost() {
            return styles.stream().mapToLong(StockValueRow::pairsWithoutCost).sum();
        }
    }

    /**
     * Every style of the shop with pairs in stock, most valuable at price first. Pairs still counted
     * on a delisted SKU are stock the shop owns, so they count too.
     */
    StockValue stockValue(Actor actor);
}
