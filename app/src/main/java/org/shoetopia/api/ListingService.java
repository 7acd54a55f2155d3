package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.ShownShoe;

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
            String taxCategory,
            String width) {
        /** A form of a medium-width shoe; a blank tax category is the standard one. */
        public ListingForm(
                String brand,
                String color,
                String style,
                String size,
                String condition,
                String gender,
                String price,
                String quantity,
                String taxCategory) {
            this(brand, color, style, size, condition, gender, price, quantity, taxCategory, null);
        }

        /** A form of a standard-rated, medium-width shoe. */
        public ListingForm(
                String brand,
                String color,
                String style,
                String size,
                String condition,
                String gender,
                String price,
                String quantity) {
            this(brand, color, style, size, condition, gender, price, quantity, null, null);
        }
    }

    /**
     * A style's size run as typed: the shoe, the shop's choices, sizes {@code fromSize} to {@code
     * toSize} (US, on the gender's scale) in whole sizes or halves too, in each of {@code widths}, with
     * {@code quantityEach} of every cell. "Men's 7–12 in medium and wide, 3 of each."
     */
    public record SizeRunForm(
            String brand,
            String color,
            String style,
            String condition,
            String gender,
            String price,
            String taxCategory,
            String fromSize,
            String toSize,
            boolean halfSizes,
            List<String> widths,
            String quantityEach) {}

    int MAX_RUN_CELLS = 200;

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

    /**
     * The shop's SKU of the form's style, condition, size and width, if it has one (delisted too):
     * listing it again adds stock to that SKU, so the screen says so first. Create refuses a SKU
     * that exists.
     */
    Optional<ListingView> findSku(Actor actor, ListingForm form);

    /** Puts a delisted SKU back on sale with {@code quantity} more in stock; price and barcode as they were. */
    ListingView relist(Actor actor, long listingId, int quantity);

    /**
     * Creates every cell of a size run in one transaction, each with its opening stock in the ledger;
     * refused, naming them, if any of its cells is listed already (restock those on the grid).
     */
    List<ListingView> createSizeRun(Actor actor, SizeRunForm form);

    /**
     * A style the shop sells, as the till finds it: the shoe, the shop's condition and gender, its
     * SKUs on sale and the pairs they hold, and {@code anyListingId} to open its grid by.
     */
    public record StyleView(
            long anyListingId,
            String brand,
            String style,
            org.shoetopia.domain.Color color,
            org.shoetopia.domain.Condition condition,
            org.shoetopia.domain.Gender gender,
            int skus,
            int pairs,
            org.shoetopia.domain.Money lowestPrice,
            org.shoetopia.domain.Money highestPrice) {
        /** "nike air max 90, black, men's, new". */
        public String name() {
            return nameOf(brand, style, color, gender, condition);
        }

        /** How every screen and report names a style. */
        public static String nameOf(
                String brand,
                String style,
                org.shoetopia.domain.Color color,
                org.shoetopia.domain.Gender gender,
                org.shoetopia.domain.Condition condition) {
            return brand + " " + style + ", " + color.code() + ", " + org.shoetopia.domain.SizeChart.scaleName(gender)
                    + ", " + condition.code();
        }
    }

    int MAX_STYLES_FOUND = 12;

    /**
     * The styles on sale in the actor's shop whose brand and style hold what was typed ("air max",
     * "nike air"), case-blind, at most {@link #MAX_STYLES_FOUND}, by brand and style.
     */
    List<StyleView> findStyles(Actor actor, String typed);

    /** Every SKU of the listing's style (same shoe, condition and gender in its shop), delisted too, by size and width. */
    List<ListingView> styleGrid(Actor actor, long listingId);

    /** Sets the price of every SKU of the listing's style still on sale (owner or manager). */
    List<ListingView> changeStylePrice(Actor actor, long listingId, String price);

    /**
     * Sets what a pair of every SKU of the listing's style cost the shop (owner or manager), for the
     * stock's value at cost; a blank clears it.
     */
    void changeStyleCost(Actor actor, long listingId, String cost);

    /** Delists every SKU of the listing's style still on sale. */
    void delistStyle(Actor actor, long listingId);

    /**
     * Enters (or, blank, clears) the manufacturer's UPC/EAN of a SKU; scanning it then finds the SKU.
     * A code another SKU of the shop carries is refused.
     */
    ListingView setManufacturerCode(Actor actor, long listingId, String code);

    /** The SKU of the actor's shop a scanned barcode names: its manufacturer's code or in-store EAN-13. */
    ListingView scan(Actor actor, String barcode);

    /** A supplier's delivery as entered: its note's reference and how many of each SKU came. */
    public record DeliveryForm(String supplier, String reference, List<DeliveryItem> lines) {}

    public record DeliveryItem(long listingId, int quantity) {}

    /** A delivery received: what came of each SKU, and each SKU as it now stands. */
    public record ReceivedDelivery(
            long deliveryId, String supplier, String reference, Instant receivedAt, List<ReceivedLine> lines) {
        public int units() {
            return lines.stream().mapToInt(ReceivedLine::quantity).sum();
        }
    }

    public record ReceivedLine(ListingView sku, int quantity) {}

    /**
     * Receives a delivery: every line's stock into the ledger (reason "received") in one
     * transaction, under the listings' row locks as a checkout takes them. A SKU named twice counts
     * once with both quantities; a delivery note (supplier and reference) is received only once.
     */
    ReceivedDelivery receiveDelivery(Actor actor, DeliveryForm form);

    /** A SKU's count: what was on the shelf, what the books held then, and the difference. */
    public record CountLine(ListingView sku, int counted, int heldAtCount, Instant countedAt) {
        public int variance() {
            return counted - heldAtCount;
        }
    }

    /** A stocktake and its counts so far, by listing number; posted once, then closed. */
    public record StocktakeView(long stocktakeId, Instant startedAt, Instant postedAt, List<CountLine> counts) {
        public boolean open() {
            return postedAt == null;
        }
    }

    /** Opens the shop's stocktake (one at a time); the one open already is refused, naming it. */
    StocktakeView startStocktake(Actor actor);

    /** The shop's open stocktake, if one is. */
    Optional<StocktakeView> openStocktake(Actor actor);

    /**
     * Records what is on the shelf of a SKU now, with the stock the books hold at this moment; a
     * recount replaces it. By grid or by scanning, any of the shop's staff counts.
     */
    StocktakeView count(Actor actor, long listingId, int counted);

    /** One more pair of a SKU on the shelf (a scanned label), added to its count where the count is kept. */
    StocktakeView countOneMore(Actor actor, long listingId);

    /**
     * Posts the open stocktake (owner or manager): every counted SKU adjusted in the ledger by its
     * variance, reason "stocktake", under the listings' row locks as a checkout takes them, in one
     * transaction. A sale made after a SKU's count stays sold.
     */
    StocktakeView postStocktake(Actor actor, long stocktakeId);

    /** Sets which of the shop's tax rates the listing's units pay (owner or manager): "standard", "reduced", "exempt". */
    ListingView changeTaxCategory(Actor actor, long listingId, String taxCategory);

    /** The listings of the actor's shop, delisted ones included, newest first. */
    List<ListingView> shopListings(Actor actor);

    List<StockMove> stockHistory(Actor actor, long listingId);

    /** Catalogue shoes whose brand or style starts with what was typed, for suggestions while listing. */
    List<ShownShoe> suggestShoes(String typed);
}
