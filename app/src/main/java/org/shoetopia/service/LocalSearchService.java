package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.api.SearchService;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** Catalogue search, listing comparison and shop ratings: read-only, open to every signed-in account. */
public final class LocalSearchService implements SearchService {
    private final Database database;
    private final int sortedHereUpTo;

    public LocalSearchService(Database database) {
        this(database, SORTED_HERE_UP_TO);
    }

    /** A search that sorts here up to {@code sortedHereUpTo} matches; tests compare both ways on the same rows. */
    LocalSearchService(Database database, int sortedHereUpTo) {
        this.database = database;
        this.sortedHereUpTo = sortedHereUpTo;
    }

    /**
     * A US size is that number on every scale, as on the box. A UK, EU or cm size is a different US
     * size on each gender's scale (EU 42 is a men's 8.5, a women's 10): one clause per scale.
     */
    private static void sizeFilter(
            SizeChart.SizeQuery size, Gender onlyGender, StringBuilder where, Map<String, Object> parameters) {
        if (size.system().equals("us")) {
            where.append(" and l.sizeHalves = :size");
            parameters.put("size", size.tenths() / 5);
            return;
        }
        List<String> clauses = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            if (onlyGender != null && gender != onlyGender) {
                continue;
            }
            var us = size.usSize(gender);
            if (us.isPresent()) {
                clauses.add(
                        "(l.gender = :gender_" + gender.code() + " and l.sizeHalves = :size_" + gender.code() + ")");
                parameters.put("gender_" + gender.code(), gender);
                parameters.put("size_" + gender.code(), us.get().halves());
            }
        }
        where.append(clauses.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", clauses) + ")");
    }

    @Override
    public SearchPage search(SearchCriteria criteria) {
        return search(criteria, null);
    }

    @Override
    public SearchPage search(SearchCriteria criteria, Long knownTotal) {
        String brand = Text.searchable(criteria.brand());
        String style = Text.searchable(criteria.style());
        StringBuilder where = new StringBuilder(" where l.active = true and l.stock > 0");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (criteria.size() != null) {
            sizeFilter(criteria.size(), criteria.gender(), where, parameters);
        }
        if (criteria.color() != null) {
            where.append(" and l.color = :color");
            parameters.put("color", criteria.color());
        }
        if (criteria.gender() != null) {
            where.append(" and l.gender = :gender");
            parameters.put("gender", criteria.gender());
        }
        if (criteria.condition() != null) {
            where.append(" and l.condition = :condition");
            parameters.put("condition", criteria.condition());
        }
        if (criteria.minPrice() != null) {
            where.append(" and l.priceCents >= :minPrice");
            parameters.put("minPrice", criteria.minPrice().cents());
        }
        if (criteria.maxPrice() != null) {
            where.append(" and l.priceCents <= :maxPrice");
            parameters.put("maxPrice", criteria.maxPrice().cents());
        }
        if (criteria.shopId() != null) {
            where.append(" and l.shopId = :shop");
            parameters.put("shop", criteria.shopId());
        }
        if (criteria.verifiedOnly()) {
            where.append(" and l.shopVerified = true");
        }
        String order = switch (criteria.sort()) {
            case PROMOTED_THEN_PRICE -> " order by l.shopPromotionTier desc, l.priceCents asc, l.id asc";
            case PRICE_ASCENDING -> " order by l.priceCents asc, l.shopPromotionTier desc, l.id asc";
            case PRICE_DESCENDING -> " order by l.priceCents desc, l.shopPromotionTier desc, l.id asc";
        };
        return database.inTransaction(tx -> {
            if (!brand.isEmpty() || !style.isEmpty()) {
                List<Long> shoeIds = matchingShoes(tx, brand, style);
                if (shoeIds.isEmpty()) {
                    return new SearchPage(List.of(), 0, criteria.page(), criteria.pageSize());
                }
                where.append(" and l.shoeId in :shoes");
                parameters.put("shoes", shoeIds);
            }
            if (criteria.flashSaleOnly()) {
                // The shops selling now first (a few hundred at most), then their listings through
                // the shop index: a per-listing test of the sale's units walked the whole sort order
                // when the sales' shops hold few of the listings.
                List<Long> saleShops = tx.session()
                        .createSelectionQuery(
                                "select f.activeShopId from FlashSale f where f.activeShopId is not null and "
                                        + SaleUnits.leftOf("f") + " > 0",
                                Long.class)
                        .getResultList();
                if (saleShops.isEmpty()) {
                    return new SearchPage(List.of(), 0, criteria.page(), criteria.pageSize());
                }
                where.append(" and l.shopId in :saleShops");
                parameters.put("saleShops", saleShops);
            }
            long total;
            if (knownTotal != null) {
                total = knownTotal;
            } else {
                var count = tx.session().createSelectionQuery("select count(*) from Listing l" + where, Long.class);
                parameters.forEach(count::setParameter);
                total = count.getSingleResult();
            }
            int offset = (criteria.page() - 1) * criteria.pageSize();
            // A page past the last holds nothing: not asked, since finding that out walks the whole
            // sort order when few listings match (the flash-sale filter's page 100 took 40 ms).
            if (offset >= total) {
                return new SearchPage(List.of(), total, criteria.page(), criteria.pageSize());
            }
            // The total may be the client's, from its first page: the read below is capped on its own.
            List<Long> pageIds = total <= sortedHereUpTo
                    ? fewMatchesPage(
                            tx,
                            where.toString(),
                            parameters,
                            criteria.sort(),
                            offset,
                            criteria.pageSize(),
                            sortedHereUpTo)
                    : null;
            if (pageIds == null) {
                pageIds = pageOfIds(tx, where + order, parameters, offset, criteria.pageSize());
            }
            List<ListingView> page = pageIds.isEmpty()
                    ? List.of()
                    : tx
                            .session()
                            .createSelectionQuery(
                                    "select " + ListingRows.COLUMNS + " " + ListingRows.FROM + " where l.id in :ids"
                                            + order,
                                    Tuple.class)
                            .setParameter("ids", pageIds)
                            .getResultList()
                            .stream()
                            .map(ListingRows::listing)
                            .toList();
            return new SearchPage(page, total, criteria.page(), criteria.pageSize());
        });
    }

    /**
     * Up to this many matches, a page's ids are cut from all of them sorted here, not read in the
     * sort index's order: PostgreSQL guesses a filter on a few shops (the flash-sale filter) matches
     * tens of times the rows it does, then walks the sort index past most of the catalogue to find
     * page 10 (26 ms at full scale, against 1 ms reading the matches by their shops).
     */
    static final int SORTED_HERE_UP_TO = 2_000;

    private static List<Long> pageOfIds(
            Tx tx, String whereAndOrder, Map<String, Object> parameters, int offset, int pageSize) {
        var ids = tx.session().createSelectionQuery("select l.id from Listing l" + whereAndOrder, Long.class);
        parameters.forEach(ids::setParameter);
        return ids.setFirstResult(offset).setMaxResults(pageSize).getResultList();
    }

    /**
     * The page of a search with few matches: every match's sort keys read, sorted as the query's order
     * sorts; null when more than {@code atMost} match after all (listed since the count, or a total
     * the client sent), so the database sorts them.
     */
    private static List<Long> fewMatchesPage(
            Tx tx,
            String where,
            Map<String, Object> parameters,
            SearchCriteria.Sort sort,
            int offset,
            int pageSize,
            int atMost) {
        var query = tx.session()
                .createSelectionQuery(
                        "select l.id, l.shopPromotionTier, l.priceCents from Listing l" + where, Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(atMost + 1).getResultList();
        if (rows.size() > atMost) {
            return null;
        }
        Comparator<Object[]> tierFirst =
                Comparator.comparingInt((Object[] row) -> (Integer) row[1]).reversed();
        Comparator<Object[]> price = Comparator.comparingLong((Object[] row) -> (Long) row[2]);
        Comparator<Object[]> byId = Comparator.comparingLong((Object[] row) -> (Long) row[0]);
        Comparator<Object[]> order = switch (sort) {
            case PROMOTED_THEN_PRICE -> tierFirst.thenComparing(price).thenComparing(byId);
            case PRICE_ASCENDING -> price.thenComparing(tierFirst).thenComparing(byId);
            case PRICE_DESCENDING -> price.reversed().thenComparing(tierFirst).thenComparing(byId);
        };
        return rows.stream()
                .sorted(order)
                .skip(offset)
                .limit(pageSize)
                .map(row -> (Long) row[0])
                .toList();
    }

    /** The catalogue shoes whose brand and style contain what was typed: a few thousand rows at most. */
    private static List<Long> matchingShoes(Tx tx, String brand, String style) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!brand.isEmpty()) {
            where.append(" and s.brand like :brand escape '\\'");
            parameters.put("brand", "%" + likeEscape(brand) + "%");
        }
        if (!style.isEmpty()) {
            where.append(" and s.style like :style escape '\\'");
            parameters.put("style", "%" + likeEscape(style) + "%");
        }
        var query = tx.session().createSelectionQuery("select s.id from Shoe s" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public ListingView listing(long listingId) {
        return database.inTransaction(tx -> LocalListingService.view(tx, listingId));
    }

    @Override
    public Comparison compare(long firstListingId, long secondListingId) {
        return database.inTransaction(tx -> new Comparison(
                LocalListingService.view(tx, firstListingId), LocalListingService.view(tx, secondListingId)));
    }

    @Override
    public ShopRatings shopRatings(long shopId, int latestCount) {
        if (latestCount < 0 || latestCount > MAX_LATEST_RATINGS) {
            throw new ValidationException("latestCount", "Show 0 to " + MAX_LATEST_RATINGS + " of the latest ratings");
        }
        return database.inTransaction(tx -> {
            Shop shop = tx.session().find(Shop.class, shopId);
            if (shop == null) {
                throw new NotFoundException("No such shop");
            }
            ShopStats stats = ShopStats.of(tx, shopId);
            List<RatingEntry> latest = tx.session()
                    .createSelectionQuery(
                            "select r.stars, r.ratedAt from Rating r where r.shopId = :shop order by r.ratedAt desc",
                            RatingEntry.class)
                    .setParameter("shop", shopId)
                    .setMaxResults(Math.max(0, latestCount))
                    .getResultList();
            return new ShopRatings(
                    shopId,
                    shop.getStoreName(),
                    shop.getVerificationStatus() == VerificationStatus.VERIFIED,
                    stats.ratingCount(),
                    stats.ratingAverage(),
                    latest);
        });
    }

    /** Escapes LIKE wildcards so typed % and _ match themselves. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
