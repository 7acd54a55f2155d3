package org.shoetopia.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one pricing rule. The cart's view, checkout and the benchmark's raw-JDBC yardstick all price
 * with it, so what a till shows is what checkout charges. Its steps, in order: the flash sale's
 * units, the discounts, then tax; tenders come after it as the till grows.
 *
 * <p><b>Sale units.</b> A shop's running sale gives its units to that shop's lines in listing order,
 * each line taking as many as it has units, while the sale has any to give. A sale unit costs the
 * price less the sale's percentage, half-up to the cent ({@link Money#discounted}); every other unit
 * costs the price (a line's price override, if it has one, else the listing's). What a line's
 * units cost together is what it is {@code charged}.
 *
 * <p><b>Discounts</b>, on top of the sale price and never below zero. A line's discount takes its
 * percentage of the line's charge (half-up to the cent) or its amount, at most the charge. The cart's
 * discount then takes its percentage or amount of what the lines still cost, spread over the lines
 * in proportion to it, each line its floor and one cent more to the largest remainders (ties to the
 * earlier line), so a later refund of one line returns exactly its share. A line's units share its
 * discount in proportion to their prices.
 *
 * <p><b>Tax</b>, by the shop's {@link TaxSettings}, on the price each unit is charged after sale
 * price and discounts. Each rate of the line's category applies to a {@code base} of each unit
 * (its price, none of it, or the part above a threshold, by {@link TaxAppliesTo}). A rate's tax on a
 * line is exactly base × rate when prices exclude tax, base × rate ÷ (1 + rate) when they include it
 * (one rate per category then), computed in exact fractions. It is rounded half-up to the cent either
 * per line, or per receipt: each rate's exact tax over the shop's lines is rounded once and spread
 * over the lines by largest remainder (ties to the earlier line), so the lines' cents add up to the
 * receipt's. Prices excluding tax: net = charged − discount, gross = net + tax. Including: gross =
 * charged − discount, net = gross − tax. A line costs its gross; the cart, their sum.
 */
public final class Pricing {
    private Pricing() {}

    /** Thousandths of a percent in one: a rate's tax on a base is base × rate ÷ this. */
    private static final BigInteger WHOLE = BigInteger.valueOf(100_000);

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
     * The cart's discounts: per listing a percentage or an amount off its line (a price override is
     * the line's unit price, not here), and one for the whole cart; none, {@link #NONE}.
     */
    public record Discounts(Map<Long, Discount> byListing, Discount cart) {
        public static final Discounts NONE = new Discounts(Map.of(), null);

        public Discounts {
            byListing = Map.copyOf(byListing);
            for (Discount discount : byListing.values()) {
                if (discount.kind() == DiscountKind.PRICE) {
                    throw new IllegalArgumentException("a price override is the line's unit price");
                }
            }
            if (cart != null && cart.kind() == DiscountKind.PRICE) {
                throw new IllegalArgumentException("a cart has no price of its own");
            }
        }
    }

    /**
     * One rate's tax on a line: the base of a full-price unit and of a sale unit, half-up to the cent
     * (what a refund of some units reverses in proportion to), the line's taxable amount (net of
     * tax) and its tax.
     */
    public record LineTax(TaxRate rate, Money fullUnitBase, Money saleUnitBase, Money taxable, Money tax) {}

    /**
     * A priced line: its sale units and their price, what its units cost, what its own discount and
     * its share of the cart's take off, its tax per rate, net and gross.
     */
    public record PricedLine(
            Line line,
            int saleUnits,
            Money saleUnitPrice,
            Money charged,
            Money lineDiscount,
            Money cartDiscount,
            List<LineTax> taxes,
            Money tax,
            Money net,
            Money gross) {
        /** Both discounts together. */
        public Money discount() {
            return lineDiscount.plus(cartDiscount);
        }
    }

    /** One rate's tax over a shop's lines of the cart: its taxable amount and tax, for the receipt. */
    public record TaxTotal(long shopId, TaxRate rate, boolean included, Money taxable, Money tax) {}

    /** The cart priced: its lines in the order given, the tax per shop and rate, and what it costs. */
    public record PricedCart(
            List<PricedLine> lines, List<TaxTotal> taxes, Money discount, Money net, Money tax, Money total) {}

    /** Prices {@code lines} without discounts or tax: the sale step alone. */
    public static PricedCart price(List<Line> lines, Map<Long, Sale> saleByShop) {
        return price(lines, saleByShop, Discounts.NONE, Map.of());
    }

