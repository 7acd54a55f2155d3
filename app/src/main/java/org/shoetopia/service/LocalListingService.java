package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Coded;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Shoe;
import org.shoetopia.domain.ShoeKey;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** Listings over the shared catalogue: create (with shoe de-duplication), restock/adjust, delist. */
public final class LocalListingService implements ListingService {
    private static final int MAX_SUGGESTIONS = 20;

    private final Database database;
    private final Clock clock;

    public LocalListingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public ListingView create(Actor actor, ListingForm form) {
        ShoeKey key = ShoeKey.of(form.brand(), form.color(), form.style());
        ShoeSize size = ShoeSize.parse(form.size());
        Condition condition = Condition.parse(form.condition());
        Gender gender = Gender.parse(form.gender());
        Money price = Money.parse("price", "Price", form.price());
        if (!price.isPositive()) {
            throw new ValidationException("price", "Price must be more than 0");
        }
        int quantity = parseQuantity("quantity", form.quantity());
        TaxCategory taxCategory = TaxCategory.parse(form.taxCategory());
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            long shoeId = tx.sql().upsertShoe(key);
            Instant now = clock.instant();
            // The listing copies the shop's tier and verified flag: read under a share lock, so a
            // promotion or verification (which lock the shop row) cannot commit between copy and insert.
            Shop shop = tx.session().find(Shop.class, shopId);
            tx.session().refresh(shop, LockMode.PESSIMISTIC_READ);
            refuseRepricingByRelisting(tx, actor, shopId, shoeId, size, condition, gender, price);
            if (taxCategory != TaxCategory.STANDARD && !Access.managesShop(tx, actor, shopId)) {
                throw new ForbiddenException("Only the owner or a manager lists a shoe at the " + taxCategory.code()
                        + " tax category; list it as standard, or ask them");
            }
            Listing listing = new Listing(
                    shop, shoeId, key.color(), size, condition, gender, price, taxCategory, actor.accountId(), now);
            tx.session().persist(listing);
            moveStock(tx, listing, quantity, InventoryEntry.Reason.LISTED, null, null, actor, now);
            Audit.record(
                    tx,
                    AuditKind.LISTING_CREATED,
                    "listing " + listing.getId() + " shoe " + shoeId,
                    actor.accountId(),
                    shopId,
                    now);
            return view(tx, listing.getId());
        });
    }

    /**
     * Only the owner or a manager sets a price (changePrice): a cashier may not list a shoe the shop
     * already sells in that size, condition and fit at another price, which with a stock adjustment
     * and a delisting would reprice it all the same.
     */
    private static void refuseRepricingByRelisting(
            Tx tx,
            Actor actor,
            long shopId,
            long shoeId,
            ShoeSize size,
            Condition condition,
            Gender gender,
            Money price) {
        if (Access.managesShop(tx, actor, shopId)) {
            return;
        }
        List<Long> otherPrices = tx.session()
                .createSelectionQuery("""
                        select l.priceCents from Listing l where l.shopId = :shop and l.shoeId = :shoe
                        and l.sizeHalves = :size and l.condition = :condition and l.gender = :gender and l.active
                        and l.priceCents <> :price""", Long.class)
                .setParameter("shop", shopId)
                .setParameter("shoe", shoeId)
                .setParameter("size", size.halves())
                .setParameter("condition", condition)
                .setParameter("gender", gender)
                .setParameter("price", price.cents())
                .getResultList();
        if (!otherPrices.isEmpty()) {
            throw new ForbiddenException("The shop sells this shoe in this size already, at "
                    + Money.ofCents(otherPrices.get(0)) + ": restock that listing, or ask the owner or a manager"
                    + " for another price");
        }
    }

    @Override
    public ListingView adjustStock(Actor actor, long listingId, int delta, String note) {
        if (delta == 0) {
            throw new ValidationException("delta", "Enter a quantity other than 0");
        }
        if (Math.abs(delta) > Listing.MAX_QUANTITY) {
            throw new ValidationException("delta", "Quantity must be at most " + Listing.MAX_QUANTITY);
        }
        String reasonNote = delta < 0
                ? Text.required("note", "Reason", note, MAX_NOTE)
                : (note == null || note.isBlank() ? null : Text.required("note", "Note", note, MAX_NOTE));
        return database.inTransaction(tx -> {
            Listing listing = lockedListing(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            if (!listing.isActive()) {
                throw new ConflictException("This listing was delisted");
            }
            Instant now = clock.instant();
            moveStock(
                    tx,
                    listing,
                    delta,
                    delta > 0 ? InventoryEntry.Reason.RESTOCK : InventoryEntry.Reason.ADJUST,
                    reasonNote,
                    null,
                    actor,
                    now);
            Audit.record(
                    tx,
                    delta > 0 ? AuditKind.LISTING_RESTOCKED : AuditKind.LISTING_ADJUSTED,
                    "listing " + listingId + " " + (delta > 0 ? "+" : "") + delta,
                    actor.accountId(),
                    listing.getShopId(),
                    now);
            return view(tx, listingId);
        });
    }

    @Override
    public ListingView changePrice(Actor actor, long listingId, long seenVersion, String price) {
        Money newPrice = Money.parse("price", "Price", price);
        if (!newPrice.isPositive()) {
            throw new ValidationException("price", "Price must be more than 0");
        }
        return database.inTransaction(tx -> {
            Listing listing = tx.session().find(Listing.class, listingId);
            if (listing == null) {
                throw new NotFoundException("No listing number " + listingId);
            }
            Access.requireManagerOf(tx, actor, listing.getShopId());
            if (!listing.isActive()) {
                throw new ConflictException("This listing was delisted");
            }
            int changed = tx.session()
                    .createMutationQuery("""
                    update Listing set priceCents = :price, detailsVersion = detailsVersion + 1
                    where id = :id and detailsVersion = :seen""")
                    .setParameter("price", newPrice.cents())
                    .setParameter("id", listingId)
                    .setParameter("seen", seenVersion)
                    .executeUpdate();
            if (changed == 0) {
                throw new ConflictException("Someone changed this listing on another terminal; reload it to see"
                        + " their change, then save yours again");
            }
            Audit.record(
                    tx,
                    AuditKind.LISTING_PRICE_CHANGED,
                    "listing " + listingId + " " + newPrice,
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            tx.session().clear();
            return view(tx, listingId);
        });
    }

    @Override
    public void delist(Actor actor, long listingId) {
        database.inTransaction(tx -> {
            Listing listing = lockedListing(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            if (!listing.isActive()) {
                throw new ConflictException("This listing was already delisted");
            }
            listing.delist();
            Audit.record(
                    tx,
                    AuditKind.LISTING_DELISTED,
                    "listing " + listingId,
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            return null;
        });
    }

    @Override
    public ListingView changeTaxCategory(Actor actor, long listingId, String taxCategory) {
        // Named outright: a blank here is a slip, not "standard" as on a new listing's form.
        TaxCategory category = Coded.parse(TaxCategory.class, "taxCategory", "Tax category", taxCategory);
        return database.inTransaction(tx -> {
            Listing listing = lockedListing(tx, listingId);
            Access.requireManagerOf(tx, actor, listing.getShopId());
            if (!listing.isActive()) {
                throw new ConflictException("This listing was delisted");
            }
            if (listing.getTaxCategory() != category) {
                listing.setTaxCategory(category);
                Audit.record(
                        tx,
                        AuditKind.LISTING_TAX_CATEGORY_CHANGED,
                        "listing " + listingId + " " + category.code(),
                        actor.accountId(),
                        listing.getShopId(),
                        clock.instant());
            }
            return view(tx, listingId);
        });
    }

    @Override
    public List<ListingView> shopListings(Actor actor) {
        return database.inTransaction(tx -> tx
                .session()
                .createSelectionQuery(
                        "select " + ListingRows.COLUMNS + " " + ListingRows.FROM
                                + " where l.shopId = :shop order by l.id desc",
                        Tuple.class)
                .setParameter("shop", Access.sellingShopId(tx, actor))
                .getResultList()
                .stream()
                .map(ListingRows::listing)
                .toList());
    }

    @Override
    public List<StockMove> stockHistory(Actor actor, long listingId) {
        return database.inTransaction(tx -> {
            Listing listing = tx.session().find(Listing.class, listingId);
            if (listing == null) {
                throw new NotFoundException("No listing number " + listingId);
            }
            Access.requireSellerOf(tx, actor, listing.getShopId());
            return tx
                    .session()
                    .createSelectionQuery(
                            "from InventoryEntry where listingId = :listing order by createdAt, id",
                            InventoryEntry.class)
                    .setParameter("listing", listingId)
                    .getResultList()
                    .stream()
                    .map(e -> new StockMove(e.getDelta(), e.getReason(), e.getNote(), e.getCreatedAt()))
                    .toList();
        });
    }

    @Override
    public List<ShoeKey> suggestShoes(String typed) {
        String prefix = Text.searchable(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        String pattern = LocalSearchService.likeEscape(prefix) + "%";
        return database.inTransaction(tx -> tx
                .session()
                .createSelectionQuery("""
                select s from Shoe s where s.brand like :p escape '\\' or s.style like :p escape '\\'
                order by s.brand, s.style, s.color""", Shoe.class)
                .setParameter("p", pattern)
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultList()
                .stream()
                .map(Shoe::key)
                .toList());
    }

    static ListingView view(Tx tx, long listingId) {
        tx.session().flush();
        Tuple row = tx.session()
                .createSelectionQuery(
                        "select " + ListingRows.COLUMNS + " " + ListingRows.FROM + " where l.id = :id", Tuple.class)
                .setParameter("id", listingId)
                .getSingleResultOrNull();
        if (row == null) {
            throw new NotFoundException("No listing number " + listingId);
        }
        return ListingRows.listing(row);
    }

    static Listing lockedListing(Tx tx, long listingId) {
        Listing listing = tx.session().find(Listing.class, listingId, LockMode.PESSIMISTIC_WRITE);
        if (listing == null) {
            throw new NotFoundException("No listing number " + listingId);
        }
        return listing;
    }

    /** The one way stock moves: the stock row and its ledger entry together. Caller holds the row lock. */
    static void moveStock(
            Tx tx,
            Listing listing,
            int delta,
            InventoryEntry.Reason reason,
            String note,
            Long orderId,
            Actor actor,
            Instant now) {
        listing.moveStock(delta);
        tx.session().persist(new InventoryEntry(listing.getId(), delta, reason, note, orderId, actor.accountId(), now));
    }

    static int parseQuantity(String field, String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d{1,6}") || Integer.parseInt(digits) == 0) {
            throw new ValidationException(field, "Quantity must be a whole number from 1 to " + Listing.MAX_QUANTITY);
        }
        int quantity = Integer.parseInt(digits);
        if (quantity > Listing.MAX_QUANTITY) {
            throw new ValidationException(field, "Quantity must be a whole number from 1 to " + Listing.MAX_QUANTITY);
        }
        return quantity;
    }
}
