package org.shoetopia.service;

import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Coded;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Delivery;
import org.shoetopia.domain.DeliveryLine;
import org.shoetopia.domain.Ean13;
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
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.Stocktake;
import org.shoetopia.domain.StocktakeCount;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.Validation;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
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

    /** What names one cell of a style's grid in a shop: the shoe, its condition, gender, size and width. */
    private record Cell(ShoeKey key, ShownShoe shown, Condition condition, Gender gender, ShoeSize size, Width width) {
        static Cell of(ListingForm form) {
            Validation checks = new Validation();
            Cell cell = of(form, checks);
            checks.done();
            return cell;
        }

        /** The shoe's cell, its broken rules left in {@code checks} beside the rest of the form's. */
        static Cell of(ListingForm form, Validation checks) {
            ShoeKey key = checks.check(() -> ShoeKey.of(form.brand(), form.color(), form.style()));
            ShownShoe shown = key == null ? null : ShownShoe.typed(key, form.brand(), form.style());
            Condition condition = checks.check(() -> Condition.parse(form.condition()));
            Gender gender = checks.check(() -> Gender.parse(form.gender()));
            ShoeSize size = checks.check(() -> ShoeSize.parse(form.size()));
            Width width = gender == null ? null : checks.check(() -> widthOf(form.width(), gender));
            return new Cell(key, shown, condition, gender, size, width);
        }

        String label() {
            return SizeChart.label(gender, size, width);
        }
    }

    /** A listing form with every field checked at once. */
    private record CheckedForm(Cell cell, Money price, int quantity, TaxCategory taxCategory) {
        static CheckedForm of(ListingForm form) {
            Validation checks = new Validation();
            Cell cell = Cell.of(form, checks);
            Money price = checks.check(() -> positivePrice(form.price()));
            Integer quantity = checks.check(() -> parseQuantity("quantity", form.quantity()));
            TaxCategory taxCategory = checks.check(() -> TaxCategory.parse(form.taxCategory()));
            checks.done();
            return new CheckedForm(cell, price, quantity, taxCategory);
        }
    }

    @Override
    public ListingView create(Actor actor, ListingForm form) {
        CheckedForm checked = CheckedForm.of(form);
        Cell cell = checked.cell();
        Money price = checked.price();
        int quantity = checked.quantity();
        TaxCategory taxCategory = checked.taxCategory();
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            long shoeId = lockedShoe(tx, cell.key(), cell.shown());
            Shop shop = sharedShop(tx, shopId);
            refuseTaxCategory(tx, actor, shopId, taxCategory);
            Instant now = clock.instant();
            Listing listing = newSku(tx, actor, shop, shoeId, cell, price, taxCategory, quantity, now);
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

    @Override
    public Optional<ListingView> findSku(Actor actor, ListingForm form) {
        // the whole form, so the screen shows every broken rule after one try, not the price's later
        Cell cell = CheckedForm.of(form).cell();
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            return tx
                    .session()
                    .createSelectionQuery(
                            "select s.id from Shoe s where s.brand = :brand and s.color = :color and s.style = :style",
                            Long.class)
                    .setParameter("brand", cell.key().brand())
                    .setParameter("color", cell.key().color())
                    .setParameter("style", cell.key().style())
                    .getResultList()
                    .stream()
                    .findFirst()
                    .flatMap(shoeId -> existingSku(tx, shopId, shoeId, cell))
                    .map(id -> view(tx, id));
        });
    }

    @Override
    public List<ListingView> createSizeRun(Actor actor, SizeRunForm form) {
        Gender gender = Gender.parse(form.gender());
        ShoeKey key = ShoeKey.of(form.brand(), form.color(), form.style());
        ShownShoe shown = ShownShoe.typed(key, form.brand(), form.style());
        Condition condition = Condition.parse(form.condition());
        Money price = positivePrice(form.price());
        TaxCategory taxCategory = TaxCategory.parse(form.taxCategory());
        int quantity = parseQuantity("quantityEach", form.quantityEach());
        List<Cell> cells = runCells(form, key, shown, condition, gender);
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            long shoeId = lockedShoe(tx, key, shown);
            Shop shop = sharedShop(tx, shopId);
            refuseTaxCategory(tx, actor, shopId, taxCategory);
            List<String> listed = new ArrayList<>();
            for (Cell cell : cells) {
                existingSku(tx, shopId, shoeId, cell)
                        .ifPresent(id -> listed.add(cell.label() + " (listing " + id + ")"));
            }
            if (!listed.isEmpty()) {
                throw new ConflictException("Listed already: " + String.join(", ", listed)
                        + ". Restock those on the style's grid, or leave them out of the run");
            }
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            for (Cell cell : cells) {
                ids.add(newSku(tx, actor, shop, shoeId, cell, price, taxCategory, quantity, now)
                        .getId());
            }
            Audit.record(
                    tx,
                    AuditKind.STYLE_SIZE_RUN_CREATED,
                    "shoe " + shoeId + ", " + cells.size() + " sizes, listings " + ids.get(0) + "–"
                            + ids.get(ids.size() - 1),
                    actor.accountId(),
                    shopId,
                    now);
            return views(tx, ids);
        });
    }

    /** The run's cells, smallest size first and each size in the order the widths were given. */
    private static List<Cell> runCells(
            SizeRunForm form, ShoeKey key, ShownShoe shown, Condition condition, Gender gender) {
        ShoeSize from = fieldSize("fromSize", form.fromSize());
        ShoeSize to = fieldSize("toSize", form.toSize());
        if (to.compareTo(from) < 0) {
            throw new ValidationException("toSize", "The run ends at a size no smaller than it starts");
        }
        if (form.widths() == null || form.widths().isEmpty()) {
            throw new ValidationException("widths", "Choose at least one width");
        }
        Set<Width> widths = new LinkedHashSet<>();
        for (String width : form.widths()) {
            widths.add(widthOf(width, gender));
        }
        int step = form.halfSizes() ? 1 : 2;
        List<Cell> cells = new ArrayList<>();
        for (int halves = from.halves(); halves <= to.halves(); halves += step) {
            for (Width width : widths) {
                cells.add(new Cell(key, shown, condition, gender, new ShoeSize(halves), width));
            }
        }
        if (cells.size() > MAX_RUN_CELLS) {
            throw new ValidationException(
                    "toSize", "A run makes at most " + MAX_RUN_CELLS + " SKUs; this one would make " + cells.size());
        }
        return cells;
    }

    private static ShoeSize fieldSize(String field, String text) {
        try {
            return ShoeSize.parse(text);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.getMessage());
        }
    }

    private static Width widthOf(String text, Gender gender) {
        return text == null || text.isBlank() ? Width.MEDIUM : Width.parse(text, gender);
    }

    private static Money positivePrice(String text) {
        Money price = Money.parse("price", "Price", text);
        if (!price.isPositive()) {
            throw new ValidationException("price", "Price must be more than 0");
        }
        return price;
    }

    /**
     * The shoe's catalogue row, made by the upsert if new, and locked until commit: two terminals
     * listing the same cell at once take turns, so the second finds the first's SKU.
     */
    private static long lockedShoe(Tx tx, ShoeKey key, ShownShoe shown) {
        long shoeId = tx.sql().upsertShoe(key, shown);
        tx.session()
                .createNativeQuery("select id from shoes where id = :id for update", Long.class)
                .setParameter("id", shoeId)
                .getSingleResult();
        return shoeId;
    }

    /**
     * The shop, read under a share lock: a listing copies its tier and verified flag, and a
     * promotion or verification (which lock the shop row) cannot commit between copy and insert.
     */
    private static Shop sharedShop(Tx tx, long shopId) {
        Shop shop = tx.session().find(Shop.class, shopId);
        tx.session().refresh(shop, LockMode.PESSIMISTIC_READ);
        return shop;
    }

    private static void refuseTaxCategory(Tx tx, Actor actor, long shopId, TaxCategory taxCategory) {
        if (taxCategory != TaxCategory.STANDARD && !Access.managesShop(tx, actor, shopId)) {
            throw new ForbiddenException("Only the owner or a manager lists a shoe at the " + taxCategory.code()
                    + " tax category; list it as standard, or ask them");
        }
    }

    /** A new SKU with its opening stock, or a conflict naming the shop's SKU of that cell. Caller holds the shoe lock. */
    private static Listing newSku(
            Tx tx,
            Actor actor,
            Shop shop,
            long shoeId,
            Cell cell,
            Money price,
            TaxCategory taxCategory,
            int quantity,
            Instant now) {
        var existing = existingSku(tx, shop.getId(), shoeId, cell);
        if (existing.isPresent()) {
            ListingView sku = view(tx, existing.get());
            throw new ConflictException("Listing " + sku.listingId() + " is this shoe in " + cell.label()
                    + " already, with " + sku.stock() + " in stock at " + sku.price()
                    + (sku.active() ? ": restock it instead" : ", delisted: list it again instead"));
        }
        Listing listing = new Listing(
                shop,
                shoeId,
                cell.key().color(),
                cell.size(),
                cell.width(),
                cell.condition(),
                cell.gender(),
                price,
                taxCategory,
                actor.accountId(),
                now);
        tx.session().persist(listing);
        moveStock(tx, listing, quantity, InventoryEntry.Reason.LISTED, null, null, actor, now);
        return listing;
    }

    /**
     * The shop's SKU of the cell: where copies were listed before V36, the oldest on sale, else the
     * oldest (the grid shows the same one).
     */
    private static Optional<Long> existingSku(Tx tx, long shopId, long shoeId, Cell cell) {
        return tx
                .session()
                .createSelectionQuery("""
                        select l.id from Listing l where l.shopId = :shop and l.shoeId = :shoe
                        and l.condition = :condition and l.gender = :gender and l.sizeHalves = :size
                        and l.width = :width order by l.active desc, l.id""", Long.class)
                .setParameter("shop", shopId)
                .setParameter("shoe", shoeId)
                .setParameter("condition", cell.condition())
                .setParameter("gender", cell.gender())
                .setParameter("size", cell.size().halves())
                .setParameter("width", cell.width())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
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
    public ListingView relist(Actor actor, long listingId, int quantity) {
        if (quantity < 1 || quantity > Listing.MAX_QUANTITY) {
            throw new ValidationException(
                    "quantity", "Quantity must be a whole number from 1 to " + Listing.MAX_QUANTITY);
        }
        return database.inTransaction(tx -> {
            Listing listing = lockedListing(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            if (listing.isActive()) {
                throw new ConflictException("Listing " + listingId + " is on sale already: restock it instead");
            }
            Instant now = clock.instant();
            listing.relist();
            moveStock(tx, listing, quantity, InventoryEntry.Reason.RESTOCK, "listed again", null, actor, now);
            Audit.record(
                    tx,
                    AuditKind.LISTING_RELISTED,
                    "listing " + listingId + " +" + quantity,
                    actor.accountId(),
                    listing.getShopId(),
                    now);
            return view(tx, listingId);
        });
    }

    @Override
    public List<ListingView> styleGrid(Actor actor, long listingId) {
        return database.inTransaction(tx -> {
            Listing listing = knownListing(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            return views(tx, styleIds(tx, listing, false));
        });
    }

    @Override
    public List<StyleView> findStyles(Actor actor, String typed) {
        // The catalogue keeps brand and style in canonical (lower) case, as searchable makes the typed words.
        String words = Text.searchable(typed == null ? "" : typed);
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.length() > ShoeKey.MAX_BRAND + 1 + ShoeKey.MAX_STYLE) {
            throw new ValidationException("code", "That is longer than any brand and style");
        }
        String pattern = "%" + LocalSearchService.likeEscape(words) + "%";
        return database.inTransaction(tx -> tx
                .session()
                .createSelectionQuery("""
                        select min(l.id), s.shownBrand, s.shownStyle, s.color, l.condition, l.gender, count(l.id),
                               sum(l.stock), min(l.priceCents), max(l.priceCents)
                        from Listing l join Shoe s on s.id = l.shoeId
                        where l.shopId = :shop and l.active
                          and concat(s.brand, ' ', s.style) like :p escape '\\'
                        group by s.id, s.brand, s.style, s.shownBrand, s.shownStyle, s.color, l.condition, l.gender
                        order by s.brand, s.style, s.color, l.gender, l.condition""", Object[].class)
                .setParameter("shop", Access.sellingShopId(tx, actor))
                .setParameter("p", pattern)
                .setMaxResults(MAX_STYLES_FOUND)
                .getResultList()
                .stream()
                .map(row -> new StyleView(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Color) row[3],
                        (Condition) row[4],
                        (Gender) row[5],
                        ((Number) row[6]).intValue(),
                        ((Number) row[7]).intValue(),
                        Money.ofCents(((Number) row[8]).longValue()),
                        Money.ofCents(((Number) row[9]).longValue())))
                .toList());
    }

    @Override
    public List<ListingView> changeStylePrice(Actor actor, long listingId, String price) {
        Money newPrice = positivePrice(price);
        return database.inTransaction(tx -> {
            Listing listing = styleAnchor(tx, listingId);
            Access.requireManagerOf(tx, actor, listing.getShopId());
            List<Long> onSale = lockedStyleCells(tx, listing);
            if (onSale.isEmpty()) {
                throw new ConflictException("No size of this style is on sale");
            }
            tx.session()
                    .createMutationQuery("""
                    update Listing set priceCents = :price, detailsVersion = detailsVersion + 1
                    where id in :ids""")
                    .setParameter("price", newPrice.cents())
                    .setParameter("ids", onSale)
                    .executeUpdate();
            Audit.record(
                    tx,
                    AuditKind.STYLE_PRICE_CHANGED,
                    "listings " + onSale + " " + newPrice,
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            tx.session().clear();
            return views(tx, styleIds(tx, listing, false));
        });
    }

    @Override
    public void changeStyleCost(Actor actor, long listingId, String cost) {
        Long costCents = cost == null || cost.isBlank()
                ? null
                : Money.parse("cost", "Cost", cost).cents();
        database.inTransaction(tx -> {
            Listing listing = styleAnchor(tx, listingId);
            Access.requireManagerOf(tx, actor, listing.getShopId());
            List<Long> cells = new ArrayList<>(styleIds(tx, listing, false));
            // Locked in listing-number order, as checkout locks them, so this waits its turn, not deadlocks.
            cells.sort(null);
            for (long id : cells) {
                lockedListing(tx, id);
            }
            tx.session()
                    .createMutationQuery("update Listing set unitCostCents = :cost where id in :ids")
                    .setParameter("cost", costCents)
                    .setParameter("ids", cells)
                    .executeUpdate();
            Audit.record(
                    tx,
                    AuditKind.STYLE_COST_CHANGED,
                    "listings " + cells + " " + (costCents == null ? "no cost" : Money.ofCents(costCents)),
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            return null;
        });
    }

    @Override
    public void delistStyle(Actor actor, long listingId) {
        database.inTransaction(tx -> {
            Listing listing = styleAnchor(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            List<Long> onSale = lockedStyleCells(tx, listing);
            if (onSale.isEmpty()) {
                throw new ConflictException("This style was already delisted");
            }
            for (long id : onSale) {
                lockedListing(tx, id).delist();
            }
            Audit.record(
                    tx,
                    AuditKind.STYLE_DELISTED,
                    "listings " + onSale,
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            return null;
        });
    }

    @Override
    public ListingView setManufacturerCode(Actor actor, long listingId, String code) {
        String barcode = code == null || code.isBlank() ? null : Ean13.manufacturerCode(code);
        return database.inTransaction(tx -> {
            Listing listing = lockedListing(tx, listingId);
            Access.requireSellerOf(tx, actor, listing.getShopId());
            if (barcode != null) {
                Long other = skuByManufacturerCode(tx, listing.getShopId(), barcode);
                if (other != null && other != listingId) {
                    throw new ValidationException(
                            "barcode", "Listing " + other + " of this shop carries " + barcode + " already");
                }
            }
            listing.setManufacturerCode(barcode);
            Audit.record(
                    tx,
                    AuditKind.LISTING_BARCODE_SET,
                    "listing " + listingId + " " + (barcode == null ? "in-store code" : barcode),
                    actor.accountId(),
                    listing.getShopId(),
                    clock.instant());
            return view(tx, listingId);
        });
    }

    @Override
    public ListingView scan(Actor actor, String barcode) {
        String code = barcode == null ? "" : barcode.strip();
        if (!code.matches("\\d{8}|\\d{12,13}")) {
            throw new ValidationException("code", "A barcode has 8, 12 or 13 digits");
        }
        if (!Ean13.hasValidCheckDigit(code)) {
            throw new ValidationException(
                    "code", "The barcode " + code + " did not read right (its check digit is wrong): scan it again");
        }
        // A UPC-A is kept as its EAN-13 (a leading 0), the form many scanners send.
        String stored = code.length() == 12 ? "0" + code : code;
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Long listingId = skuByManufacturerCode(tx, shopId, stored);
            if (listingId == null) {
                var inStore = Ean13.inStoreListingId(code);
                if (inStore.isPresent()) {
                    Listing listing = tx.session().find(Listing.class, inStore.getAsLong());
                    if (listing != null && listing.getShopId() == shopId) {
                        listingId = listing.getId();
                    }
                }
            }
            if (listingId == null) {
                throw new NotFoundException("No SKU of this shop has the barcode " + code);
            }
            return view(tx, listingId);
        });
    }

    @Override
    public ReceivedDelivery receiveDelivery(Actor actor, DeliveryForm form) {
        String supplier = Text.required("supplier", "Supplier", form.supplier(), Delivery.MAX_SUPPLIER);
        String reference = Text.required("reference", "Delivery note", form.reference(), Delivery.MAX_REFERENCE);
        if (form.lines() == null || form.lines().isEmpty()) {
            throw new ValidationException("lines", "Add what came: a size and how many");
        }
        if (form.lines().size() > Delivery.MAX_LINES) {
            throw new ValidationException("lines", "A delivery holds at most " + Delivery.MAX_LINES + " lines");
        }
        // By listing number, as checkout locks listings, and a SKU named twice counted once.
        Map<Long, Integer> units = new TreeMap<>();
        for (DeliveryItem line : form.lines()) {
            if (line == null || line.quantity() < 1 || line.quantity() > Listing.MAX_QUANTITY) {
                throw new ValidationException(
                        "lines", "Each line's quantity is a whole number from 1 to " + Listing.MAX_QUANTITY);
            }
            units.merge(line.listingId(), line.quantity(), Math::addExact);
        }
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Delivery earlier = tx.session()
                    .createSelectionQuery(
                            "from Delivery where shopId = :shop and upper(supplier) = upper(:supplier)"
                                    + " and upper(reference) = upper(:reference)",
                            Delivery.class)
                    .setParameter("shop", shopId)
                    .setParameter("supplier", supplier)
                    .setParameter("reference", reference)
                    .getSingleResultOrNull();
            if (earlier != null) {
                throw new ConflictException("Delivery " + reference + " from " + supplier + " was received already"
                        + " (delivery " + earlier.getId() + "): its stock is in");
            }
            Instant now = clock.instant();
            Delivery delivery = new Delivery(shopId, supplier, reference, actor.accountId(), now);
            tx.session().persist(delivery);
            String note = "delivery " + delivery.getId() + " from " + supplier + ", " + reference;
            for (var line : units.entrySet()) {
                Listing listing = tx.session().find(Listing.class, line.getKey(), LockMode.PESSIMISTIC_WRITE);
                if (listing == null || listing.getShopId() != shopId) {
                    throw new NotFoundException("No SKU number " + line.getKey() + " in this shop");
                }
                if (!listing.isActive()) {
                    throw new ConflictException("Listing " + line.getKey() + " is delisted: list it again before"
                            + " receiving it, or leave it out");
                }
                moveStock(tx, listing, line.getValue(), InventoryEntry.Reason.RECEIVED, note, null, actor, now);
                tx.session().persist(new DeliveryLine(delivery.getId(), listing.getId(), line.getValue()));
            }
            Audit.record(
                    tx,
                    AuditKind.DELIVERY_RECEIVED,
                    "delivery " + delivery.getId() + " "
                            + units.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum() + " units",
                    actor.accountId(),
                    shopId,
                    now);
            List<Long> ids = new ArrayList<>(units.keySet());
            List<ListingView> received = views(tx, ids);
            List<ReceivedLine> lines = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                lines.add(new ReceivedLine(received.get(i), units.get(ids.get(i))));
            }
            return new ReceivedDelivery(delivery.getId(), supplier, reference, now, lines);
        });
    }

    @Override
    public StocktakeView startStocktake(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Stocktake open = openStocktake(tx, shopId);
            if (open != null) {
                throw new ConflictException("Stocktake " + open.getId() + " is open: count into it, or post it first");
            }
            Instant now = clock.instant();
            Stocktake stocktake = new Stocktake(shopId, actor.accountId(), now);
            tx.session().persist(stocktake);
            Audit.record(
                    tx, AuditKind.STOCKTAKE_STARTED, "stocktake " + stocktake.getId(), actor.accountId(), shopId, now);
            return stocktakeView(tx, stocktake);
        });
    }

    @Override
    public Optional<StocktakeView> openStocktake(Actor actor) {
        return database.inTransaction(tx -> {
            Stocktake open = openStocktake(tx, Access.sellingShopId(tx, actor));
            return Optional.ofNullable(open).map(stocktake -> stocktakeView(tx, stocktake));
        });
    }

    @Override
    public StocktakeView count(Actor actor, long listingId, int counted) {
        if (counted < 0 || counted > Listing.MAX_QUANTITY) {
            throw new ValidationException("counted", "Count what is on the shelf: 0 to " + Listing.MAX_QUANTITY);
        }
        return recordCount(actor, listingId, sofar -> counted);
    }

    @Override
    public StocktakeView countOneMore(Actor actor, long listingId) {
        return recordCount(actor, listingId, sofar -> {
            if (sofar >= Listing.MAX_QUANTITY) {
                throw new ValidationException("counted", "A count goes up to " + Listing.MAX_QUANTITY);
            }
            return sofar + 1;
        });
    }

    /**
     * Sets a SKU's count from what it was (0 if not counted yet), with the books' stock of this
     * moment. The stocktake's row is shared with other counts and exclusive with its posting; the
     * listing's row is locked (stocktake, then listing, as the posting takes them), so two terminals
     * counting one SKU take turns and a scan is never lost.
     */
    private StocktakeView recordCount(Actor actor, long listingId, java.util.function.IntUnaryOperator next) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            // Read with its share lock in one statement; read again once it is held, so a posting
            // that committed while this waited is seen (the count is then refused).
            Stocktake open = tx.session()
                    .createSelectionQuery("from Stocktake where openShopId = :shop", Stocktake.class)
                    .setParameter("shop", shopId)
                    .setLockMode(LockModeType.PESSIMISTIC_READ)
                    .getSingleResultOrNull();
            if (open != null) {
                tx.session().refresh(open);
            }
            if (open == null || !open.isOpen()) {
                throw new ConflictException("No stocktake is open: start one to count");
            }
            Listing listing = tx.session().find(Listing.class, listingId, LockMode.PESSIMISTIC_WRITE);
            if (listing == null || listing.getShopId() != shopId) {
                throw new NotFoundException("No SKU number " + listingId + " in this shop");
            }
            StocktakeCount line = tx.session()
                    .createSelectionQuery(
                            "from StocktakeCount where stocktakeId = :stocktake and listingId = :listing",
                            StocktakeCount.class)
                    .setParameter("stocktake", open.getId())
                    .setParameter("listing", listingId)
                    .getSingleResultOrNull();
            boolean first = line == null;
            if (first) {
                line = new StocktakeCount(open.getId(), listingId);
            }
            int counted = next.applyAsInt(first ? 0 : line.getCounted());
            // The books as committed now: a sale committed before this moment is in them; a later one is not.
            line.record(counted, listing.getStock(), actor.accountId(), clock.instant());
            if (first) {
                tx.session().persist(line); // an identity insert: written now, so recorded first
            }
            return stocktakeView(tx, open);
        });
    }

    @Override
    public StocktakeView postStocktake(Actor actor, long stocktakeId) {
        return database.inTransaction(tx -> {
            Stocktake stocktake = tx.session().find(Stocktake.class, stocktakeId, LockMode.PESSIMISTIC_WRITE);
            if (stocktake == null) {
                throw new NotFoundException("No stocktake number " + stocktakeId);
            }
            Access.requireManagerOf(tx, actor, stocktake.getShopId());
            if (!stocktake.isOpen()) {
                throw new ConflictException("Stocktake " + stocktakeId + " was posted already");
            }
            List<StocktakeCount> counts = countsOf(tx, stocktakeId);
            if (counts.isEmpty()) {
                throw new ConflictException("Nothing was counted in stocktake " + stocktakeId);
            }
            Instant now = clock.instant();
            int adjusted = 0;
            for (StocktakeCount count : counts) { // by listing number, as checkout locks listings
                int variance = count.getCounted() - count.getHeldAtCount();
                if (variance == 0) {
                    continue;
                }
                Listing listing = lockedListing(tx, count.getListingId());
                // Sold since the count more than the books then held beyond the shelf: stock cannot go below 0.
                int delta = Math.max(variance, -listing.getStock());
                if (delta != 0) {
                    moveStock(
                            tx,
                            listing,
                            delta,
                            InventoryEntry.Reason.STOCKTAKE,
                            "stocktake " + stocktakeId + ": counted " + count.getCounted() + ", books held "
                                    + count.getHeldAtCount(),
                            null,
                            actor,
                            now);
                    adjusted++;
                }
            }
            stocktake.post(actor.accountId(), now);
            Audit.record(
                    tx,
                    AuditKind.STOCKTAKE_POSTED,
                    "stocktake " + stocktakeId + ", " + counts.size() + " counted, " + adjusted + " adjusted",
                    actor.accountId(),
                    stocktake.getShopId(),
                    now);
            return stocktakeView(tx, stocktake);
        });
    }

    private static Stocktake openStocktake(Tx tx, long shopId) {
        return tx.session()
                .createSelectionQuery("from Stocktake where openShopId = :shop", Stocktake.class)
                .setParameter("shop", shopId)
                .getSingleResultOrNull();
    }

    private static List<StocktakeCount> countsOf(Tx tx, long stocktakeId) {
        return tx.session()
                .createSelectionQuery(
                        "from StocktakeCount where stocktakeId = :stocktake order by listingId", StocktakeCount.class)
                .setParameter("stocktake", stocktakeId)
                .getResultList();
    }

    private static StocktakeView stocktakeView(Tx tx, Stocktake stocktake) {
        tx.session().flush();
        List<StocktakeCount> counts = countsOf(tx, stocktake.getId());
        List<ListingView> skus =
                views(tx, counts.stream().map(StocktakeCount::getListingId).toList());
        List<CountLine> lines = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            StocktakeCount count = counts.get(i);
            lines.add(new CountLine(skus.get(i), count.getCounted(), count.getHeldAtCount(), count.getCountedAt()));
        }
        return new StocktakeView(stocktake.getId(), stocktake.getStartedAt(), stocktake.getPostedAt(), lines);
    }

    private static Long skuByManufacturerCode(Tx tx, long shopId, String code) {
        return tx.session()
                .createSelectionQuery(
                        "select l.id from Listing l where l.shopId = :shop and l.manufacturerCode = :code", Long.class)
                .setParameter("shop", shopId)
                .setParameter("code", code)
                .getSingleResultOrNull();
    }

    /** The SKUs of the listing's style, by size then width; only those on sale if {@code onSaleOnly}. */
    private static List<Long> styleIds(Tx tx, Listing listing, boolean onSaleOnly) {
        return tx.session()
                .createSelectionQuery(
                        """
                        select l.id from Listing l where l.shopId = :shop and l.shoeId = :shoe
                        and l.condition = :condition and l.gender = :gender""" + (onSaleOnly ? " and l.active" : "") + " order by l.sizeHalves, l.width, l.id", Long.class)
                .setParameter("shop", listing.getShopId())
                .setParameter("shoe", listing.getShoeId())
                .setParameter("condition", listing.getCondition())
                .setParameter("gender", listing.getGender())
                .getResultList();
    }

    /**
     * The listing that names a style, read to find its cells and then let go: the cells are then
     * read afresh under their locks, this one too, so nothing written meanwhile is overwritten.
     */
    private static Listing styleAnchor(Tx tx, long listingId) {
        Listing listing = knownListing(tx, listingId);
        tx.session().detach(listing);
        return listing;
    }

    /** The style's cells on sale, each row locked in listing-number order, as checkout locks listings. */
    private static List<Long> lockedStyleCells(Tx tx, Listing anchor) {
        List<Long> ids = new ArrayList<>(styleIds(tx, anchor, true));
        ids.sort(null);
        for (long id : ids) {
            lockedListing(tx, id);
        }
        return ids;
    }

    private static Listing knownListing(Tx tx, long listingId) {
        Listing listing = tx.session().find(Listing.class, listingId);
        if (listing == null) {
            throw new NotFoundException("No listing number " + listingId);
        }
        return listing;
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
    public List<ShownShoe> suggestShoes(String typed) {
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
                .map(Shoe::shown)
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

    /** Several listings as screens show them, in the order of {@code ids}, read in one query. */
    static List<ListingView> views(Tx tx, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        tx.session().flush();
        Map<Long, ListingView> byId = new java.util.HashMap<>();
        for (Tuple row : tx.session()
                .createSelectionQuery(
                        "select " + ListingRows.COLUMNS + " " + ListingRows.FROM + " where l.id in :ids", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()) {
            ListingView listing = ListingRows.listing(row);
            byId.put(listing.listingId(), listing);
        }
        return ids.stream().map(byId::get).toList();
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
