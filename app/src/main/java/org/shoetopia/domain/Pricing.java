package org.shoetopia.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one pricing rule. The cart's view, checkout and the benchmark's raw-JDBC yardstick all price
 * with it, so what a till shows is what checkout charges. Its steps, in order: the flash sale's units,
 * then tax; discounts and tenders come between and after them as the till grows.
 *
 * <p><b>Sale units.</b> A shop's running sale gives its units to that shop's lines in listing order,
 * each line taking as many as it has units, while the sale has any to give. A sale unit costs the
 * price less the sale's percentage, half-up to the cent ({@link Money#discounted}); every other unit
 * costs the price. What a line's units cost together is what it is {@code charged}.
 *
 * <p><b>Tax</b>, by the shop's {@link TaxSettings}, on the price each unit is charged. Each rate of
 * the line's category applies to a {@code base} of each unit ({@link TaxRate#baseOf}: its price, none
 * of it, or the part above a threshold). A rate's tax on a line is exactly base × rate when prices
 * exclude tax, base × rate ÷ (1 + rate) when they include it (one rate per category then). It is
 * rounded half-up to the cent either per line, or per receipt: each rate's exact tax over the shop's
 * lines is rounded once and spread over the lines by largest remainder (ties to the earlier line),
 * so the lines' cents add up to the receipt's. Prices excluding tax: net = charged, gross = net +
 * tax. Including: gross = charged, net = gross − tax. A line costs its gross; the cart, their sum.
 */
public final class Pricing {
    private Pricing() {}

    /** Thousandths of a percent in one: a rate's tax on a base is base × rate ÷ this. */
    private static final long WHOLE = 100_000;

