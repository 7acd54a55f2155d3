package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CheckoutService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.Approval;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartDiscount;
import org.shoetopia.domain.CartGiftCard;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.CustomerRecord;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.GiftCardCode;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderDiscount;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderLineTax;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Pricing.PricedCart;
import org.shoetopia.domain.Pricing.PricedLine;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Tender;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.AppendedRows;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.NativeStatements.RunningSale;
import org.shoetopia.persistence.Tx;

/**
 * Checkout: all or nothing, in one transaction, under row locks taken in one global order — the cart,
 * then its listings' shops (shared, by id), then the running flash sales' slots (sales by id), then
 * the listings by id — so checkouts never deadlock each other. Every change of a cart takes the same
 * cart lock, so the order charges the cart exactly as it is; a sale cannot start while a checkout of
 * its shop is under way, so which sale applies is decided under the locks. Stock and sale units are
 * checked and taken while their rows are locked, so no listing oversells and exactly N units of a
 * sale are ever sold at the sale price. A lock not granted in time fails the checkout as "terminal
 * busy"; the cart stays open.
 */
public final class LocalCheckoutService implements CheckoutService {
    private final Database database;
    private final LocalOrderService orders;
    private final Clock clock;

    public LocalCheckoutService(Database database, LocalOrderService orders, Clock clock) {
        this.database = database;
        this.orders = orders;
        this.clock = clock;
    }

    static final String ALREADY_CHECKED_OUT = "This sale was already checked out on another terminal; nothing was"
            + " charged again. Its receipt is in Orders";

    /** Said when a checkout key comes back for a cart other than the one it paid for. */
    static final String KEY_OF_ANOTHER_SALE = "This checkout key already paid for another sale (order %d);"
            + " this sale was not charged. Check out again";

    @Override
    public Receipt checkout(Actor actor, Payment payment, String idempotencyKey) {
        return checkout(actor, null, payment, idempotencyKey);
    }