    /**
     * Prices {@code lines} (in any order; the sale units are given in listing order) under each shop's
     * sale, if it has one, the cart's discounts, and each shop's tax settings (a shop missing from
     * {@code taxByShop} charges none).
     */
    public static PricedCart price(
            List<Line> lines, Map<Long, Sale> saleByShop, Discounts discounts, Map<Long, TaxSettings> taxByShop) {
        int[] saleUnits = saleUnits(lines, saleByShop);
        Money[] saleUnitPrice = new Money[lines.size()];
        Money[] charged = new Money[lines.size()];
        Money[] lineDiscount = new Money[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            saleUnitPrice[i] = saleUnits[i] > 0
                    ? line.unitPrice().discounted(saleByShop.get(line.shopId()).percentOff())
                    : line.unitPrice();
            charged[i] =
                    saleUnitPrice[i].times(saleUnits[i]).plus(line.unitPrice().times(line.quantity() - saleUnits[i]));
            Discount own = discounts.byListing().get(line.listingId());
            lineDiscount[i] = own == null ? Money.ZERO : own.offOf(charged[i]);
        }
        Money[] cartDiscount = cartDiscount(charged, lineDiscount, discounts.cart());
        List<List<LineTax>> taxes =
                taxes(lines, saleUnits, saleUnitPrice, charged, lineDiscount, cartDiscount, taxByShop);

        List<PricedLine> priced = new ArrayList<>();
        Map<String, TaxTotal> totals = new LinkedHashMap<>();
        Money discount = Money.ZERO;
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
            Money afterDiscounts = charged[i].minus(lineDiscount[i]).minus(cartDiscount[i]);
            Money lineNet = included ? afterDiscounts.minus(lineTax) : afterDiscounts;
            Money lineGross = included ? afterDiscounts : afterDiscounts.plus(lineTax);
            priced.add(new PricedLine(
                    line,
                    saleUnits[i],
                    saleUnitPrice[i],
                    charged[i],
                    lineDiscount[i],
                    cartDiscount[i],
                    taxes.get(i),
                    lineTax,
                    lineNet,
                    lineGross));
            discount = discount.plus(lineDiscount[i]).plus(cartDiscount[i]);
            net = net.plus(lineNet);
            tax = tax.plus(lineTax);
            total = total.plus(lineGross);
        }
        return new PricedCart(List.copyOf(priced), List.copyOf(totals.values()), discount, net, tax, total);
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

    /**
     * The cart discount's share of each line: its percentage or amount of what the lines cost after
     * their own discounts, spread in proportion to that by largest remainder.
     */
    private static Money[] cartDiscount(Money[] charged, Money[] lineDiscount, Discount cart) {
        Money[] shares = new Money[charged.length];
        Arrays.fill(shares, Money.ZERO);
        long left = 0;
        long[] remaining = new long[charged.length];
        for (int i = 0; i < charged.length; i++) {
            remaining[i] = charged[i].minus(lineDiscount[i]).cents();
            left = Math.addExact(left, remaining[i]);
        }
        if (cart == null || left == 0) {
            return shares;
        }
        long total = cart.offOf(Money.ofCents(left)).cents();
        List<Fraction> exact = new ArrayList<>();
        for (long cents : remaining) {
            exact.add(new Fraction(
                    BigInteger.valueOf(total).multiply(BigInteger.valueOf(cents)), BigInteger.valueOf(left)));
        }
        long[] spread = spread(exact, total);
        for (int i = 0; i < charged.length; i++) {
            shares[i] = Money.ofCents(spread[i]);
        }
        return shares;
    }

    /**
     * Cents that add up to {@code total}, one per exact amount: each its floor, and one cent more to
     * the largest remainders until the total is reached (ties to the earlier one).
     */
    private static long[] spread(List<Fraction> exact, long total) {
        long[] cents = new long[exact.size()];
        long floors = 0;
        for (int k = 0; k < exact.size(); k++) {
            cents[k] = exact.get(k).floor();
            floors += cents[k];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int k = 0; k < exact.size(); k++) {
            byRemainder.add(k);
        }
        byRemainder.sort((a, b) -> {
            int larger = exact.get(b).remainder().compareTo(exact.get(a).remainder());
            return larger != 0 ? larger : Integer.compare(a, b);
        });
        for (int extra = 0; extra < total - floors; extra++) {
            cents[byRemainder.get(extra)]++;
        }
        return cents;
    }

    /** An exact non-negative amount of cents, numerator ÷ denominator. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        long floor() {
            return numerator.divide(denominator).longValueExact();
        }

        long halfUp() {
            return numerator
                    .shiftLeft(1)
                    .add(denominator)
                    .divide(denominator.shiftLeft(1))
                    .longValueExact();
        }

        /** What is left over the floor, as a fraction of a cent. */
        Fraction remainder() {
            return new Fraction(numerator.mod(denominator), denominator);
        }

