package org.shoetopia.ui.search;

import java.util.List;
import java.util.function.Function;
import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchService;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.ui.Formats;

/** What the detail pane shows of listings: two side by side, or a shop's ratings. */
final class ListingText {
    private ListingText() {}

    /** One row of two listings side by side: what it shows of each, and whether they differ. */
    record ComparedRow(String label, String first, String second) {
        boolean differs() {
            return !first.equals(second);
        }
    }

    /** Two listings side by side, row by row, as the compare grid shows them. */
    static List<ComparedRow> comparison(ListingView first, ListingView second) {
        return List.of(
                compared("Shoe", first, second, listing -> listing.brand() + " " + listing.style()),
                compared("Colour", first, second, listing -> listing.color().code()),
                compared(
                        "Size",
                        first,
                        second,
                        listing -> SizeChart.label(listing.gender(), listing.size(), listing.width())),
                compared(
                        "Condition",
                        first,
                        second,
                        listing -> listing.condition().code()),
                compared("Price", first, second, listing -> Formats.money(listing.price())),
                compared(
                        "Sale price",
                        first,
                        second,
                        listing -> listing.onFlashSale()
                                ? Formats.money(listing.salePrice()) + " (" + listing.saleUnitsLeft() + " left)"
                                : "not on sale"),
                compared("In stock", first, second, listing -> Integer.toString(listing.stock())),
                compared(
                        "Shop",
                        first,
                        second,
                        listing -> listing.shopName() + (listing.shopVerified() ? ", verified" : "")));
    }

    private static ComparedRow compared(
            String label, ListingView first, ListingView second, Function<ListingView, String> shown) {
        return new ComparedRow(label, shown.apply(first), shown.apply(second));
    }

    static String ratings(SearchService.ShopRatings ratings) {
        StringBuilder text = new StringBuilder(ratings.storeName() + (ratings.verified() ? " (verified)" : "") + ": "
                + Formats.stars(ratings.average(), ratings.count()) + "\n");
        ratings.latest()
                .forEach(entry -> text.append("★".repeat(entry.stars()))
                        .append("  ")
                        .append(Formats.dateTime(entry.ratedAt()))
                        .append('\n'));
        return text.toString();
    }
}
