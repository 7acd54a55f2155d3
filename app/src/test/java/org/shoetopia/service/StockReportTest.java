package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shoetopia.support.Fixtures.money;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.StockReportService.BestSeller;
import org.shoetopia.api.StockReportService.Period;
import org.shoetopia.api.StockReportService.SizeCurveRow;
import org.shoetopia.api.StockReportService.StockValueRow;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/** The size curve, best sellers, low stock and stock value, over sales, a refund and another shop's sales. */
@ParameterizedClass
@EnumSource(Backend.class)
class StockReportTest extends ServiceTest {
    private final Period thisWeek = new Period(
            LocalDate.now(ZoneOffset.UTC).minusDays(3),
            LocalDate.now(ZoneOffset.UTC).plusDays(1),
            ZoneOffset.UTC);
    private Actor owner;
    private List<ListingView> run;
    private ListingView kayano;

    StockReportTest(Backend backend) {
        super(backend);
    }

    /**
     * New Balance 990v6 in men's 8, 9 and 10 D, 3 pairs each, at 100.00: one pair of 8 and two of 9
     * sold, one of those 9s brought back. Asics Gel Kayano at 50.00: all 3 pairs sold. Another shop
     * sells the same style.
     */
    @BeforeEach
    void aWeekOfTrade() {
        owner = given.owner();
        run = newBalance990(owner, "new", "100", "8", "10", "3");
        kayano = app.listings().create(owner, Fixtures.form("Asics", "red", "Gel Kayano", "50.00", 3));
        given.purchase(owner, run.get(0).listingId(), 1);
        var nines = given.purchase(owner, run.get(1).listingId(), 2);
        app.returns().returnItems(owner, Fixtures.returnOf(nines, 1));
        given.purchase(owner, kayano.listingId(), 3);

        Actor rival = given.owner();
        var theirs = newBalance990(rival, "new", "100", "8", "8", "5");
        given.purchase(rival, theirs.get(0).listingId(), 4);
    }

    @Test
    void theSizeCurveCountsPairsSoldNetOfRefundsAndPairsInStockPerSize() {
        var curve = app.stockReports().styleSizeCurve(owner, run.get(2).listingId(), thisWeek);

        assertThat(curve.title()).isEqualTo("New Balance 990v6, grey, men's, new");
        assertThat(curve.sizes())
                .extracting(row -> row.size().toString(), SizeCurveRow::eu, SizeCurveRow::sold, SizeCurveRow::inStock)
                .containsExactly(tuple("8", "41", 1L, 2L), tuple("9", "42.5", 1L, 2L), tuple("10", "43.5", 0L, 3L));
        assertThat(curve.sold()).isEqualTo(2);
        assertThat(curve.inStock()).isEqualTo(7);

        var brand = app.stockReports().brandSizeCurve(owner, " NEW BALANCE ", Gender.MEN, thisWeek);
        assertThat(brand.sizes()).isEqualTo(curve.sizes());
        assertThat(app.stockReports()
                        .brandSizeCurve(owner, "New Balance", Gender.WOMEN, thisWeek)
                        .sizes())
                .isEmpty();

        var lastYear = new Period(thisWeek.from().minusYears(1), thisWeek.to().minusYears(1), ZoneOffset.UTC);
        assertThat(app.stockReports()
                        .styleSizeCurve(owner, run.get(0).listingId(), lastYear)
                        .sold())
                .as("no sales then; the stock is today's")
                .isZero();

        newBalance990(owner, "used", "40", "8", "8", "4");
        assertThat(app.stockReports()
                        .styleSizeCurve(owner, run.get(2).listingId(), thisWeek)
                        .sizes())
                .as("used pairs are a style of their own, as the till and the grid list them")
                .isEqualTo(curve.sizes());
    }

