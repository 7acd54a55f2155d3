package org.shoetopia.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one pricing rule. The cart's view, checkout and the benchmark's raw-JDBC yardstick all price
 * with it, so what a till shows is what checkout charges. Today it has the flash sale's step; the
 * discounts, tax and tenders of the till come after it, in that order.
 *
 * <p>A shop's running sale gives its units to that shop's lines in listing order, each line taking
 * as many as it has units, while the sale has any to give. A sale unit costs the price less the
 * sale's percentage, half-up to the cent ({@link Money#discounted}); every other unit costs the price.
 */
public final class Pricing {
    private Pricing() {}

    /** A cart line to price: {@code quantity} units of a listing of {@code shopId} at {@code unitPrice}. */
    public record Line(long listingId, long shopId, Money unitPrice, int quantity) {
        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("a line has at least one unit");
            }
            if (!unitPrice.isPositive()) {
                throw new IllegalArgumentException("a unit price is positive");
            }
        }
    }

    /**
     * A shop's running flash sale as this cart meets it: its percentage off, and how many units it
     * gives the cart (checkout: the units it took from the sale's slots; the cart's view: the units
     * left, as an estimate).
     */
    public record Sale(int percentOff, int units) {
        public Sale {
            if (percentOff < 0 || percentOff > 100 || units < 0) {
                throw new IllegalArgumentException("a sale is 0-100 % off and gives no fewer than 0 units");
            }
        }
    }

    /** A priced line: how many of its units are sale units, what one of them costs, and the line's total. */
    public record PricedLine(Line line, int saleUnits, Money saleUnitPrice, Money total) {}

    /** The cart priced: its lines in the order given, and what it costs. */
    public record PricedCart(List<PricedLine> lines, Money total) {}

    /** Prices {@code lines} (in any order; the units are given in listing order) under each shop's sale, if it has one. */
    public static PricedCart price(List<Line> lines, Map<Long, Sale> saleByShop) {
        Map<Long, Integer> unitsToGive = new HashMap<>();
        saleByShop.forEach((shop, sale) -> unitsToGive.put(shop, sale.units()));
        int[] saleUnits = new int[lines.size()];
        List<Integer> inListingOrder = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            inListingOrder.add(i);
        }
        inListingOrder.sort(Comparator.comparingLong(i -> lines.get(i).listingId()));
        for (int i : inListingOrder) {
            Line line = lines.get(i);
            int left = unitsToGive.getOrDefault(line.shopId(), 0);
            saleUnits[i] = Math.min(left, line.quantity());
            unitsToGive.put(line.shopId(), left - saleUnits[i]);
        }
        List<PricedLine> priced = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int units = saleUnits[i];
            Money saleUnitPrice = units > 0
                    ? line.unitPrice().discounted(saleByShop.get(line.shopId()).percentOff())
                    : line.unitPrice();
            Money lineTotal = saleUnitPrice.times(units).plus(line.unitPrice().times(line.quantity() - units));
            priced.add(new PricedLine(line, units, saleUnitPrice, lineTotal));
            total = total.plus(lineTotal);
        }
        return new PricedCart(List.copyOf(priced), total);
    }
}