    @Override
    public Receipt checkout(Actor actor, SaleSeen seen, Payment payment, String idempotencyKey) {
        if (payment == null) {
            throw new ValidationException("payment", "Choose how the customer pays");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? null
                : Text.required("idempotencyKey", "Checkout key", idempotencyKey, MAX_IDEMPOTENCY_KEY);
        return database.inTransaction(tx -> {
            Receipt earlier = receiptOfKey(tx, actor, key, seen);
            if (earlier != null) {
                return earlier;
            }
            LockedCart locked = lockedCart(tx, actor);
            // A concurrent attempt with the same key may have committed while we waited for the cart.
            earlier = receiptOfKey(tx, actor, key, seen);
            if (earlier != null) {
                return earlier;
            }
            requireAsSeen(locked, seen);
            Cart cart = locked.cart();
            return checkoutLocked(tx, actor, locked, tillShift(tx, actor, cart), payment, key, null);
        });
    }

    /**
     * The sale the till showed, row-locked (the first lock of a checkout, and of an exchange), with
     * its cashier: refused, writing nothing, as a checkout refuses it.
     */
    LockedCart lockedSale(Tx tx, Actor actor, SaleSeen seen) {
        LockedCart locked = lockedCart(tx, actor);
        requireAsSeen(locked, seen);
        return locked;
    }

    private static void requireAsSeen(LockedCart locked, SaleSeen seen) {
        if (locked == null || (seen != null && locked.cart().getId() != seen.cartId())) {
            throw new ConflictException(seen == null ? "There is no open cart to check out" : ALREADY_CHECKED_OUT);
        }
        if (seen != null && locked.cart().getRevision() != seen.revision()) {
            throw new ConflictException("The sale was changed on another terminal; check it and take payment"
                    + " again. Nothing was charged");
        }
        if (locked.cart().getShopId() != null && !locked.sellsForItsShop()) {
            throw new ForbiddenException("You no longer sell for this shop; this sale was not charged");
        }
    }

    /**
     * A till sells in its cashier's open shift, whose lock a close takes too: the sale is in its Z
     * report, or the close came first and the sale is refused. Anyone else's cart has none.
     */
    static Shift tillShift(Tx tx, Actor actor, Cart cart) {
        return cart.getShopId() == null
                ? null
                : LocalShiftService.lockedOpenShift(
                        tx, actor.accountId(), cart.getShopId(), "; this sale was not charged");
    }

    /**
     * What an exchange's returned lines bring to its new sale: the money they give back, which pays
     * toward it, and the listings they go back onto, locked with the sale's in the one listing order.
     */
    record ExchangeCredit(Money credit, Set<Long> restockedListings) {
        /**
         * The payment of {@code total}: the credit first, toward the shoes only (as gift cards and
         * store credit are: returned shoes do not become a gift card), the till's payment for what
         * it leaves. With nothing left, a payment given is refused rather than dropped: it may have
         * been taken already.
         */
        Payment paying(Money total, Money shoes, Payment payment) {
            Money used = credit.compareTo(shoes) < 0 ? credit : shoes;
            if (used.equals(total) && total.isPositive()) {
                if (payment != null) {
                    throw new ValidationException(
                            "payment",
                            "What comes back pays for all of the new sale: take no payment (remove the part payments"
                                    + " taken)");
                }
                return Payment.of(Tender.exchange(used)); // nothing is left to pay
            }
            if (payment == null) {
                throw new ValidationException(
                        "payment",
                        "The new sale is " + total.minus(used) + " more than what comes back: take payment for"
                                + " the difference");
            }
            if (!used.isPositive()) {
                return payment;
            }
            List<Tender> tenders = new ArrayList<>();
            tenders.add(Tender.exchange(used));
            tenders.addAll(payment.tenders());
            return new Payment(tenders);
        }
    }

    /** The actor's open cart, locked, with the actor's name and whether they still sell for its shop. */
    record LockedCart(Cart cart, String cashierName, boolean sellsForItsShop) {}

    /**
     * The actor's open cart, row-locked (every change of a cart takes the same lock, so none lands while
     * it is checked out), with the actor's name and whether they still own or sell for the shop whose
     * walk-in sale it is: one query.
     */
    private static LockedCart lockedCart(Tx tx, Actor actor) {
        Tuple row = tx.session()
                .createSelectionQuery("""
                select c as cart, (select a.name from Account a where a.id = c.ownerId) as cashierName,
                    case when exists (select 1 from Shop s where s.id = c.shopId and s.ownerId = c.ownerId)
                        or exists (select 1 from ShopStaff st where st.accountId = c.ownerId and st.shopId = c.shopId)
                        then true else false end as sellsForItsShop
                from Cart c where c.openOwnerId = :owner""", Tuple.class)
                .setParameter("owner", actor.accountId())
                .setHibernateLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
        return row == null
                ? null
                : new LockedCart(
                        row.get("cart", Cart.class),
                        row.get("cashierName", String.class),
                        row.get("sellsForItsShop", Boolean.class));
    }

    /** A cart line: how many units of which listing, its shop, and what its receipt line shows. */
    private record WantedLine(
            long listingId,
            int quantity,
            long shopId,
            String shopName,
            String description,
            CartDiscount discount,
            CartDiscount cartDiscount) {}

    /** What the order is priced by: each shop's running sale and tax settings, read under the shops' locks. */
    private record ShopTerms(Map<Long, RunningSale> saleByShop, Map<Long, TaxSettings> taxByShop) {}

    /**
     * Checkout in its four steps: read the cart's lines, take the sale units (the contended locks,
     * held for as few statements as possible), price them by the one pricing rule, write. Everything
     * is written in this transaction and the receipt is built from what it wrote, so no second
     * transaction reads it back (LocalOrderService#receipt reads the same receipt for reprints).
     */
    Receipt checkoutLocked(
            Tx tx, Actor actor, LockedCart locked, Shift shift, Payment payment, String key, ExchangeCredit exchange) {
        var session = tx.session();
        Cart cart = locked.cart();
        String cashierName = locked.cashierName();
        List<Tender> given = payment == null ? List.of() : payment.tenders();
        if (given.stream().anyMatch(tender -> tender.method() == PaymentMethod.EXCHANGE)) {
            throw new ValidationException(
                    "paymentMethod", "An exchange's credit comes from the shoes returned, not from a tender");
        }
        // A till's cart is a walk-in sale, bought by the customer the cart names (if any); anyone
        // else's cart they buy for themselves.
        Long buyerId = cart.getShopId() != null ? cart.getCustomerId() : Long.valueOf(actor.accountId());
        String buyerName = buyerId == null
                ? cart.getCustomerRecordId() == null
                        ? null
                        : session.find(CustomerRecord.class, cart.getCustomerRecordId())
                                .getName() // a walk-in noted
                : buyerId == actor.accountId()
                        ? cashierName
                        : session.find(Account.class, buyerId).getName();
        List<WantedLine> lines = readLines(tx, cart);
        List<Money> giftCardsSold = LocalCartService.giftCards(tx, cart.getId(), cart.getShopId(), false).stream()
                .map(CartGiftCard::getAmount)
                .toList();
        if (lines.isEmpty() && giftCardsSold.isEmpty()) {
            throw new ValidationException("cart", "The cart is empty");
        }
        if (cart.getShopId() == null && given.stream().anyMatch(Tender::isStoredValue)) {
            throw new ValidationException("paymentMethod", "Gift cards and store credit are spent at a shop's till");
        }
        if (buyerId == null && given.stream().anyMatch(t -> t.method() == PaymentMethod.STORE_CREDIT)) {
            throw new ValidationException("paymentMethod", "Name the customer first: store credit is the customer's");
        }
        for (WantedLine line : lines) { // a till's cart filled before its shop's listings were the only ones it took
            if (cart.getShopId() != null && line.shopId() != cart.getShopId()) {
                throw new ConflictException("Listing " + line.listingId() + " is " + line.shopName()
                        + "'s; this till sells only its own shop's listings: remove it from the sale");
            }
        }
        Set<Long> shopIds = lines.stream().map(WantedLine::shopId).collect(Collectors.toCollection(TreeSet::new));
        if (cart.getShopId() != null) {
            shopIds.add(cart.getShopId()); // a sale of gift cards only is still the shop's
        }
        // Which sale applies is decided under the shops' locks: no sale can start until this commits.
        // Their units are taken from their slot rows, locked below.
        Map<Long, RunningSale> saleByShop = new HashMap<>();
        for (RunningSale sale : tx.sql().lockShopsAndReadRunningSales(shopIds)) {
            saleByShop.put(sale.shopId(), sale);
        }
        // A change of a shop's tax settings takes its row lock, so these hold until this commits.
        ShopTerms terms = new ShopTerms(saleByShop, TaxRows.settingsOf(tx, shopIds));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the timestamp columns keep

        // What does not depend on the sale units is written before their locks are taken: those locks
        // are the contended ones, so they are held for as few statements as possible.
        long orderNumber = tx.sql().nextOrderNumber();
        for (long shopId : shopIds) {
            Audit.record(tx, AuditKind.CHECKOUT, "order " + orderNumber, actor.accountId(), shopId, now);
        }
        cart.close(now);
        session.flush();

        // Discounts of a till's cart: only the shop's owner and managers may go beyond the cashiers'
        // limit. Asked before the contended locks, as it needs none of them.
        List<CartDiscount> discounts = discountsOf(lines);
        Integer cashierLimit =
                discounts.isEmpty() || cart.getShopId() == null || Access.managesShop(tx, actor, cart.getShopId())
                        ? null
                        : TillDiscounts.settingsOf(tx, cart.getShopId()).cashierLimitHundredths();

        Map<Long, Pricing.Sale> salesTaken = takeSaleUnits(tx, lines, saleByShop);
        Map<Long, Listing> listings =
                lockedListingsInStock(tx, lines, exchange == null ? Set.of() : exchange.restockedListings());
        List<Pricing.Line> atListPrices = lines.stream()
                .map(line -> new Pricing.Line(
                        line.listingId(),
                        line.shopId(),
                        listings.get(line.listingId()).getPrice(),
                        line.quantity(),
                        listings.get(line.listingId()).getTaxCategory()))
                .toList();
        PricedCart priced = Pricing.price(
                TillDiscounts.atLinePrices(atListPrices, discounts),
                salesTaken,
                TillDiscounts.forPricing(discounts),
                terms.taxByShop());
        if (cashierLimit != null) {
            // The cart may have changed since a cashier's discount was given (fewer units, a lower price).
            TillDiscounts.requireWithinCashierLimit(atListPrices, salesTaken, discounts, cashierLimit);
        }
        Money total = giftCardsSold.stream().reduce(priced.total(), Money::plus);
        // Gift cards and store credit pay for shoes, not for new gift cards.
        Payment paying = exchange == null ? payment : exchange.paying(total, priced.total(), payment);
        Payment.Settlement settlement = paying.settle(total, priced.total());
        return write(
                tx,
                actor,
                new Sold(
                        cart,
                        orderNumber,
                        buyerId,
                        buyerName,
                        cashierName,
                        shopIds,
                        settlement,
                        giftCardsSold,
                        total,
                        key,
                        shift,
                        now),
                lines,
                listings,
                terms,
                discounts,
                TillDiscounts.givenByTarget(atListPrices, salesTaken, discounts),
                priced,
                TillDiscounts.lines(atListPrices, salesTaken, discounts));
    }

    /** The cart's discounts as its lines read them: each line's own, then the cart's. */
    private static List<CartDiscount> discountsOf(List<WantedLine> lines) {
        List<CartDiscount> discounts = new ArrayList<>();
        lines.stream().map(WantedLine::discount).filter(Objects::nonNull).forEach(discounts::add);
        if (!lines.isEmpty() && lines.get(0).cartDiscount() != null) {
            discounts.add(lines.get(0).cartDiscount());
        }
        return discounts;
    }

    /** What a checkout sells, besides its lines: for {@link #write}. */
    private record Sold(
            Cart cart,
            long orderNumber,
            Long buyerId,
            String buyerName,
            String cashierName,
            Set<Long> shopIds,
            Payment.Settlement settlement,
            List<Money> giftCardsSold,
            Money total,
            String key,
            Shift shift,
            Instant now) {}

    /**
     * The cart's lines, ordered by listing (the lock order of the listings below). Everything comes as
     * scalars: no cart line, listing or sale enters the session, so the locked reads that follow load
     * fresh rows and the flushes have fewer entities to check.
     */
    private static List<WantedLine> readLines(Tx tx, Cart cart) {
        List<WantedLine> lines = new ArrayList<>();
        for (Tuple row : tx.session()
                .createSelectionQuery("""
                        select cl.listingId as listingId, cl.quantity as quantity, l.shopId as shopId,
                            sh.storeName as shopName, s.shownBrand as brand, s.shownStyle as style, s.color as color,
                            l.sizeHalves as sizeHalves, l.gender as gender, l.width as width, d as discount, w as cartDiscount
                        from CartLine cl join Listing l on l.id = cl.listingId join Shoe s on s.id = l.shoeId
                        join Shop sh on sh.id = l.shopId
                        left join CartDiscount d on d.cartId = cl.cartId and d.target = cl.listingId
                        left join CartDiscount w on w.cartId = cl.cartId and w.target = 0
                        where cl.cartId = :cart order by cl.listingId""", Tuple.class)
                .setParameter("cart", cart.getId())
                .getResultList()) {
            lines.add(new WantedLine(
                    row.get("listingId", Long.class),
                    row.get("quantity", Integer.class),
                    row.get("shopId", Long.class),
                    row.get("shopName", String.class),
                    ReceiptLines.describe(
                            row.get("brand", String.class),
                            row.get("style", String.class),
                            row.get("color", Color.class),
                            row.get("gender", Gender.class),
                            new ShoeSize(row.get("sizeHalves", Integer.class)),
                            row.get("width", Width.class)),
                    row.get("discount", CartDiscount.class),
                    row.get("cartDiscount", CartDiscount.class)));
        }
        return lines;
    }

    /**
     * Takes each running sale's units for the lines of its shop, sales in id order (the global lock
     * order), and says per shop how many it got: the pricing rule gives them to the shop's lines.
     */
    private static Map<Long, Pricing.Sale> takeSaleUnits(
            Tx tx, List<WantedLine> lines, Map<Long, RunningSale> saleByShop) {
        Map<Long, Pricing.Sale> taken = new HashMap<>();
        saleByShop.values().stream()
                .sorted(Comparator.comparingLong(RunningSale::id))
                .forEach(sale -> {
                    int wanted = lines.stream()
                            .filter(line -> line.shopId() == sale.shopId())
                            .mapToInt(WantedLine::quantity)
                            .sum();
                    if (wanted == 0) {
                        return; // a till's sale of gift cards only: no shoe of the shop's sale
                    }
                    int units = tx.sql().takeSaleUnits(sale.id(), sale.slotCount(), wanted);
                    taken.put(sale.shopId(), new Pricing.Sale(sale.percentOff(), units));
                });
        return taken;
    }

    /**
     * The lines' listings, locked in listing order, each still sold and with the stock the line
     * wants; with them, in the same order, the listings an exchange's return puts units back on.
     */
    private static Map<Long, Listing> lockedListingsInStock(Tx tx, List<WantedLine> lines, Set<Long> restocked) {
        Map<Long, WantedLine> wantedByListing = new HashMap<>();
        lines.forEach(line -> wantedByListing.put(line.listingId(), line));
        Set<Long> ids = new TreeSet<>(restocked);
        ids.addAll(wantedByListing.keySet());
        Map<Long, Listing> listings = new HashMap<>();
        for (long id : ids) {
            Listing listing = LocalListingService.lockedListing(tx, id);
            WantedLine line = wantedByListing.get(id);
            if (line == null) {
                continue; // only restocked: no stock is wanted of it
            }
            if (!listing.isActive()) {
                throw new ConflictException(
                        "Listing " + listing.getId() + " is no longer sold; remove it from the cart");
            }
            if (listing.getStock() < line.quantity()) {
                throw new ConflictException(
                        listing.getStock() == 0
                                ? "Listing " + listing.getId() + " sold out; remove it from the cart"
                                : "Only " + listing.getStock() + " of listing " + listing.getId()
                                        + " left; lower the quantity");
            }
            listings.put(listing.getId(), listing);
        }
        return listings;
    }

    /** Writes the order as priced: its lines, stock and balance ledgers, fulfilments; announces the sales it took from. */
    private static Receipt write(
            Tx tx,
            Actor actor,
            Sold sold,
            List<WantedLine> lines,
            Map<Long, Listing> listings,
            ShopTerms terms,
            List<CartDiscount> discounts,
            Map<Long, Money> givenByTarget,
            PricedCart priced,
            List<Receipt.DiscountLine> discountLines) {
        var session = tx.session();
        Instant now = sold.now();
        // The order's rows are written in one JDBC batch per table (AppendedRows); the discounts,
        // gift cards and tenders, which refer to them, through the session after.
        AppendedRows rows = new AppendedRows(tx);
        List<OrderDiscount> discountsGiven = new ArrayList<>();
        Order order = rows.withId(new Order(
                sold.orderNumber(),
                sold.cart().getId(),
                sold.buyerId(),
                actor.accountId(),
                sold.total(),
                sold.key(),
                now,
                sold.shift() == null ? null : sold.shift().getId(),
                sold.cart().getShipTo(),
                sold.cart().getCustomerRecordId()));
        rows.add(order);
        List<Receipt.Line> receiptLines = new ArrayList<>();
        List<ReceiptLines.TaxPart> taxParts = new ArrayList<>();
        Map<String, String> taxNumbers = new LinkedHashMap<>();
        Set<Long> salesTakenFrom = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            WantedLine line = lines.get(i);
            PricedLine price = priced.lines().get(i);
            Listing listing = listings.get(line.listingId());
            Long saleId = price.saleUnits() > 0
                    ? terms.saleByShop().get(line.shopId()).id()
                    : null;
            if (saleId != null) {
                salesTakenFrom.add(line.shopId());
            }
            TaxSettings tax = terms.taxByShop().get(line.shopId());
            OrderLine orderLine = rows.withId(new OrderLine(
                    order.getId(), listing.getId(), listing.getShopId(), saleId, price, tax.pricesIncludeTax()));
            rows.add(orderLine);
            for (Pricing.LineTax rateTax : price.taxes()) {
                rows.add(rows.withId(new OrderLineTax(orderLine.getId(), rateTax)));
                taxParts.add(new ReceiptLines.TaxPart(
                        line.shopId(),
                        line.shopName(),
                        rateTax.rate(),
                        tax.pricesIncludeTax(),
                        rateTax.taxable(),
                        rateTax.tax()));
            }
            taxNumbers.putIfAbsent(line.shopName(), tax.registrationNumber());
            if (line.discount() != null) {
                Discount given = line.discount().discount();
                discountsGiven.add(new OrderDiscount(
                        order.getId(),
                        orderLine.getId(),
                        given,
                        given.kind() == DiscountKind.PRICE ? listing.getPrice() : null,
                        givenByTarget.get(line.listingId()),
                        line.discount().getAskedBy(),
                        approverOf(tx, line.discount())));
            }
            receiptLines.add(ReceiptLines.line(
                    orderLine,
                    line.shopName(),
                    line.description(),
                    collected(sold.cart()) ? OrderStatus.COLLECTED : OrderStatus.PROCESSING));
            listing.moveStock(-line.quantity()); // as LocalListingService.moveStock does, its ledger row batched
            rows.add(rows.withId(new InventoryEntry(
                    listing.getId(),
                    -line.quantity(),
                    InventoryEntry.Reason.SALE,
                    null,
                    order.getId(),
                    actor.accountId(),
                    now)));
            if (orderLine.getGross().isPositive()) {
                rows.add(rows.withId(new BalanceEntry(
                        listing.getShopId(),
                        orderLine.getGross(),
                        BalanceEntry.Reason.SALE,
                        order.getId(),
                        actor.accountId(),
                        now)));
            }
        }
        CartDiscount onTheSale = lines.isEmpty() ? null : lines.get(0).cartDiscount();
        if (onTheSale != null) {
            discountsGiven.add(new OrderDiscount(
                    order.getId(),
                    null,
                    onTheSale.discount(),
                    null,
                    givenByTarget.get(CartDiscount.WHOLE_CART),
                    onTheSale.getAskedBy(),
                    approverOf(tx, onTheSale)));
        }
        Receipt.Header header = ReceiptLines.header(
                tx, sold.shopIds(), sold.shift() == null ? null : sold.shift().getId());
        for (long shopId : sold.shopIds()) {
            rows.add(new Fulfilment(
                    order.getId(),
                    sold.orderNumber(),
                    shopId,
                    terms.taxByShop().get(shopId).registrationNumber(),
                    collected(sold.cart()),
                    now,
                    header == null ? null : header.shopName(),
                    header == null
                            ? null
                            : new ReceiptDetails(header.address(), header.phone(), header.returnPolicy())));
        }
        rows.write();
        discountsGiven.forEach(session::persist);
        List<Receipt.GiftCardLine> giftCards = sold.giftCardsSold().isEmpty()
                ? List.of()
                : StoredValues.sellGiftCards(
                        tx, sold.cart().getShopId(), sold.giftCardsSold(), order.getId(), actor.accountId(), now);
        List<Receipt.TenderLine> tenders = payBy(tx, actor, sold, order.getId());
        salesTakenFrom.forEach(shopId -> tx.sql().announceSaleChange(shopId));
        return new Receipt(
                order.getId(),
                sold.orderNumber(),
                now,
                sold.cashierName(),
                sold.buyerName(),
                tenders,
                sold.settlement().change(),
                giftCards,
                sold.total(),
                receiptLines,
                discountLines,
                ReceiptLines.taxLines(taxParts),
                ReceiptLines.taxNumbers(taxNumbers),
                header,
                false,
                sold.cart().getShipTo());
    }