    @Test
    void bestSellersRankStylesByPairsSoldNetOfRefunds() {
        assertThat(app.stockReports().bestSellers(owner, thisWeek, 10))
                .extracting(BestSeller::style, BestSeller::pairsSold, BestSeller::sales, BestSeller::inStock)
                .containsExactly(
                        tuple("Asics Gel Kayano, red, men's, new", 3L, money("150.00"), 0L),
                        tuple("New Balance 990v6, grey, men's, new", 2L, money("200.00"), 7L));
        assertThat(app.stockReports().bestSellers(owner, thisWeek, 1)).hasSize(1);
    }

    @Test
    void lowStockListsTheSizesRunningOutWithTheirRecentSales() {
        assertThat(app.stockReports().lowStock(owner, 2))
                .extracting(low -> low.sku().listingId(), low -> low.sku().stock(), low -> low.soldLast30Days())
                .containsExactly(
                        tuple(kayano.listingId(), 0, 3L),
                        tuple(run.get(0).listingId(), 2, 1L),
                        tuple(run.get(1).listingId(), 2, 1L));
        assertThat(app.stockReports().lowStock(owner, 0)).hasSize(1);
    }

    @Test
    void stockValueAtPriceAndAtCostLeavesOutPairsWithoutACost() {
        app.listings().changeStyleCost(owner, run.get(0).listingId(), "60");
        app.listings().create(owner, Fixtures.form("Vans", "black", "Old Skool", "25.00", 4));

        var value = app.stockReports().stockValue(owner);

        assertThat(value.styles())
                .extracting(
                        StockValueRow::style,
                        StockValueRow::pairs,
                        StockValueRow::atPrice,
                        StockValueRow::atCost,
                        StockValueRow::pairsWithoutCost)
                .containsExactly(
                        tuple("New Balance 990v6, grey, men's, new", 7L, money("700.00"), money("420.00"), 0L),
                        tuple("Vans Old Skool, black, men's, new", 4L, money("100.00"), money("0.00"), 4L));
        assertThat(value.pairs()).isEqualTo(11);
        assertThat(value.atPrice()).isEqualTo(money("800.00"));
        assertThat(value.atCost()).isEqualTo(money("420.00"));
        assertThat(value.pairsWithoutCost()).isEqualTo(4);

        app.listings().changeStyleCost(owner, run.get(0).listingId(), " ");
        assertThat(app.stockReports().stockValue(owner).pairsWithoutCost()).isEqualTo(11);
        assertRejectedWritingNothing(
                ValidationException.class,
                "Cost must be an amount",
                () -> app.listings().changeStyleCost(owner, run.get(0).listingId(), "-5"));
    }

    @Test
    void onlyTheOwnerOrAManagerReadsThemAndBadInputIsRefused() {
        Actor cashier = given.account("cashier");
        given.hire(owner, cashier);
        assertThatThrownBy(() -> app.stockReports().stockValue(cashier)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        app.stockReports().styleSizeCurve(cashier, run.get(0).listingId(), thisWeek))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.stockReports().lowStock(given.customer(), 2))
                .isInstanceOf(ForbiddenException.class);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "",
                () -> app.listings().changeStyleCost(cashier, run.get(0).listingId(), "1"));

        var tooLong = new Period(thisWeek.from().minusYears(2), thisWeek.to(), ZoneOffset.UTC);
        assertThatThrownBy(() -> app.stockReports().bestSellers(owner, tooLong, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("A best-seller report covers at most 366 days");
        assertThatThrownBy(() -> app.stockReports().bestSellers(owner, thisWeek, 0))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.stockReports().brandSizeCurve(owner, " ", Gender.MEN, thisWeek))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Brand must not be blank");
        assertThatThrownBy(() -> app.stockReports().lowStock(owner, -1)).isInstanceOf(ValidationException.class);
    }

    /** New Balance 990v6, grey, men's, one width, a pair count in every size from {@code from} to {@code to}. */
    private List<ListingView> newBalance990(
            Actor owner, String condition, String price, String from, String to, String pairs) {
        return app.listings()
                .createSizeRun(
                        owner,
                        new SizeRunForm(
                                "New Balance",
                                "grey",
                                "990v6",
                                condition,
                                "men",
                                price,
                                null,
                                from,
                                to,
                                false,
                                List.of("medium"),
                                pairs));
    }
}
