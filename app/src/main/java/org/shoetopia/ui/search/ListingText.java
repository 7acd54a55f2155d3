package org.shoetopia.ui.search;

import org.shoetopia.api.ListingView;
import org.shoetopia.api.SearchService;
import org.shoetopia.ui.Formats;

/** Plain-text views of listings and ratings for the detail pane. */
final class ListingText {
    private ListingText() {}

    static String comparison(ListingView first, ListingView second) {
        return String.format("%-18s %-28s %-28s%n", "", "#" + first.listingId(), "#" + second.listingId())
                + row("Shoe", first.brand() + " " + first.style(), second.brand() + " " + second.style())
                + row("Colour", first.color().code(), second.color().code())
                + row("Size", first.size().toString(), second.size().toString())
                + row("Gender", first.gender().code(), second.gender().code())
                + row("Condition", first.condition().code(), second.condition().code())
                + row("Price", Formats.money(first.price()), Formats.money(second.price()))
                + row(
                        "Sale price",
                        first.onFlashSale() ? Formats.money(first.salePrice()) : "-",
                        second.onFlashSale() ? Formats.money(second.salePrice()) : "-")
                + row("In stock", Integer.toString(first.stock()), Integer.toString(second.stock()))
                + row(
                        "Shop",
                        first.shopName() + (first.shopVerified() ? " ✔" : ""),
                        second.shopName() + (second.shopVerified() ? " ✔" : ""));
    }

    private static String row(String label, String first, String second) {
        return String.format("%-18s %-28s %-28s%n", label, first, second);
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