    /** A till's sale the customer takes away is done at checkout; one the shop ships is processed like an online order. */
    private static boolean collected(Cart cart) {
        return cart.getShopId() != null && cart.getShipTo() == null;
    }

    /**
     * Records the order's tenders and spends its gift cards and store credit, each under its row
     * lock: gift cards in the order of their codes' hashes, then the store credit, after every other
     * lock of the checkout, so two checkouts always take them in the same order.
     */
    private static List<Receipt.TenderLine> payBy(Tx tx, Actor actor, Sold sold, long orderId) {
        List<Payment.Settled> settled = sold.settlement().tenders();
        Map<Payment.Settled, Long> giftCardIds = new HashMap<>();
        settled.stream()
                .filter(tender -> tender.tender().method() == PaymentMethod.GIFT_CARD)
                .sorted(Comparator.comparing(
                        tender -> GiftCardCode.hash(tender.tender().giftCardCode())))
                .forEach(tender -> giftCardIds.put(
                        tender,
                        StoredValues.redeemGiftCard(
                                tx,
                                sold.cart().getShopId(),
                                tender.tender().giftCardCode(),
                                tender.amount(),
                                orderId,
                                actor.accountId(),
                                sold.now())));
        for (Payment.Settled tender : settled) {
            if (tender.tender().method() == PaymentMethod.STORE_CREDIT) {
                StoredValues.spendStoreCredit(
                        tx,
                        sold.cart().getShopId(),
                        sold.buyerId(),
                        tender.amount(),
                        orderId,
                        actor.accountId(),
                        sold.now());
            }
        }
        List<Receipt.TenderLine> lines = new ArrayList<>();
        for (int i = 0; i < settled.size(); i++) {
            Payment.Settled tender = settled.get(i);
            OrderTender row = new OrderTender(orderId, i, tender, giftCardIds.get(tender));
            tx.session().persist(row);
            lines.add(ReceiptLines.tender(
                    row,
                    tender.tender().giftCardCode() == null
                            ? null
                            : GiftCardCode.last4(tender.tender().giftCardCode())));
        }
        return lines;
    }

