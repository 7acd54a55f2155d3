package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoetopia.support.Fixtures.money;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.ServiceTest;

@ParameterizedClass
@EnumSource(Backend.class)
class SearchServiceTest extends ServiceTest {
    private Actor plainShop;
    private Actor promotedShop;
    private long plainShopId;

    SearchServiceTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void twoShopsWithListings() {
        plainShop = given.owner();
        promotedShop = given.owner();
        plainShopId = given.shopOf(plainShop);
        list(plainShop, "Nike", "black", "Air Max 90", "10.5", "new", "men", "120.00", "2");
        list(plainShop, "Nike", "white", "Air Force 1", "9", "used", "women", "60.00", "1");
        list(plainShop, "Adidas", "white", "Samba 100%_Suede", "10.5", "new", "unisex", "95.00", "4");
        list(plainShop, "Vans", "red", "Old Skool", "7", "new", "youth", "45.00", "3");
        list(promotedShop, "Nike", "black", "Air Max 95", "11", "new", "men", "150.00", "1");
        list(promotedShop, "Asics", "blue", "Gel Kayano", "10.5", "used", "men", "80.00", "2");
        var soldOut = list(promotedShop, "Nike", "black", "Air Max 1", "10.5", "new", "men", "10.00", "1");
        given.purchase(given.customer(), soldOut.listingId(), 1);
        // The buyer's purchase gives the promoted shop a balance to pay for tier 1.
        app.shops().buyPromotion(promotedShop, 1);
    }

    private ListingView list(
            Actor owner,
            String brand,
            String color,
            String style,
            String size,
            String condition,
            String gender,
            String price,
            String quantity) {
        return app.listings()
                .create(owner, new ListingForm(brand, color, style, size, condition, gender, price, quantity));
    }