    /** A cart line to price: {@code quantity} units of a listing of {@code shopId} at {@code unitPrice}. */
    public record Line(long listingId, long shopId, Money unitPrice, int quantity, TaxCategory taxCategory) {
        public Line {
            if (quantity <= 0) {
                throw new IllegalArgumentException("a line has at least one unit");
            }
            if (!unitPrice.isPositive()) {
                throw new IllegalArgumentException("a unit price is positive");
            }
            if (taxCategory == null) {
                throw new IllegalArgumentException("a line has a tax category");
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

    /**
     * One rate's tax on a line: the base of a full-price unit and of a sale unit (what a refund of some
     * units reverses in proportion to), the line's taxable amount (net of tax) and its tax.
     */
    public record LineTax(TaxRate rate, Money fullUnitBase, Money saleUnitBase, Money taxable, Money tax) {}

    /** A priced line: its sale units and their price, what its units cost, its tax per rate, net and gross. */
    public record PricedLine(
            Line line,
            int saleUnits,
            Money saleUnitPrice,
            Money charged,
            List<LineTax> taxes,
            Money tax,
            Money net,
            Money gross) {}

    /** One rate's tax over a shop's lines of the cart: its taxable amount and tax, for the receipt. */
    public record TaxTotal(long shopId, TaxRate rate, boolean included, Money taxable, Money tax) {}

    /** The cart priced: its lines in the order given, the tax per shop and rate, and what it costs. */
    public record PricedCart(List<PricedLine> lines, List<TaxTotal> taxes, Money net, Money tax, Money total) {}

    /** Prices {@code lines} without tax: the sale step alone. */
    public static PricedCart price(List<Line> lines, Map<Long, Sale> saleByShop) {
        return price(lines, saleByShop, Map.of());
    }

    /**
     * Prices {@code lines} (in any order; the sale units are given in listing order) under each shop's
     * sale, if it has one, and each shop's tax settings (a shop missing from {@code taxByShop} charges none).
     */
    public static PricedCart price(List<Line> lines, Map<Long, Sale> saleByShop, Map<Long, TaxSettings> taxByShop) {
        int[] saleUnits = saleUnits(lines, saleByShop);
        Money[] saleUnitPrice = new Money[lines.size()];
        Money[] charged = new Money[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            saleUnitPrice[i] = saleUnits[i] > 0
                    ? line.unitPrice().discounted(saleByShop.get(line.shopId()).percentOff())
                    : line.unitPrice();
            charged[i] =
                    saleUnitPrice[i].times(saleUnits[i]).plus(line.unitPrice().times(line.quantity() - saleUnits[i]));
        }
        List<List<LineTax>> taxes = taxes(lines, saleUnits, saleUnitPrice, taxByShop);

        List<PricedLine> priced = new ArrayList<>();
        Map<String, TaxTotal> totals = new LinkedHashMap<>();
        Money net = Money.ZERO;
        Money tax = Money.ZERO;
        Money total = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean included =
                    taxByShop.getOrDefault(line.shopId(), TaxSettings.NONE).pricesIncludeTax();
            Money lineTax = Money.ZERO;
            for (LineTax rateTax : taxes.get(i)) {
                lineTax = lineTax.plus(rateTax.tax());
                totals.merge(
                        line.shopId() + "/" + rateTax.rate().category().code() + "/"
                                + rateTax.rate().name(),
                        new TaxTotal(line.shopId(), rateTax.rate(), included, rateTax.taxable(), rateTax.tax()),
                        (one, other) -> new TaxTotal(
                                one.shopId(),
                                one.rate(),
                                included,
                                one.taxable().plus(other.taxable()),
                                one.tax().plus(other.tax())));
            }
            Money lineNet = included ? charged[i].minus(lineTax) : charged[i];
            Money lineGross = included ? charged[i] : charged[i].plus(lineTax);
            priced.add(new PricedLine(
                    line, saleUnits[i], saleUnitPrice[i], charged[i], taxes.get(i), lineTax, lineNet, lineGross));
            net = net.plus(lineNet);
            tax = tax.plus(lineTax);
            total = total.plus(lineGross);
        }
        return new PricedCart(List.copyOf(priced), List.copyOf(totals.values()), net, tax, total);
    }

    /** How many sale units each line gets: each shop's sale gives its units in listing order. */
    private static int[] saleUnits(List<Line> lines, Map<Long, Sale> saleByShop) {
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
        return saleUnits;
    }

    /** One rate's exact tax on one line, as the fraction numerator ÷ denominator of a cent. */
    private record ExactTax(
            int line,
            TaxRate rate,
            Money fullUnitBase,
            Money saleUnitBase,
            Money base,
            long numerator,
            long denominator) {
        long floor() {
            return numerator / denominator;
        }

        long halfUp() {
            return Math.floorDiv(Math.addExact(Math.multiplyExact(2, numerator), denominator), 2 * denominator);
        }
    }

    private static List<List<LineTax>> taxes(
            List<Line> lines, int[] saleUnits, Money[] saleUnitPrice, Map<Long, TaxSettings> taxByShop) {
        // Per shop and rate, the exact taxes of its lines, in line order.
        Map<String, List<ExactTax>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            TaxSettings settings = taxByShop.getOrDefault(line.shopId(), TaxSettings.NONE);
            for (TaxRate rate : settings.ratesFor(line.taxCategory())) {
                Money fullUnitBase = rate.baseOf(line.unitPrice());
                Money saleUnitBase = rate.baseOf(saleUnitPrice[i]);
                Money base = fullUnitBase.times(line.quantity() - saleUnits[i]).plus(saleUnitBase.times(saleUnits[i]));
                long denominator = settings.pricesIncludeTax() ? WHOLE + rate.rateThousandths() : WHOLE;
                byRate.computeIfAbsent(
                                line.shopId() + "/" + rate.category().code() + "/" + rate.name(),
                                k -> new ArrayList<>())
                        .add(new ExactTax(
                                i,
                                rate,
                                fullUnitBase,
                                saleUnitBase,
                                base,
                                Math.multiplyExact(base.cents(), rate.rateThousandths()),
                                denominator));
            }
        }
        List<List<LineTax>> taxes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            taxes.add(new ArrayList<>());
        }
        for (List<ExactTax> ofRate : byRate.values()) {
            ExactTax first = ofRate.get(0);
            TaxSettings settings = taxByShop.get(lines.get(first.line()).shopId());
            long[] cents = settings.rounding() == TaxRounding.PER_RECEIPT
                    ? spreadOverLines(ofRate)
                    : ofRate.stream().mapToLong(ExactTax::halfUp).toArray();
            for (int k = 0; k < ofRate.size(); k++) {
                ExactTax exact = ofRate.get(k);
                Money tax = Money.ofCents(cents[k]);
                Money taxable = settings.pricesIncludeTax() ? exact.base().minus(tax) : exact.base();
                taxes.get(exact.line())
                        .add(new LineTax(exact.rate(), exact.fullUnitBase(), exact.saleUnitBase(), taxable, tax));
            }
        }
        return taxes;
    }

    /**
     * The rate's exact tax over all its lines, rounded half-up once, in cents per line: each line
     * its floor, and one cent more to the lines with the largest remainders until the sum is reached.
     */
    private static long[] spreadOverLines(List<ExactTax> ofRate) {
        long denominator = ofRate.get(0).denominator();
        long numerator = 0;
        long[] cents = new long[ofRate.size()];
        long floors = 0;
        for (int k = 0; k < ofRate.size(); k++) {
            numerator = Math.addExact(numerator, ofRate.get(k).numerator());
            cents[k] = ofRate.get(k).floor();
            floors += cents[k];
        }
        long total = Math.floorDiv(Math.addExact(Math.multiplyExact(2, numerator), denominator), 2 * denominator);
        List<Integer> byRemainder = new ArrayList<>();
        for (int k = 0; k < ofRate.size(); k++) {
            byRemainder.add(k);
        }
        byRemainder.sort(Comparator.comparingLong((Integer k) -> -(ofRate.get(k).numerator() % denominator))
                .thenComparingInt(k -> k));
        for (int extra = 0; extra < total - floors; extra++) {
            cents[byRemainder.get(extra)]++;
        }
        return cents;
    }
}