    /** Who approved a discount, if it needed a manager. */
    private static Long approverOf(Tx tx, CartDiscount discount) {
        return discount.getApprovalId() == null
                ? null
                : tx.session().find(Approval.class, discount.getApprovalId()).getApprovedBy();
    }

    /**
     * The receipt of the order an earlier attempt with this key made, if there is one; refused when the
     * key comes back for another sale: another account's, another cart than the one seen, or (when the
     * till did not say which cart) while another sale is waiting in the actor's open cart.
     */
    private Receipt receiptOfKey(Tx tx, Actor actor, String key, SaleSeen seen) {
        if (key == null) {
            return null;
        }
        Order earlier = tx.session()
                .createSelectionQuery("from Order where idempotencyKey = :key", Order.class)
                .setParameter("key", key)
                .getSingleResultOrNull();
        if (earlier == null) {
            return null;
        }
        if (earlier.getCashierId() != actor.accountId()) {
            throw new ConflictException("This checkout key was used by another account");
        }
        boolean sameSale = seen != null
                ? earlier.getCartId() == seen.cartId()
                        && tx.session().find(Cart.class, earlier.getCartId()).getRevision() == seen.revision()
                : !openCartHasLines(tx, actor);
        if (!sameSale) {
            throw new ConflictException(KEY_OF_ANOTHER_SALE.formatted(earlier.getOrderNumber()));
        }
        Receipt again = orders.receipt(tx, earlier.getId(), false); // the till never printed it
        return again.giftCardsSold().isEmpty() ? again : StoredValues.withCodesReissued(tx, again, actor, clock);
    }

    /** Whether the actor's open cart holds a sale: a line, or a gift card to sell. */
    private static boolean openCartHasLines(Tx tx, Actor actor) {
        return tx.session()
                        .createSelectionQuery("""
                select count(*) from Cart c where c.openOwnerId = :owner
                    and (exists (select 1 from CartLine cl where cl.cartId = c.id)
                        or exists (select 1 from CartGiftCard g where g.cartId = c.id))""", Long.class)
                        .setParameter("owner", actor.accountId())
                        .getSingleResult()
                > 0;
    }
}
