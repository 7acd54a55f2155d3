package org.shoetopia.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Pricing.Discounts;
import org.shoetopia.domain.Pricing.Line;
import org.shoetopia.domain.Pricing.PricedCart;
import org.shoetopia.domain.Pricing.Sale;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;

/**
 * The pricing rule against a reference written out with BigDecimal, for random carts, sales and tax
 * settings: each shop's sale units go to its lines in listing order, a sale unit costs the price less
 * the percentage rounded half-up to the cent, each rate's tax is its exact amount rounded half-up
 * per line or once per receipt, and the order the lines come in changes no total.
 */
class PricingPropertiesTest {
    record Cart(List<Line> lines, Map<Long, Sale> sales, Discounts discounts, Map<Long, TaxSettings> taxes) {}

    @Property(tries = 500)
    void theRuleChargesWhatTheReferenceDoesInAnyOrderOfLines(@ForAll("carts") Cart cart, @ForAll long seed) {
        PricedCart priced = Pricing.price(cart.lines(), cart.sales(), cart.discounts(), cart.taxes());

        Map<Long, long[]> expected = reference(cart);
        long expectedTotal = 0;
        for (int i = 0; i < cart.lines().size(); i++) {
            Line line = cart.lines().get(i);
            var got = priced.lines().get(i);
            long[] want = expected.get(line.listingId());
            assertThat(got.line()).isEqualTo(line);
            assertThat(got.saleUnits())
                    .as("sale units of listing %d", line.listingId())
                    .isEqualTo((int) want[0]);
            assertThat(got.saleUnitPrice().cents()).isEqualTo(want[1]);
            assertThat(got.charged().cents()).isEqualTo(want[2]);
            boolean included =
                    cart.taxes().getOrDefault(line.shopId(), TaxSettings.NONE).pricesIncludeTax();
            long tax = got.taxes().stream().mapToLong(t -> t.tax().cents()).sum();
            assertThat(got.tax().cents()).isEqualTo(tax);
            long afterDiscounts = want[2] - got.discount().cents();
            assertThat(afterDiscounts).isNotNegative();
            assertThat(got.gross().cents()).isEqualTo(included ? afterDiscounts : afterDiscounts + tax);
            assertThat(got.net().cents()).isEqualTo(got.gross().cents() - tax);
            expectedTotal += got.gross().cents();
        }
        assertThat(priced.total().cents()).isEqualTo(expectedTotal);
        assertThat(priced.tax().cents())
                .isEqualTo(
                        priced.lines().stream().mapToLong(l -> l.tax().cents()).sum());
        assertThat(priced.taxes().stream().mapToLong(t -> t.tax().cents()).sum())
                .isEqualTo(priced.tax().cents());

        List<Line> shuffled = new ArrayList<>(cart.lines());
        Collections.shuffle(shuffled, new Random(seed));
        PricedCart again = Pricing.price(shuffled, cart.sales(), cart.discounts(), cart.taxes());
        assertThat(again.total()).isEqualTo(priced.total());
        assertThat(again.tax()).isEqualTo(priced.tax());
        for (var line : again.lines()) {
            assertThat(line.saleUnits())
                    .isEqualTo((int) expected.get(line.line().listingId())[0]);
        }
    }