    @Test
    void onlyListingsInStockAreFoundPromotedShopsFirstThenCheapest() {
        var page = app.search().search(SearchCriteria.any());

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.listings())
                .extracting(ListingView::style)
                .containsExactly(
                        "Gel Kayano", "Air Max 95", "Old Skool", "Air Force 1", "Samba 100%_Suede", "Air Max 90");
    }

    @Test
    void sortingByPriceComesBeforePromotion() {
        assertThat(app.search()
                        .search(SearchCriteria.any().sortedBy(SearchCriteria.Sort.PRICE_ASCENDING))
                        .listings())
                .extracting(ListingView::price)
                .containsExactly(money("45"), money("60"), money("80"), money("95"), money("120"), money("150"));
        assertThat(app.search()
                        .search(SearchCriteria.any().sortedBy(SearchCriteria.Sort.PRICE_DESCENDING))
                        .listings())
                .first()
                .extracting(ListingView::price)
                .isEqualTo(money("150"));
    }

    @Test
    void everyFilterNarrowsTheResults() {
        assertThat(total(SearchCriteria.any().brand("NIK"))).isEqualTo(3);
        assertThat(total(SearchCriteria.any().style("air max"))).isEqualTo(2);
        assertThat(total(SearchCriteria.any().style("100%_")))
                .as("wildcards match themselves")
                .isEqualTo(1);
        assertThat(total(SearchCriteria.any().style("%"))).isEqualTo(1);
        assertThat(total(SearchCriteria.any().size(ShoeSize.parse("10.5")))).isEqualTo(3);
        // EU 44.5 is a men's (and unisex) 10.5 and a women's 12: each scale its own US size
        assertThat(total(SearchCriteria.any().size(SizeChart.parseQuery("EU 44.5"))))
                .isEqualTo(total(SearchCriteria.any()
                                .size(ShoeSize.parse("10.5"))
                                .gender(Gender.MEN))
                        + total(SearchCriteria.any()
                                .size(ShoeSize.parse("10.5"))
                                .gender(Gender.UNISEX))
                        + total(SearchCriteria.any().size(ShoeSize.parse("12")).gender(Gender.WOMEN)));
        assertThat(total(SearchCriteria.any()
                        .size(SizeChart.parseQuery("EU 44.5"))
                        .gender(Gender.WOMEN)))
                .isEqualTo(total(SearchCriteria.any().size(ShoeSize.parse("12")).gender(Gender.WOMEN)));
        assertThat(total(SearchCriteria.any().size(SizeChart.parseQuery("EU 80"))))
                .as("off every chart")
                .isZero();
        assertThat(total(SearchCriteria.any().size(SizeChart.parseQuery("EU 44.5"))))
                .isPositive();
        assertThat(total(SearchCriteria.any().color(Color.WHITE))).isEqualTo(2);
        assertThat(total(SearchCriteria.any().gender(Gender.MEN))).isEqualTo(3);
        assertThat(total(SearchCriteria.any().condition(Condition.USED))).isEqualTo(2);
        assertThat(total(SearchCriteria.any().priceBetween(money("60"), money("95"))))
                .isEqualTo(3);
        assertThat(total(SearchCriteria.any().shop(plainShopId))).isEqualTo(4);
        assertThat(total(SearchCriteria.any().verifiedOnly(true))).isZero();
        assertThat(total(SearchCriteria.any()
                        .brand("nike")
                        .color(Color.BLACK)
                        .gender(Gender.MEN)
                        .size(ShoeSize.parse("11"))))
                .isEqualTo(1);
        assertThat(total(SearchCriteria.any().brand("'; drop table listings; --")))
                .isZero();
    }

    @Test
    void flashSaleOnlyShowsTheSaleShopsListingsWithTheSalePrice() {
        app.flashSales().start(plainShop, 5, 10);

        var page = app.search().search(SearchCriteria.any().flashSaleOnly(true));

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.listings()).allSatisfy(listing -> {
            assertThat(listing.onFlashSale()).isTrue();
            assertThat(listing.saleUnitsLeft()).isEqualTo(5);
        });
        assertThat(page.listings())
                .filteredOn(l -> l.style().equals("Old Skool"))
                .singleElement()
                .satisfies(l -> assertThat(l.salePrice()).isEqualTo(money("40.50")));
    }

    @Test
    void resultsArePagedWithATotalCount() {
        var second = app.search().search(SearchCriteria.any().page(2, 4));

        assertThat(second.total()).isEqualTo(6);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(second.listings()).extracting(ListingView::style).containsExactly("Samba 100%_Suede", "Air Max 90");
        assertThat(app.search().search(SearchCriteria.any().page(3, 4)).listings())
                .isEmpty();
    }

    @Test
    void aFewMatchesSortedHereGiveThePagesTheDatabaseSortGives() {
        // ties on tier and price, broken by listing number
        list(plainShop, "Puma", "black", "Suede", "9", "new", "men", "95.00", "1");
        list(plainShop, "Puma", "white", "Suede", "9", "new", "women", "95.00", "1");
        var inTheDatabase = new LocalSearchService(database, 0);
        var here = new LocalSearchService(database, 1_000);
        for (SearchCriteria.Sort sort : SearchCriteria.Sort.values()) {
            for (SearchCriteria filter : List.of(
                    SearchCriteria.any(),
                    SearchCriteria.any().color(Color.BLACK),
                    SearchCriteria.any().gender(Gender.MEN))) {
                for (int page = 1; page <= 5; page++) {
                    SearchCriteria criteria = filter.sortedBy(sort).page(page, 2);
                    assertThat(here.search(criteria).listings())
                            .as(criteria.toString())
                            .extracting(ListingView::listingId)
                            .containsExactlyElementsOf(inTheDatabase.search(criteria).listings().stream()
                                    .map(ListingView::listingId)
                                    .toList());
                }
            }
        }
        var twoAtMost = new LocalSearchService(database, 2);
        SearchCriteria firstPage = SearchCriteria.any().page(1, 2);
        assertThat(twoAtMost.search(firstPage, 1L).listings())
                .as("a total the client claims small reads no more than the cap, then lets the database sort")
                .extracting(ListingView::listingId)
                .containsExactlyElementsOf(inTheDatabase.search(firstPage).listings().stream()
                        .map(ListingView::listingId)
                        .toList());
    }

    @Test
    void badCriteriaAreRejected() {
        assertRejectedWritingNothing(
                ValidationException.class,
                "from 1 to 10000",
                () -> SearchCriteria.any().page(0, 10));
        assertRejectedWritingNothing(
                ValidationException.class,
                "from 1 to 10000",
                () -> SearchCriteria.any().page(Integer.MAX_VALUE, 100));
        assertRejectedWritingNothing(
                ValidationException.class,
                "0 to 100 of the latest",
                () -> app.search().shopRatings(1, 1_000_000));
        assertRejectedWritingNothing(
                ValidationException.class,
                "1 to 100",
                () -> SearchCriteria.any().page(1, 1000));
        assertRejectedWritingNothing(
                ValidationException.class,
                "not be below",
                () -> SearchCriteria.any().priceBetween(money("100"), money("50")));
    }

    @Test
    void twoListingsCompareSideBySideAndAShopsRatingsAreShown() {
        var page =
                app.search().search(SearchCriteria.any().brand("nike").sortedBy(SearchCriteria.Sort.PRICE_ASCENDING));

        var comparison = app.search()
                .compare(
                        page.listings().get(0).listingId(),
                        page.listings().get(1).listingId());

        assertThat(comparison.first().price()).isEqualTo(money("60"));
        assertThat(comparison.second().price()).isEqualTo(money("120"));
        var ratings = app.search().shopRatings(plainShopId, 5);
        assertThat(ratings.count()).isZero();
        assertThat(ratings.storeName()).startsWith("Shop");
    }

    private long total(SearchCriteria criteria) {
        return app.search().search(criteria).total();
    }
}
