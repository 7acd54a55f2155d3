package org.shoetopia.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Pricing.Line;
import org.shoetopia.domain.Pricing.PricedCart;
import org.shoetopia.domain.Pricing.Sale;

/**
 * The pricing rule against a reference written out with BigDecimal, for random carts and sales:
 * each shop's sale units go to its lines in listing order, a sale unit costs the price less the
 * percentage rounded half-up to the cent, and the order the lines come in changes nothing.
 */
class PricingPropertiesTest {
    record Cart(List<Line> lines, Map<Long, Sale> sales) {}

    @Property(tries = 500)
    void theRuleChargesWhatTheReferenceDoesInAnyOrderOfLines(@ForAll("carts") Cart cart, @ForAll long seed) {
        PricedCart priced = Pricing.price(cart.lines(), cart.sales());

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
            assertThat(got.total().cents()).isEqualTo(want[2]);
            expectedTotal += want[2];
        }
        assertThat(priced.total().cents()).isEqualTo(expectedTotal);

        List<Line> shuffled = new ArrayList<>(cart.lines());
        Collections.shuffle(shuffled, new Random(seed));
        PricedCart again = Pricing.price(shuffled, cart.sales());
        assertThat(again.total()).isEqualTo(priced.total());
        for (var line : again.lines()) {
            assertThat(line.saleUnits())
                    .isEqualTo((int) expected.get(line.line().listingId())[0]);
        }
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
                        Arbitraries.integers().between(1, 12))
                .as((shop, cents, quantity) -> new Line(0, shop, Money.ofCents(cents), quantity));
        Arbitrary<List<Line>> lines = line.list().ofMinSize(1).ofMaxSize(8).map(PricingPropertiesTest::numbered);
        Arbitrary<Map<Long, Sale>> sales = Arbitraries.maps(
                        Arbitraries.longs().between(1, 3),
                        Combinators.combine(
                                        Arbitraries.integers().between(0, 100),
                                        Arbitraries.integers().between(0, 30))
                                .as(Sale::new))
                .ofMaxSize(3);
        return Combinators.combine(lines, sales).as(Cart::new);
    }

    /** Distinct listing ids in a random-looking order, as a cart's lines have. */
    private static List<Line> numbered(List<Line> lines) {
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            long id = (i * 7919L + 13) % 10_007 + 1;
            numbered.add(new Line(id, line.shopId(), line.unitPrice(), line.quantity()));
        }
        return numbered;
    }
}