        Fraction plus(Fraction other) {
            BigInteger n = numerator.multiply(other.denominator).add(other.numerator.multiply(denominator));
            BigInteger d = denominator.multiply(other.denominator);
            BigInteger gcd = n.gcd(d);
            return gcd.signum() == 0 ? ZERO : new Fraction(n.divide(gcd), d.divide(gcd));
        }

        int compareTo(Fraction other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }

    /** One rate's exact tax on one line, and the bases it was taken on. */
    private record ExactTax(int line, TaxRate rate, Money fullUnitBase, Money saleUnitBase, Money base, Fraction tax) {}

    /**
     * The taxes of each line. A unit priced P of a line charged C with discounts D costs exactly
     * P × (C − D) ÷ C; each rate's base of it, and the tax on those bases, are kept as exact fractions
     * until the rounding rule rounds them.
     */
    private static List<List<LineTax>> taxes(
            List<Line> lines,
            int[] saleUnits,
            Money[] saleUnitPrice,
            Money[] charged,
            Money[] lineDiscount,
            Money[] cartDiscount,
            Map<Long, TaxSettings> taxByShop) {
        Map<String, List<ExactTax>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            TaxSettings settings = taxByShop.getOrDefault(line.shopId(), TaxSettings.NONE);
            // A line free from a 100 % sale costs nothing: over 1, nothing of it is kept.
            BigInteger c = BigInteger.valueOf(Math.max(1, charged[i].cents()));
            BigInteger n = BigInteger.valueOf(
                    charged[i].minus(lineDiscount[i]).minus(cartDiscount[i]).cents());
            int fullUnits = line.quantity() - saleUnits[i];
            for (TaxRate rate : settings.ratesFor(line.taxCategory())) {
                // Bases over the denominator c: a unit's price after discounts is P × n ÷ c.
                BigInteger fullBase = unitBase(rate, line.unitPrice(), n, c);
                BigInteger saleBase = unitBase(rate, saleUnitPrice[i], n, c);
                BigInteger base = fullBase.multiply(BigInteger.valueOf(fullUnits))
                        .add(saleBase.multiply(BigInteger.valueOf(saleUnits[i])));
                BigInteger r = BigInteger.valueOf(rate.rateThousandths());
                BigInteger denominator = c.multiply(settings.pricesIncludeTax() ? WHOLE.add(r) : WHOLE);
                byRate.computeIfAbsent(
                                line.shopId() + "/" + rate.category().code() + "/" + rate.name(),
                                k -> new ArrayList<>())
                        .add(new ExactTax(
                                i,
                                rate,
                                Money.ofCents(new Fraction(fullBase, c).halfUp()),
                                Money.ofCents(new Fraction(saleBase, c).halfUp()),
                                Money.ofCents(new Fraction(base, c).halfUp()),
                                new Fraction(base.multiply(r), denominator)));
            }
        }
        List<List<LineTax>> taxes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            taxes.add(new ArrayList<>());
        }
        for (List<ExactTax> ofRate : byRate.values()) {
            TaxSettings settings = taxByShop.get(lines.get(ofRate.get(0).line()).shopId());
            long[] cents;
            if (settings.rounding() == TaxRounding.PER_RECEIPT) {
                Fraction sum = Fraction.ZERO;
                for (ExactTax exact : ofRate) {
                    sum = sum.plus(exact.tax());
                }
                cents = spread(ofRate.stream().map(ExactTax::tax).toList(), sum.halfUp());
            } else {
                cents = ofRate.stream().mapToLong(exact -> exact.tax().halfUp()).toArray();
            }
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
     * A rate's base of one unit priced {@code price} once the line's discounts are taken, over the
     * denominator {@code c}: the unit costs price × n ÷ c, and the threshold compares with that.
     */
    private static BigInteger unitBase(TaxRate rate, Money price, BigInteger n, BigInteger c) {
        BigInteger charged = BigInteger.valueOf(price.cents()).multiply(n);
        if (rate.threshold() == null) {
            return charged;
        }
        BigInteger threshold = BigInteger.valueOf(rate.threshold().cents()).multiply(c);
        return switch (rate.appliesTo()) {
            case ALL -> charged;
            case BELOW -> charged.compareTo(threshold) < 0 ? charged : BigInteger.ZERO;
            case FROM -> charged.compareTo(threshold) >= 0 ? charged : BigInteger.ZERO;
            case ABOVE -> charged.compareTo(threshold) > 0 ? charged.subtract(threshold) : BigInteger.ZERO;
        };
    }
}
