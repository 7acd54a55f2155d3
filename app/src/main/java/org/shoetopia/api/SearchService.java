package org.shoetopia.api;

import java.time.Instant;
import java.util.List;

/** Catalogue search, listing comparison and shop ratings: read-only, open to every signed-in account. */
public interface SearchService {
    /** The most of a shop's latest ratings one call shows. */
    int MAX_LATEST_RATINGS = 100;

    public record SearchPage(List<ListingView> listings, long total, int page, int pageSize) {
        public int pageCount() {
            return (int) ((total + pageSize - 1) / pageSize);
        }
    }

    public record Comparison(ListingView first, ListingView second) {}

    public record RatingEntry(int stars, Instant ratedAt) {}

    public record ShopRatings(
            long shopId, String storeName, boolean verified, long count, double average, List<RatingEntry> latest) {}

    /** Listings in stock that match every given filter, promoted shops first unless sorted by price, with the total. */
    SearchPage search(SearchCriteria criteria);

    /**
     * The same, for paging through results already counted: {@code knownTotal} (the total of the first
     * page) is reused instead of counting every match again for each page.
     *
     * <p>A page is found in two steps (a "deferred join"): first the ids of the page, sorted and cut on
     * the listings table alone, where the partial indexes hold each sort order; then those rows with
     * their shoe, shop and sale. Brand and style match the catalogue's few thousand shoes first, and
     * the listings are then filtered by those shoe ids, which one index serves with the sort columns.
     */
    SearchPage search(SearchCriteria criteria, Long knownTotal);

    /** One listing by its number, as typed or scanned at the till. */
    ListingView listing(long listingId);

    Comparison compare(long firstListingId, long secondListingId);

    ShopRatings shopRatings(long shopId, int latestCount);
}
