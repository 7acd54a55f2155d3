package org.shoetopia.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.LockMode;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartLine;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.FlashSale;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/**
 * Checkout: all or nothing, in one transaction, under row locks taken in one global order —
 * the cart, then the running flash sales by id, then the listings by id — so checkouts never
 * deadlock each other. Stock and sale units are checked and taken while their rows are locked,
 * so no listing oversells and exactly N units of a sale are ever sold at the sale price.
 * A lock not granted in time fails the checkout as "terminal busy"; the cart stays open.
 */
public final class CheckoutService {
    public static final int MAX_IDEMPOTENCY_KEY = 64;

    private final Database database;
    private final OrderService orders;
    private final Clock clock;

    public CheckoutService(Database database, OrderService orders, Clock clock) {
        this.database = database;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Checks out the actor's open cart. {@code idempotencyKey} (optional) names this attempt: a retry
     * with the same key after an unknown outcome returns the first receipt instead of charging twice.
     */
    public Receipt checkout(Actor actor, Payment payment, String idempotencyKey) {
        if (payment == null) {
            throw new ValidationException("payment", "Choose cash or card");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : Text.required("idempotencyKey", "Checkout key", idempotencyKey, MAX_IDEMPOTENCY_KEY);
        long orderId = database.inTransaction(tx -> {
            tx.boundLockWaits();
            Long earlier = orderWithKey(tx, actor, key);
            if (earlier != null) {
                return earlier;
            }
            boolean walkIn = walkInSale(tx, actor);
            Cart cart = CartService.findOpenCart(tx, actor, LockMode.PESSIMISTIC_WRITE);
            // A concurrent attempt with the same key may have committed while we waited for the cart.
            earlier = orderWithKey(tx, actor, key);
            if (earlier != null) {
                return earlier;
            }
            if (cart == null) {
                throw new ConflictException("There is no open cart to check out");
            }
            Long buyerId = walkIn ? cart.getCustomerId() : Long.valueOf(actor.accountId());
            return checkoutLocked(tx, actor, cart, buyerId, payment, key);
        });
        // The receipt is read after commit, so the sale and listing locks are held no longer than the writes need.
        return database.inTransaction(tx -> orders.receipt(tx, orderId));
    }

    private long checkoutLocked(Tx tx, Actor actor, Cart cart, Long buyerId, Payment payment, String key) {
        var session = tx.session();
        List<CartLine> lines = session
                .createSelectionQuery("from CartLine where cartId = :cart order by listingId", CartLine.class)
                .setParameter("cart", cart.getId()).getResultList();
        if (lines.isEmpty()) {
            throw new ValidationException("cart", "The cart is empty");
        }
        List<Long> listingIds = lines.stream().map(CartLine::getListingId).toList();
        // Scalar read (no entities enter the session), so the locked reads below load fresh rows.
        Set<Long> shopIds = new LinkedHashSet<>(session.createSelectionQuery(
                "select distinct l.shopId from Listing l where l.id in :ids order by l.shopId", Long.class)
                .setParameter("ids", listingIds).getResultList());

        Map<Long, FlashSale> saleByShop = new HashMap<>();
        for (FlashSale sale : session.createSelectionQuery(
                "from FlashSale where shopId in :shops and endedAt is null order by id", FlashSale.class)
                .setParameter("shops", shopIds).setHibernateLockMode(LockMode.PESSIMISTIC_WRITE).getResultList()) {
            saleByShop.put(sale.getShopId(), sale);
        }
        Map<Long, Listing> listings = new HashMap<>();
        for (long listingId : listingIds) { // ascending: the cart lines were read ordered by listing id
            listings.put(listingId, ListingService.lockedListing(tx, listingId));
        }

        Instant now = clock.instant();
        record Priced(CartLine line, Listing listing, FlashSale sale, int saleUnits, Money salePrice) {
            Money total() {
                return salePrice.times(saleUnits).plus(listing.getPrice().times(line.getQuantity() - saleUnits));
            }
        }
        List<Priced> priced = lines.stream().map(line -> {
            Listing listing = listings.get(line.getListingId());
            if (!listing.isActive()) {
                throw new ConflictException("Listing " + listing.getId() + " is no longer sold; remove it from the cart");
            }
            if (listing.getStock() < line.getQuantity()) {
                throw new ConflictException(listing.getStock() == 0
                        ? "Listing " + listing.getId() + " sold out; remove it from the cart"
                        : "Only " + listing.getStock() + " of listing " + listing.getId() + " left; lower the quantity");
            }
            FlashSale sale = saleByShop.get(listing.getShopId());
            int saleUnits = sale == null ? 0 : sale.takeUnits(line.getQuantity(), now);
            Money salePrice = sale == null ? listing.getPrice() : listing.getPrice().discounted(sale.getPercentOff());
            return new Priced(line, listing, saleUnits > 0 ? sale : null, saleUnits, salePrice);
        }).toList();
        Money total = priced.stream().map(Priced::total).reduce(Money.ZERO, Money::plus);
        if (payment.cashTendered() != null && payment.cashTendered().compareTo(total) < 0) {
            throw new ValidationException("cashTendered", "Cash tendered (" + payment.cashTendered()
                    + ") is less than the total (" + total + ")");
        }

        long orderNumber = tx.call((sql, connection) -> sql.nextOrderNumber(connection));
        Order order = new Order(orderNumber, cart.getId(), buyerId, actor.accountId(), payment, total,
                key, now);
        session.persist(order);
        for (Priced line : priced) {
            Listing listing = line.listing();
            OrderLine orderLine = new OrderLine(order.getId(), listing.getId(), listing.getShopId(),
                    line.line().getQuantity(), listing.getPrice(), line.sale() == null ? null : line.sale().getId(),
                    line.saleUnits(), line.saleUnits() > 0 ? line.salePrice() : listing.getPrice());
            session.persist(orderLine);
            ListingService.moveStock(tx, listing, -line.line().getQuantity(), InventoryEntry.Reason.SALE, null,
                    order.getId(), actor, now);
            if (orderLine.getLineTotal().isPositive()) {
                session.persist(new BalanceEntry(listing.getShopId(), orderLine.getLineTotal(),
                        BalanceEntry.Reason.SALE, order.getId(), actor.accountId(), now));
            }
        }
        for (long shopId : shopIds) {
            session.persist(new Fulfilment(order.getId(), shopId, now));
            Audit.record(tx, "checkout", "order " + orderNumber, actor.accountId(), shopId, now);
        }
        priced.stream().filter(line -> line.sale() != null).map(line -> line.sale().getShopId()).distinct()
                .forEach(shopId -> tx.call((sql, connection) -> {
                    sql.announceSaleChange(connection, shopId);
                    return null;
                }));
        cart.close(now);
        return order.getId();
    }

    /**
     * A cashier's or owner's cart is a walk-in sale, bought by the customer the cart names (if any);
     * anyone else's cart they buy for themselves.
     */
    private static boolean walkInSale(Tx tx, Actor actor) {
        return Access.isSeller(tx, actor.accountId());
    }

    /** The order an earlier attempt with this key made, if it was this actor's. */
    private static Long orderWithKey(Tx tx, Actor actor, String key) {
        if (key == null) {
            return null;
        }
        Order earlier = tx.session().createSelectionQuery("from Order where idempotencyKey = :key", Order.class)
                .setParameter("key", key).getSingleResultOrNull();
        if (earlier != null && earlier.getCashierId() != actor.accountId()) {
            throw new ConflictException("This checkout key was used by another account");
        }
        return earlier == null ? null : earlier.getId();
    }
}
