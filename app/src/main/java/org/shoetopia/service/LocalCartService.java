package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartLine;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Pricing.PricedCart;
import org.shoetopia.domain.Pricing.PricedLine;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.NativeStatements;
import org.shoetopia.persistence.Tx;

/**
 * The open cart of the signed-in account: a customer's own, or a cashier's walk-in sale (customer
 * optional). An account has at most one open cart, enforced by a unique index.
 */
public final class LocalCartService implements CartService {
    private final Database database;
    private final Clock clock;

    public LocalCartService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public CartView view(Actor actor) {
        return database.inTransaction(tx -> view(tx, openCart(tx, actor), null));
    }

    @Override
    public CartView add(Actor actor, long listingId, int quantity) {
        requirePositive(quantity);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            ListingView listing = sellable(tx, listingId);
            if (cart.shopId() != null && listing.shopId() != cart.shopId()) {
                // A shop's till sells its own stock; another shop would see this till's cashier and card.
                throw new ValidationException(
                        "listingId",
                        "Listing " + listingId + " is " + listing.shopName() + "'s; this till sells only its own shop's"
                                + " listings");
            }
            int wanted = tx.sql().addToCartLine(cart.id(), listingId, quantity);
            requireInStock(listing, wanted);
            recordLine(tx, actor, cart, listingId, wanted);
            // A fresh cart holds just this line, and its listing was read above: the view needs no query.
            return view(tx, cart, cart.fresh() ? List.of(new LineRow(listing, wanted)) : null);
        });
    }

    @Override
    public CartView setQuantity(Actor actor, long listingId, int quantity) {
        requirePositive(quantity);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            CartLine line = existingLine(tx, cart, listingId);
            requireInStock(sellable(tx, listingId), quantity);
            line.setQuantity(quantity);
            recordLine(tx, actor, cart, listingId, quantity);
            return view(tx, cart, null);
        });
    }

    @Override
    public CartView remove(Actor actor, long listingId) {
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            tx.session().remove(existingLine(tx, cart, listingId));
            // A cart emptied by a cashier who no longer sells for its shop can be used again.
            boolean rebound = tx.sql().rebindEmptyCart(cart.id(), actor.accountId());
            Audit.record(
                    tx,
                    AuditKind.CART_LINE_REMOVED,
                    "cart " + cart.id() + " listing " + listingId,
                    actor.accountId(),
                    null,
                    clock.instant());
            return view(tx, rebound ? reread(tx, cart) : cart, null);
        });
    }

    @Override
    public CartView setCustomer(Actor actor, String customerEmail) {
        Email email = customerEmail == null || customerEmail.isBlank() ? null : Email.parse(customerEmail);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            if (cart.shopId() == null) {
                throw new ValidationException("customerEmail", "Only a shop's till names the customer of a sale");
            }
            Long customerId = null;
            if (email != null) {
                Account customer = tx.session()
                        .createSelectionQuery("from Account where email = :email", Account.class)
                        .setParameter("email", email.value())
                        .getSingleResultOrNull();
                if (customer == null) {
                    throw new NotFoundException("No customer account uses " + email);
                }
                customerId = customer.getId();
            }
            // Only the one column, under the row lock taken above: never a whole row from a stale read.
            tx.session()
                    .createMutationQuery("update Cart set customerId = :customer where id = :id")
                    .setParameter("customer", customerId)
                    .setParameter("id", cart.id())
                    .executeUpdate();
            Audit.record(
                    tx, AuditKind.CART_CUSTOMER_SET, "cart " + cart.id(), actor.accountId(), null, clock.instant());
            return view(tx, cart.naming(customerId), null);
        });
    }

    /**
     * Locks the cart for a change, if it is still open, bumps its revision and reads it again under the
     * lock. A cart this transaction opened is locked by its insert already, and nobody has seen it: its
     * first contents are revision 0.
     */
    private static OpenCart revised(Tx tx, OpenCart cart) {
        if (cart.fresh()) {
            return cart;
        }
        return tx.sql()
                .reviseOpenCart(cart.id())
                .map(OpenCart::of)
                .orElseThrow(() -> new ConflictException(JUST_CHECKED_OUT));
    }

    /** The cart row again, after a statement changed its shop or customer. */
    private static OpenCart reread(Tx tx, OpenCart cart) {
        Cart row = tx.session().find(Cart.class, cart.id()); // not loaded before in this transaction
        return new OpenCart(cart.id(), cart.revision(), row.getCustomerId(), row.getShopId(), cart.fresh());
    }

    /** The cart's line for a listing, read under the cart's lock. */
    private static CartLine existingLine(Tx tx, OpenCart cart, long listingId) {
        if (cart.fresh()) {
            // The screen shows a line of a cart that is no longer open: it was checked out meanwhile.
            throw new ConflictException(JUST_CHECKED_OUT);
        }
        CartLine line = tx.session().find(CartLine.class, new CartLine.Key(cart.id(), listingId));
        if (line == null) {
            throw new NotFoundException("Listing " + listingId + " is not in the cart");
        }
        return line;
    }

    private static ListingView sellable(Tx tx, long listingId) {
        ListingView listing = LocalListingService.view(tx, listingId);
        if (!listing.active()) {
            throw new ConflictException("Listing " + listingId + " is no longer sold");
        }
        return listing;
    }

    private static void requireInStock(ListingView listing, int wanted) {
        if (wanted > listing.stock()) {
            throw new ConflictException(
                    listing.stock() == 0
                            ? "Listing " + listing.listingId() + " is sold out"
                            : "Only " + listing.stock() + " of listing " + listing.listingId() + " in stock");
        }
    }

    private void recordLine(Tx tx, Actor actor, OpenCart cart, long listingId, int quantity) {
        Audit.record(
                tx,
                AuditKind.CART_LINE_SET,
                "cart " + cart.id() + " listing " + listingId + " x" + quantity,
                actor.accountId(),
                null,
                clock.instant());
    }

    /**
     * The open cart of an account as this transaction knows it: its revision, the customer it names,
     * the shop whose walk-in sale it is (null: the owner's own cart), and whether this transaction opened it.
     */
    record OpenCart(long id, int revision, Long customerId, Long shopId, boolean fresh) {
        static OpenCart of(NativeStatements.OpenCartRow row) {
            return new OpenCart(row.id(), row.revision(), row.customerId(), row.shopId(), row.opened());
        }

        OpenCart naming(Long customer) {
            return new OpenCart(id, revision, customer, shopId, fresh);
        }
    }

    /** The actor's open cart, opened now if there is none (one insert-if-absent statement). */
    static OpenCart openCart(Tx tx, Actor actor) {
        NativeStatements.OpenCartRow row = tx.sql()
                .openCart(actor.accountId())
                // Another terminal of the same account opened one at the same instant: now it is there to read.
                .or(() -> tx.sql().openCart(actor.accountId()))
                .orElseThrow(() -> new ConflictException("The cart is busy on another terminal; try again"));
        return OpenCart.of(row);
    }

    private record LineRow(ListingView listing, int quantity) {}

    /** The cart with estimated prices; {@code knownLines} when the caller has them, else one query reads them. */
    private static CartView view(Tx tx, OpenCart cart, List<LineRow> knownLines) {
        List<LineRow> lines = knownLines;
        if (lines == null) {
            tx.session().flush();
            lines = tx
                    .session()
                    .createSelectionQuery(
                            "select cl.quantity as quantity, " + ListingRows.COLUMNS + " "
                                    + ListingRows.FROM
                                    + " join CartLine cl on cl.listingId = l.id where cl.cartId = :cart"
                                    + " order by l.id",
                            Tuple.class)
                    .setParameter("cart", cart.id())
                    .getResultList()
                    .stream()
                    .map(row -> new LineRow(ListingRows.listing(row), row.get("quantity", Integer.class)))
                    .toList();
        }
        // The sale units left are an estimate: checkout prices what it takes, by the same rule.
        Map<Long, Pricing.Sale> saleByShop = new HashMap<>();
        for (LineRow line : lines) {
            ListingView listing = line.listing();
            if (listing.onFlashSale()) {
                saleByShop.putIfAbsent(
                        listing.shopId(), new Pricing.Sale(listing.salePercentOff(), listing.saleUnitsLeft()));
            }
        }
        Map<Long, TaxSettings> taxByShop = TaxRows.settingsOf(
                tx, lines.stream().map(line -> line.listing().shopId()).collect(Collectors.toCollection(TreeSet::new)));
        PricedCart priced = Pricing.price(
                lines.stream()
                        .map(line -> new Pricing.Line(
                                line.listing().listingId(),
                                line.listing().shopId(),
                                line.listing().price(),
                                line.quantity(),
                                line.listing().taxCategory()))
                        .toList(),
                saleByShop,
                taxByShop);
        List<CartLineView> views = new ArrayList<>();
        List<ReceiptLines.TaxPart> taxParts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = priced.lines().get(i);
            ListingView listing = lines.get(i).listing();
            views.add(new CartLineView(listing, lines.get(i).quantity(), line.saleUnits(), line.charged()));
            for (Pricing.LineTax tax : line.taxes()) {
                taxParts.add(new ReceiptLines.TaxPart(
                        listing.shopId(),
                        listing.shopName(),
                        tax.rate(),
                        taxByShop.get(listing.shopId()).pricesIncludeTax(),
                        tax.taxable(),
                        tax.tax()));
            }
        }
        Money total = priced.total();
        String customerName = cart.customerId() == null
                ? null
                : tx.session().find(Account.class, cart.customerId()).getName();
        return new CartView(
                cart.id(),
                cart.revision(),
                cart.customerId(),
                customerName,
                views,
                total,
                ReceiptLines.taxLines(taxParts));
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
