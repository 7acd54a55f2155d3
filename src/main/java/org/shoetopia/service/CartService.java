package org.shoetopia.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartLine;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.NativeStatements;
import org.shoetopia.persistence.Tx;

/**
 * The open cart of the signed-in account: a customer's own, or a cashier's walk-in sale (customer
 * optional). An account has at most one open cart, enforced by a unique index.
 */
public final class CartService {
    private final Database database;
    private final Clock clock;

    public CartService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A cart line with what it would cost if checked out now (sale units taken line by line). */
    public record CartLineView(ListingView listing, int quantity, int saleUnits, Money estimatedTotal) {
    }

    public record CartView(long cartId, Long customerId, String customerName, List<CartLineView> lines,
            Money estimatedTotal) {
        public int units() {
            return lines.stream().mapToInt(CartLineView::quantity).sum();
        }
    }

    public CartView view(Actor actor) {
        return database.inTransaction(tx -> view(tx, openCart(tx, actor), null));
    }

    /** Adds units of a listing (by number or scanned code) to the cart; never more than the stock now. */
    public CartView add(Actor actor, long listingId, int quantity) {
        requirePositive(quantity);
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            CartLine line = lineOf(tx, cart, listingId);
            int wanted = Math.addExact(line == null ? 0 : line.getQuantity(), quantity);
            return setLine(tx, actor, cart, listingId, line, wanted);
        });
    }

    public CartView setQuantity(Actor actor, long listingId, int quantity) {
        requirePositive(quantity);
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            return setLine(tx, actor, cart, listingId, existingLine(tx, cart, listingId), quantity);
        });
    }

    public CartView remove(Actor actor, long listingId) {
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            tx.session().remove(existingLine(tx, cart, listingId));
            Audit.record(tx, "cart.line_removed", "cart " + cart.id() + " listing " + listingId,
                    actor.accountId(), null, clock.instant());
            return view(tx, cart, null);
        });
    }

    /** Names the customer of a walk-in sale by their account email (null or blank: anonymous walk-in). */
    public CartView setCustomer(Actor actor, String customerEmail) {
        return database.inTransaction(tx -> {
            OpenCart open = openCart(tx, actor);
            Long customerId = null;
            if (customerEmail != null && !customerEmail.isBlank()) {
                Email email = Email.parse(customerEmail);
                Account customer = tx.session().createSelectionQuery("from Account where email = :email",
                        Account.class).setParameter("email", email.value()).getSingleResultOrNull();
                if (customer == null) {
                    throw new NotFoundException("No customer account uses " + email);
                }
                customerId = customer.getId();
            }
            tx.session().find(Cart.class, open.id()).setCustomer(customerId);
            Audit.record(tx, "cart.customer_set", "cart " + open.id(), actor.accountId(), null, clock.instant());
            return view(tx, new OpenCart(open.id(), customerId, false), null);
        });
    }

    /** The cart's line for a listing, or null. A cart opened just now has no lines: no need to look. */
    private static CartLine lineOf(Tx tx, OpenCart cart, long listingId) {
        return cart.fresh() ? null : tx.session().find(CartLine.class, new CartLine.Key(cart.id(), listingId));
    }

    private static CartLine existingLine(Tx tx, OpenCart cart, long listingId) {
        CartLine line = lineOf(tx, cart, listingId);
        if (line == null) {
            throw new NotFoundException("Listing " + listingId + " is not in the cart");
        }
        return line;
    }

    private CartView setLine(Tx tx, Actor actor, OpenCart cart, long listingId, CartLine line, int wanted) {
        ListingView listing = ListingService.view(tx, listingId);
        if (!listing.active()) {
            throw new ConflictException("Listing " + listingId + " is no longer sold");
        }
        if (wanted > listing.stock()) {
            throw new ConflictException(listing.stock() == 0 ? "Listing " + listingId + " is sold out"
                    : "Only " + listing.stock() + " of listing " + listingId + " in stock");
        }
        if (line == null) {
            tx.session().persist(new CartLine(cart.id(), listingId, wanted));
        } else {
            line.setQuantity(wanted);
        }
        Audit.record(tx, "cart.line_set", "cart " + cart.id() + " listing " + listingId + " x" + wanted,
                actor.accountId(), null, clock.instant());
        // A fresh cart holds just this line, and its listing was read above: the view needs no query.
        return view(tx, cart, cart.fresh() ? List.of(new LineRow(listing, wanted)) : null);
    }

    /** The open cart of an account, and whether this transaction opened it. */
    record OpenCart(long id, Long customerId, boolean fresh) {
    }

    /** The actor's open cart, opened now if there is none (one insert-if-absent statement). */
    static OpenCart openCart(Tx tx, Actor actor) {
        NativeStatements.OpenCartRow row = tx.call((sql, connection) -> sql.openCart(connection, actor.accountId()))
                // Another terminal of the same account opened one at the same instant: now it is there to read.
                .or(() -> tx.call((sql, connection) -> sql.openCart(connection, actor.accountId())))
                .orElseThrow(() -> new ConflictException("The cart is busy on another terminal; try again"));
        return new OpenCart(row.id(), row.customerId(), row.opened());
    }

    private record LineRow(ListingView listing, int quantity) {
    }

    /** The cart with estimated prices; {@code knownLines} when the caller has them, else one query reads them. */
    private static CartView view(Tx tx, OpenCart cart, List<LineRow> knownLines) {
        List<LineRow> lines = knownLines;
        if (lines == null) {
            tx.session().flush();
            lines = tx.session().createSelectionQuery("select cl.quantity, " + ListingView.COLUMNS + " "
                            + ListingView.FROM + " join CartLine cl on cl.listingId = l.id where cl.cartId = :cart"
                            + " order by l.id", Object[].class)
                    .setParameter("cart", cart.id()).getResultList().stream()
                    .map(row -> new LineRow(ListingView.fromRow(Arrays.copyOfRange(row, 1, row.length)),
                            (Integer) row[0]))
                    .toList();
        }
        var saleUnitsLeft = new HashMap<Long, Integer>();
        List<CartLineView> views = lines.stream().map(line -> {
            ListingView listing = line.listing();
            int left = saleUnitsLeft.computeIfAbsent(listing.shopId(),
                    shop -> listing.onFlashSale() ? listing.saleUnitsLeft() : 0);
            int saleUnits = Math.min(left, line.quantity());
            saleUnitsLeft.put(listing.shopId(), left - saleUnits);
            Money total = listing.salePrice().times(saleUnits).plus(listing.price().times(line.quantity() - saleUnits));
            return new CartLineView(listing, line.quantity(), saleUnits, total);
        }).toList();
        Money total = views.stream().map(CartLineView::estimatedTotal).reduce(Money.ZERO, Money::plus);
        String customerName = cart.customerId() == null ? null
                : tx.session().find(Account.class, cart.customerId()).getName();
        return new CartView(cart.id(), cart.customerId(), customerName, views, total);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "Quantity must be at least 1");
        }
        if (quantity > Listing.MAX_QUANTITY) {
            throw new ValidationException("quantity", "Quantity is too large");
        }
    }
}
