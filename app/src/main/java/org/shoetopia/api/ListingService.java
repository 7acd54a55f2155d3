package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.ShoeKey;

/** Listings over the shared catalogue: create (with shoe de-duplication), restock/adjust, delist. */
public interface ListingService {
    int MAX_NOTE = 200;

    /**
     * The listing form as typed; every field is validated here, whatever screen sent it. A blank tax
     * category is the standard one.
     */
    public record ListingForm(
            String brand,
            String color,
            String style,
            String size,
            String condition,
            String gender,
            String price,
            String quantity,
            String taxCategory) {
        /** A form of a standard-rated shoe. */
        public ListingForm(
                String brand,
                String color,
                String style,
                String size,
                String condition,
                String gender,
                String price,
                String quantity) {
            this(brand, color, style, size, condition, gender, price, quantity, null);
        }
    }

    /** One stock movement, for a listing's history. */
    public record StockMove(int delta, InventoryEntry.Reason reason, String note, Instant at) {}

    /**
     * Lists a shoe. The catalogue row comes from one upsert statement, so two shops listing the same
     * new shoe at the same instant share one shoe row. The opening stock enters the ledger.
     */
    ListingView create(Actor actor, ListingForm form);

    /**
     * Adds (restock) or removes (adjust: damaged, miscounted…) stock, with a reason in the ledger.
     * The listing row is locked, so a concurrent sale and an adjustment cannot overdraw it.
     */
    ListingView adjustStock(Actor actor, long listingId, int delta, String note);

    /**
     * Only the shop's owner or a manager changes a price; a cashier is refused.
     * Changes the price, if the listing's details are still at {@code seenVersion} (the version the
     * screen showed). A save made from a stale screen is refused rather than overwriting another
     * terminal's change. Carts show the new price; orders keep what they charged.
     */
    ListingView changePrice(Actor actor, long listingId, long seenVersion, String price);

    /** Takes the listing out of search and carts; its stock and history stay. */
    void delist(Actor actor, long listingId);

    /** Sets which of the shop's tax rates the listing's units pay (owner or manager): "standard", "reduced", "exempt". */
    ListingView changeTaxCategory(Actor actor, long listingId, String taxCategory);

    /** The listings of the actor's shop, delisted ones included, newest first. */
    List<ListingView> shopListings(Actor actor);

    List<StockMove> stockHistory(Actor actor, long listingId);

    /** Catalogue shoes whose brand or style starts with what was typed, for suggestions while listing. */
    List<ShoeKey> suggestShoes(String typed);
}