    @Property(tries = 500)
    void eachRatesTaxIsItsExactAmountRoundedHalfUpPerLineOrOncePerReceipt(@ForAll("carts") Cart cart) {
        PricedCart priced = Pricing.price(cart.lines(), cart.sales(), cart.discounts(), cart.taxes());
        Map<String, BigDecimal> exactByRate = new HashMap<>();
        Map<String, Long> centsByRate = new HashMap<>();
        for (var line : priced.lines()) {
            TaxSettings settings = cart.taxes().getOrDefault(line.line().shopId(), TaxSettings.NONE);
            List<TaxRate> rates = settings.ratesFor(line.line().taxCategory());
            assertThat(line.taxes()).hasSize(rates.size());
            for (int k = 0; k < rates.size(); k++) {
                TaxRate rate = rates.get(k);
                var tax = line.taxes().get(k);
                assertThat(tax.rate()).isEqualTo(rate);
                int fullUnits = line.line().quantity() - line.saleUnits();
                // A unit's price after the line's discounts: its price x (charged - discount) / charged,
                // multiplied before dividing, so a price exactly at a threshold stays exact (6 x 5/6 is
                // 5, where 6 x 0.8333… rounded to 60 digits fell just below it).
                long charged = line.charged().cents();
                long kept = charged - line.discount().cents();
                BigDecimal base = referenceBase(rate, afterDiscounts(line.line().unitPrice(), kept, charged))
                        .multiply(BigDecimal.valueOf(fullUnits))
                        .add(referenceBase(rate, afterDiscounts(line.saleUnitPrice(), kept, charged))
                                .multiply(BigDecimal.valueOf(line.saleUnits())));
                BigDecimal ratio = BigDecimal.valueOf(rate.rateThousandths(), 5);
                BigDecimal exact = settings.pricesIncludeTax()
                        ? base.multiply(ratio).divide(BigDecimal.ONE.add(ratio), EXACT)
                        : base.multiply(ratio);
                long cents = tax.tax().cents();
                if (settings.rounding() == TaxRounding.PER_LINE) {
                    assertThat(cents)
                            .isEqualTo(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
                } else {
                    // Spread by largest remainder: each line its exact tax's floor or ceiling.
                    assertThat(BigDecimal.valueOf(cents).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
                }
                long baseCents = base.setScale(0, RoundingMode.HALF_UP).longValueExact();
                assertThat(tax.taxable().cents())
                        .isEqualTo(settings.pricesIncludeTax() ? baseCents - cents : baseCents);
                String key = line.line().shopId() + "/" + rate.category() + "/" + rate.name();
                exactByRate.merge(key, exact, BigDecimal::add);
                centsByRate.merge(key, cents, Long::sum);
                if (settings.rounding() == TaxRounding.PER_RECEIPT) {
                    exactByRate.put(key + "/receipt", BigDecimal.ONE);
                }
            }
        }
        centsByRate.forEach((key, cents) -> {
            if (exactByRate.containsKey(key + "/receipt")) {
                assertThat(cents)
                        .as("tax of %s over the receipt", key)
                        .isEqualTo(exactByRate
                                .get(key)
                                .setScale(0, RoundingMode.HALF_UP)
                                .longValueExact());
            }
        });
    }

    /** A unit's price, in exact cents, once the line's discounts keep {@code kept} of its {@code charged}. */
    private static BigDecimal afterDiscounts(Money price, long kept, long charged) {
        return charged == 0
                ? BigDecimal.ZERO // free from a 100 % sale
                : BigDecimal.valueOf(price.cents())
                        .multiply(BigDecimal.valueOf(kept))
                        .divide(BigDecimal.valueOf(charged), EXACT);
    }

    /** Far more digits than any cent needs: the reference's fractions are exact to the rounding. */
    private static final MathContext EXACT = new MathContext(60, RoundingMode.HALF_EVEN);

    /** How much of a unit charged {@code price} (cents, exact) a rate applies to, written out again. */
    private static BigDecimal referenceBase(TaxRate rate, BigDecimal price) {
        if (rate.threshold() == null) {
            return price;
        }
        BigDecimal threshold = BigDecimal.valueOf(rate.threshold().cents());
        return switch (rate.appliesTo()) {
            case ALL -> price;
            case BELOW -> price.compareTo(threshold) < 0 ? price : BigDecimal.ZERO;
            case FROM -> price.compareTo(threshold) >= 0 ? price : BigDecimal.ZERO;
            case ABOVE -> price.compareTo(threshold) > 0 ? price.subtract(threshold) : BigDecimal.ZERO;
        };
    }

    @Property(tries = 500)
    void discountsComeAfterTheSalePriceNeverGoBelowZeroAndTheCartsIsSpreadToTheCent(@ForAll("carts") Cart cart) {
        PricedCart priced = Pricing.price(cart.lines(), cart.sales(), cart.discounts(), cart.taxes());
        long remaining = 0;
        for (var line : priced.lines()) {
            Discount own = cart.discounts().byListing().get(line.line().listingId());
            long charged = line.charged().cents();
            long expected = own == null
                    ? 0
                    : own.kind() == DiscountKind.PERCENT
                            ? BigDecimal.valueOf(charged)
                                    .multiply(BigDecimal.valueOf(own.percentHundredths()))
                                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                                    .longValueExact()
                            : Math.min(own.amount().cents(), charged);
            assertThat(line.lineDiscount().cents()).isEqualTo(expected);
            remaining += charged - expected;
        }
        Discount whole = cart.discounts().cart();
        long cartTotal = whole == null || remaining == 0
                ? 0
                : whole.kind() == DiscountKind.PERCENT
                        ? BigDecimal.valueOf(remaining)
                                .multiply(BigDecimal.valueOf(whole.percentHundredths()))
                                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                                .longValueExact()
                        : Math.min(whole.amount().cents(), remaining);
        assertThat(priced.lines().stream()
                        .mapToLong(l -> l.cartDiscount().cents())
                        .sum())
                .isEqualTo(cartTotal);
        for (var line : priced.lines()) {
            long left = line.charged().cents() - line.lineDiscount().cents();
            assertThat(line.cartDiscount().cents()).isBetween(0L, left);
            if (remaining > 0) {
                BigDecimal share = BigDecimal.valueOf(cartTotal)
                        .multiply(BigDecimal.valueOf(left))
                        .divide(BigDecimal.valueOf(remaining), EXACT);
                assertThat(BigDecimal.valueOf(line.cartDiscount().cents())
                                .subtract(share)
                                .abs())
                        .as("a line's share of the cart discount is its exact share's floor or ceiling")
                        .isLessThan(BigDecimal.ONE);
            }
        }
        assertThat(priced.discount().cents())
                .isEqualTo(priced.lines().stream()
                        .mapToLong(l -> l.discount().cents())
                        .sum());
    }

    @Property(tries = 300)
    void aShopsSaleGivesExactlyItsUnitsOrWhatItsLinesWant(@ForAll("carts") Cart cart) {
        PricedCart priced = Pricing.price(cart.lines(), cart.sales());
        Map<Long, Integer> given = new HashMap<>();
        Map<Long, Integer> wanted = new HashMap<>();
        for (var line : priced.lines()) {
            given.merge(line.line().shopId(), line.saleUnits(), Integer::sum);
            wanted.merge(line.line().shopId(), line.line().quantity(), Integer::sum);
        }
        wanted.forEach((shop, units) -> {
            Sale sale = cart.sales().get(shop);
            int expected = sale == null ? 0 : Math.min(sale.units(), units);
            assertThat(given.get(shop)).as("sale units given in shop %d", shop).isEqualTo(expected);
        });
    }

    /** Per listing: sale units, sale unit price, line total, in cents, computed independently. */
    private static Map<Long, long[]> reference(Cart cart) {
        Map<Long, Integer> left = new HashMap<>();
        cart.sales().forEach((shop, sale) -> left.put(shop, sale.units()));
        Map<Long, long[]> result = new HashMap<>();
        List<Line> byListing = new ArrayList<>(cart.lines());
        byListing.sort(Comparator.comparingLong(Line::listingId));
        for (Line line : byListing) {
            int units = Math.min(left.getOrDefault(line.shopId(), 0), line.quantity());
            left.merge(line.shopId(), -units, Integer::sum);
            BigDecimal price = BigDecimal.valueOf(line.unitPrice().cents());
            long salePrice = units == 0
                    ? line.unitPrice().cents()
                    : price.multiply(BigDecimal.valueOf(
                                    100 - cart.sales().get(line.shopId()).percentOff()))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                            .longValueExact();
            long total = units * salePrice
                    + (line.quantity() - units) * line.unitPrice().cents();
            result.put(line.listingId(), new long[] {units, salePrice, total});
        }
        return result;
    }

    @Provide
    Arbitrary<Cart> carts() {
        Arbitrary<Line> line = Combinators.combine(
                        Arbitraries.longs().between(1, 3),
                        Arbitraries.longs().between(1, 5_000_000),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(TaxCategory.class))
                .as((shop, cents, quantity, category) -> new Line(0, shop, Money.ofCents(cents), quantity, category));
        Arbitrary<List<Line>> lines = line.list().ofMinSize(1).ofMaxSize(8).map(PricingPropertiesTest::numbered);
        Arbitrary<Map<Long, Sale>> sales = Arbitraries.maps(
                        Arbitraries.longs().between(1, 3),
                        Combinators.combine(
                                        Arbitraries.integers().between(0, 100),
                                        Arbitraries.integers().between(0, 30))
                                .as(Sale::new))
                .ofMaxSize(3);
        Arbitrary<Map<Long, TaxSettings>> taxes = Arbitraries.maps(
                        Arbitraries.longs().between(1, 3), taxSettings())
                .ofMaxSize(3);
        return Combinators.combine(
                        lines,
                        sales,
                        taxes,
                        discount().injectNull(0.5),
                        discount().list().ofMaxSize(8))
                .as((cartLines, cartSales, cartTaxes, wholeCart, perLine) -> {
                    Map<Long, Discount> byListing = new HashMap<>();
                    for (int i = 0; i < Math.min(perLine.size(), cartLines.size()); i++) {
                        if (i % 2 == 0) { // about half the lines get one
                            byListing.put(cartLines.get(i).listingId(), perLine.get(i));
                        }
                    }
                    return new Cart(cartLines, cartSales, new Discounts(byListing, wholeCart), cartTaxes);
                });
    }

    /** A percentage off (0.01 to 100 %) or an amount off (at times more than a line costs). */
    private static Arbitrary<Discount> discount() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 10_000),
                        Arbitraries.longs().between(1, 20_000_000))
                .as((percent, hundredths, cents) -> percent
                        ? new Discount(DiscountKind.PERCENT, hundredths, null, "test")
                        : new Discount(DiscountKind.AMOUNT, 0, Money.ofCents(cents), "test"));
    }

    /** A shop's settings: tax added or included, either rounding, up to three standard rates and one reduced. */
    private static Arbitrary<TaxSettings> taxSettings() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.of(TaxRounding.class),
                        rate(TaxCategory.STANDARD).list().ofMaxSize(3),
                        rate(TaxCategory.REDUCED).list().ofMaxSize(1))
                .as((included, rounding, standard, reduced) -> {
                    List<TaxRate> rates = new ArrayList<>();
                    for (List<TaxRate> ofCategory : List.of(standard, reduced)) {
                        for (int i = 0; i < ofCategory.size() && (!included || i < 1); i++) {
                            TaxRate rate = ofCategory.get(i);
                            if (included && rate.appliesTo() == TaxAppliesTo.ABOVE) {
                                rate = new TaxRate(
                                        rate.name(),
                                        rate.category(),
                                        rate.rateThousandths(),
                                        TaxAppliesTo.FROM,
                                        rate.threshold());
                            }
                            rates.add(new TaxRate(
                                    "rate " + i,
                                    rate.category(),
                                    rate.rateThousandths(),
                                    rate.appliesTo(),
                                    rate.threshold()));
                        }
                    }
                    return new TaxSettings(included, rounding, null, rates);
                });
    }

    private static Arbitrary<TaxRate> rate(TaxCategory category) {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 27_500),
                        Arbitraries.of(TaxAppliesTo.class),
                        Arbitraries.longs().between(1, 5_000_000))
                .as((thousandths, appliesTo, threshold) -> new TaxRate(
                        "rate",
                        category,
                        thousandths,
                        appliesTo,
                        appliesTo == TaxAppliesTo.ALL ? null : Money.ofCents(threshold)));
    }

    /** Distinct listing ids in a random-looking order, as a cart's lines have. */
    private static List<Line> numbered(List<Line> lines) {
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            long id = (i * 7919L + 13) % 10_007 + 1;
            numbered.add(new Line(id, line.shopId(), line.unitPrice(), line.quantity(), line.taxCategory()));
        }
        return numbered;
    }
}
