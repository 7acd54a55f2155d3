package org.shoetopia.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.VerificationStatus;
import org.shoetopia.persistence.Database;

/** Catalogue search, listing comparison and shop ratings: read-only, open to every signed-in account. */
public final class SearchService {
    private final Database database;

    public SearchService(Database database) {
        this.database = database;
    }

    public record SearchPage(List<ListingView> listings, long total, int page, int pageSize) {
        public int pageCount() {
            return (int) ((total + pageSize - 1) / pageSize);
        }
    }

    public record Comparison(ListingView first, ListingView second) {
    }

    public record RatingEntry(int stars, Instant ratedAt) {
    }

    public record ShopRatings(long shopId, String storeName, boolean verified, long count, double average,
            List<RatingEntry> latest) {
    }

    /** Listings in stock that match every given filter, promoted shops first unless sorted by price, with the total. */
    public SearchPage search(SearchCriteria criteria) {
        return search(criteria, null);
    }

    /**
     * The same, for paging through results already counted: {@code knownTotal} (the total of the first
     * page) is reused instead of counting every match again for each page.
     */
    public SearchPage search(SearchCriteria criteria, Long knownTotal) {
        StringBuilder where = new StringBuilder(" where l.active = true and l.stock > 0");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String brand = Text.searchable(criteria.brand());
        if (!brand.isEmpty()) {
            where.append(" and s.brand like :brand escape '\\'");
            parameters.put("brand", "%" + likeEscape(brand) + "%");
        }
        String style = Text.searchable(criteria.style());
        if (!style.isEmpty()) {
            where.append(" and s.style like :style escape '\\'");
            parameters.put("style", "%" + likeEscape(style) + "%");
        }
        if (criteria.size() != null) {
            where.append(" and l.sizeHalves = :size");
            parameters.put("size", criteria.size().halves());
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
        if (criteria.flashSaleOnly()) {
            where.append(" and f.id is not null and f.unitsLeft > 0");
        }
        String order = switch (criteria.sort()) {
            case PROMOTED_THEN_PRICE -> " order by l.shopPromotionTier desc, l.priceCents asc, l.id asc";
            case PRICE_ASCENDING -> " order by l.priceCents asc, l.shopPromotionTier desc, l.id asc";
            case PRICE_DESCENDING -> " order by l.priceCents desc, l.shopPromotionTier desc, l.id asc";
        };
        return database.inTransaction(tx -> {
            var rows = tx.session().createSelectionQuery(
                    "select " + ListingView.COLUMNS + " " + ListingView.FROM + where + order, Object[].class);
            var count = tx.session().createSelectionQuery(
                    "select count(*) " + countFrom(criteria) + where, Long.class);
            parameters.forEach((name, value) -> {
                rows.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<ListingView> page = rows.setFirstResult((criteria.page() - 1) * criteria.pageSize())
                    .setMaxResults(criteria.pageSize()).getResultList().stream().map(ListingView::fromRow).toList();
            long total = knownTotal != null ? knownTotal : count.getSingleResult();
            return new SearchPage(page, total, criteria.page(), criteria.pageSize());
        });
    }

    /** The count reads only the tables its filters need: most searches count listings alone. */
    private static String countFrom(SearchCriteria criteria) {
        StringBuilder from = new StringBuilder("from Listing l");
        if (!Text.searchable(criteria.brand()).isEmpty() || !Text.searchable(criteria.style()).isEmpty()) {
            from.append(" join Shoe s on s.id = l.shoeId");
        }
        if (criteria.flashSaleOnly()) {
            from.append(" join FlashSale f on f.activeShopId = l.shopId");
        }
        return from.toString();
    }

    /** One listing by its number, as typed or scanned at the till. */
    public ListingView listing(long listingId) {
        return database.inTransaction(tx -> ListingService.view(tx, listingId));
    }

    public Comparison compare(long firstListingId, long secondListingId) {
        return database.inTransaction(tx -> new Comparison(ListingService.view(tx, firstListingId),
                ListingService.view(tx, secondListingId)));
    }

    public ShopRatings shopRatings(long shopId, int latestCount) {
        return database.inTransaction(tx -> {
            Shop shop = tx.session().find(Shop.class, shopId);
            if (shop == null) {
                throw new NotFoundException("No such shop");
            }
            ShopStats stats = ShopStats.of(tx, shopId);
            List<RatingEntry> latest = tx.session().createSelectionQuery(
                    "select r.stars, r.ratedAt from Rating r where r.shopId = :shop order by r.ratedAt desc",
                    Object[].class).setParameter("shop", shopId).setMaxResults(Math.max(0, latestCount))
                    .getResultList().stream().map(r -> new RatingEntry((Integer) r[0], (Instant) r[1])).toList();
            return new ShopRatings(shopId, shop.getStoreName(),
                    shop.getVerificationStatus() == VerificationStatus.VERIFIED, stats.ratingCount(),
                    stats.ratingAverage(), latest);
        });
    }

    /** Escapes LIKE wildcards so typed % and _ match themselves. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
