package org.shoetopia.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.CartService.CartLineView;
import org.shoetopia.api.CartService.CartView;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxRounding;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Invariants;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;

/**
 * What the cart shows is exactly what checkout charges when nothing changed in between, for random
 * carts over up to three shops, each with or without a running flash sale of random size, percentage
 * and slots, and random tax settings and listings' tax categories: the line totals, the sale units of
 * each line, the tax per rate and the total, through the real services.
 */
class CartShowsWhatCheckoutChargesTest {
    private Database database;
    private Services app;
    private Fixtures given;

    /** A shop of the cart: its listings' prices, and its sale if it runs one. */
    record ShopPlan(
            List<Integer> pricesInCents,
            List<Integer> quantities,
            List<TaxCategory> categories,
            Integer saleUnits,
            int percentOff,
            int slots,
            TaxSettings tax) {}

    @BeforeProperty
    void emptyDatabase() {
        database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
    }

    @Property(tries = 100)
    void theCartsTotalsAreWhatCheckoutCharges(@ForAll("shops") List<ShopPlan> shops) {
        Actor customer = given.customer();
        for (ShopPlan plan : shops) {
            Actor owner = given.owner();
            List<ListingView> listings = new ArrayList<>();
            app.shops().setTaxSettings(owner, plan.tax());
            for (int i = 0; i < plan.pricesInCents().size(); i++) {
                int price = plan.pricesInCents().get(i);
                listings.add(app.listings()
                        .create(
                                owner,
                                Fixtures.form(
                                        "Nike",
                                        "black",
                                        "Air Max " + i,
                                        Money.ofCents(price).plain(),
                                        50,
                                        plan.categories().get(i).code())));
            }
            if (plan.saleUnits() != null) {
                app.flashSales().start(owner, plan.saleUnits(), plan.percentOff(), plan.slots());
            }
            for (int i = 0; i < listings.size(); i++) {
                app.carts()
                        .add(
                                customer,
                                listings.get(i).listingId(),
                                plan.quantities().get(i));
            }
        }

        CartView shown = app.carts().view(customer);
        Receipt charged = app.checkout().checkout(customer, shown.seen(), Payment.cash(null), null);

        assertThat(charged.total()).isEqualTo(shown.estimatedTotal());
        assertThat(charged.taxes()).isEqualTo(shown.estimatedTaxes());
        Map<Long, CartLineView> shownByListing = new HashMap<>();
        shown.lines().forEach(line -> shownByListing.put(line.listing().listingId(), line));
        assertThat(charged.lines()).hasSameSizeAs(shown.lines());
        for (Receipt.Line line : charged.lines()) {
            CartLineView seen = shownByListing.get(line.listingId());
            assertThat(line.quantity()).isEqualTo(seen.quantity());
            assertThat(line.saleUnits())
                    .as("sale units of listing %d", line.listingId())
                    .isEqualTo(seen.saleUnits());
            assertThat(line.lineTotal())
                    .as("total of listing %d", line.listingId())
                    .isEqualTo(seen.estimatedTotal());
        }
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    /** A till's sale: its shop's listings, with discounts the owner gives (no limit), and its tax. */
    record TillPlan(ShopPlan shop, List<Integer> discountPercents, Integer cartPercent, Integer cartAmountCents) {}

    @Property(tries = 60)
    void aTillsDiscountedSaleChargesWhatTheTillShows(@ForAll("tills") TillPlan plan) {
        Actor owner = given.owner();
        app.shops().setTaxSettings(owner, plan.shop().tax());
        if (plan.shop().saleUnits() != null) {
            app.flashSales()
                    .start(
                            owner,
                            plan.shop().saleUnits(),
                            plan.shop().percentOff(),
                            plan.shop().slots());
        }
        List<Integer> prices = plan.shop().pricesInCents();
        for (int i = 0; i < prices.size(); i++) {
            int price = prices.get(i);
            long listing = app.listings()
                    .create(
                            owner,
                            Fixtures.form(
                                    "Nike",
                                    "black",
                                    "Till " + i,
                                    Money.ofCents(price).plain(),
                                    50,
                                    plan.shop().categories().get(i).code()))
                    .listingId();
            app.carts().add(owner, listing, plan.shop().quantities().get(i));
            int percent = plan.discountPercents().get(i);
            if (percent > 0) {
                app.carts()
                        .discount(
                                owner,
                                new CartService.DiscountRequest(
                                        listing, DiscountKind.PERCENT, Integer.toString(percent), "Price match"),
                                null);
            }
        }
        if (plan.cartPercent() != null) {
            app.carts()
                    .discount(
                            owner,
                            new CartService.DiscountRequest(
                                    null, DiscountKind.PERCENT, Integer.toString(plan.cartPercent()), "Loyal customer"),
                            null);
        } else if (plan.cartAmountCents() != null) {
            CartView before = app.carts().view(owner);
            long cap = before.lines().stream()
                    .mapToLong(line ->
                            line.estimatedTotal().cents() - line.discount().cents())
                    .sum();
            long amount = Math.min(plan.cartAmountCents(), cap);
            if (amount > 0) {
                app.carts()
                        .discount(
                                owner,
                                new CartService.DiscountRequest(
                                        null,
                                        DiscountKind.AMOUNT,
                                        Money.ofCents(amount).plain(),
                                        "Loyal customer"),
                                null);
            }
        }

        CartView shown = app.carts().view(owner);
        Receipt charged = app.checkout().checkout(owner, shown.seen(), Payment.cash(null), null);

        assertThat(charged.total()).isEqualTo(shown.estimatedTotal());
        assertThat(charged.discounts()).isEqualTo(shown.discounts());
        assertThat(charged.taxes()).isEqualTo(shown.estimatedTaxes());
        assertThat(charged.lines())
                .extracting(Receipt.Line::discount)
                .isEqualTo(shown.lines().stream().map(CartLineView::discount).toList());
        assertThat(Invariants.allHold(Invariants.check(database.dataSource()))).isTrue();
    }

    @Provide
    Arbitrary<TillPlan> tills() {
        return Arbitraries.integers()
                .between(1, 3)
                .flatMap(listings -> Combinators.combine(
                                Combinators.combine(
                                                Arbitraries.integers()
                                                        .between(1, 30_000)
                                                        .list()
                                                        .ofSize(listings),
                                                Arbitraries.integers()
                                                        .between(1, 6)
                                                        .list()
                                                        .ofSize(listings),
                                                Arbitraries.of(TaxCategory.class)
                                                        .list()
                                                        .ofSize(listings),
                                                Arbitraries.integers()
                                                        .between(1, 12)
                                                        .injectNull(0.5),
                                                Arbitraries.integers().between(1, 90),
                                                Arbitraries.integers().between(1, 4),
                                                taxSettings())
                                        .as(ShopPlan::new),
                                Arbitraries.integers().between(0, 100).list().ofSize(listings),
                                Arbitraries.integers().between(1, 100).injectNull(0.6),
                                Arbitraries.integers().between(1, 2_000_000).injectNull(0.5))
                        .as(TillPlan::new));
    }

    @Provide
    Arbitrary<List<ShopPlan>> shops() {
        Arbitrary<ShopPlan> shop = Arbitraries.integers()
                .between(1, 3)
                .flatMap(listings -> Combinators.combine(
                                Arbitraries.integers().between(1, 30_000).list().ofSize(listings),
                                Arbitraries.integers().between(1, 6).list().ofSize(listings),
                                Arbitraries.of(TaxCategory.class).list().ofSize(listings),
                                Arbitraries.integers().between(1, 12).injectNull(0.3),
                                Arbitraries.integers().between(1, 90),
                                Arbitraries.integers().between(1, 4),
                                taxSettings())
                        .as(ShopPlan::new));
        return shop.list().ofMinSize(1).ofMaxSize(3);
    }

    /** No tax, US sales tax with rates from a threshold, or VAT included in prices; either rounding. */
    private static Arbitrary<TaxSettings> taxSettings() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(TaxRounding.class),
                        Arbitraries.integers().between(1, 25_000),
                        Arbitraries.integers().between(1, 30_000))
                .as((kind, rounding, thousandths, thresholdCents) -> switch (kind) {
                    case 0 -> TaxSettings.NONE;
                    case 1 ->
                        new TaxSettings(
                                false,
                                rounding,
                                null,
                                List.of(
                                        new TaxRate(
                                                "State",
                                                TaxCategory.STANDARD,
                                                4_000,
                                                TaxAppliesTo.FROM,
                                                Money.ofCents(thresholdCents)),
                                        new TaxRate("City", TaxCategory.STANDARD, thousandths, TaxAppliesTo.ALL, null),
                                        new TaxRate(
                                                "Over",
                                                TaxCategory.REDUCED,
                                                thousandths,
                                                TaxAppliesTo.ABOVE,
                                                Money.ofCents(thresholdCents))));
                    default ->
                        new TaxSettings(
                                true,
                                rounding,
                                "GB123456789",
                                List.of(
                                        new TaxRate("VAT", TaxCategory.STANDARD, 20_000, TaxAppliesTo.ALL, null),
                                        new TaxRate(
                                                "VAT",
                                                TaxCategory.REDUCED,
                                                thousandths,
                                                TaxAppliesTo.BELOW,
                                                Money.ofCents(thresholdCents))));
                });
    }
}
