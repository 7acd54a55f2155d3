package org.shoetopia.service;

import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.shoetopia.api.Actor;
import org.shoetopia.api.CartService;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.Approval;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.CartDiscount;
import org.shoetopia.domain.CartGiftCard;
import org.shoetopia.domain.CartLine;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.CustomerRecord;
import org.shoetopia.domain.Discount;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Pricing;
import org.shoetopia.domain.Pricing.PricedCart;
import org.shoetopia.domain.Pricing.PricedLine;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Text;
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
    private final LocalAccountService accounts;
    private final Clock clock;

    public LocalCartService(Database database, LocalAccountService accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
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
            return view(tx, cart, cart.fresh() ? List.of(new LineRow(listing, wanted, null, null)) : null);
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
            deleteDiscount(tx, cart.id(), listingId); // a line's discount goes with it
            // and the sale's with its last line: an emptied cart starts the next sale without one.
            tx.session()
                    .createMutationQuery("delete from CartDiscount d where d.cartId = :cart"
                            + " and not exists (select 1 from CartLine cl where cl.cartId = :cart)")
                    .setParameter("cart", cart.id())
                    .executeUpdate();
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
    public FitView customerFit(Actor actor) {
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            if (cart.customerId() == null || cart.shopId() == null) {
                return FitView.NONE;
            }
            // A cart outlives its seller's place on the staff: the fit is only for who still sells there.
            Access.requireSellerOf(tx, actor, cart.shopId());
            return CustomerFits.read(tx, cart.customerId(), cart.shopId());
        });
    }

    @Override
    public FitView measureCustomer(Actor actor, FitForm form) {
        CustomerFits.Checked fit = CustomerFits.Checked.of(form);
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            if (cart.shopId() == null) {
                throw new ValidationException("footLength", "Only a shop's till measures a customer");
            }
            Access.requireSellerOf(tx, actor, cart.shopId());
            if (cart.customerId() == null) {
                throw new ValidationException("footLength", "Name the customer first: the fit goes on their account");
            }
            CustomerFits.saveMeasured(tx, cart.customerId(), fit, actor.accountId(), clock.instant());
            Audit.record(
                    tx,
                    AuditKind.CUSTOMER_MEASURED,
                    "account " + cart.customerId(),
                    actor.accountId(),
                    cart.shopId(),
                    clock.instant());
            return CustomerFits.read(tx, cart.customerId(), cart.shopId());
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
            Access.requireSellerOf(tx, actor, cart.shopId());
            if (email == null) {
                return name(tx, actor, cart, null, null);
            }
            Account customer = accountUsing(tx, email);
            if (customer == null) {
                throw new NotFoundException("No customer account uses " + email);
            }
            return nameAccount(tx, actor, cart, customer.getId());
        });
    }

    @Override
    public List<CustomerMatch> findCustomers(Actor actor, String typed) {
        String text = Text.searchable(typed == null ? "" : typed);
        if (text.length() < MIN_CUSTOMER_SEARCH) {
            return List.of();
        }
        if (text.length() > Email.MAX_LENGTH) {
            throw new ValidationException("customer", "That is longer than any name, email or phone");
        }
        String digits = CustomerRecord.digitsOf(text);
        return database.inTransaction(tx -> {
            long shopId = tillShopOf(tx, actor, "customer");
            return tx
                    .session()
                    .createSelectionQuery("""
                            select r.id, coalesce(a.name, r.name), coalesce(a.email, r.email), r.phone, r.accountId
                            from CustomerRecord r left join Account a on a.id = r.accountId
                            where r.shopId = :shop and r.mergedIntoId is null
                              and (lower(coalesce(a.name, r.name)) like :text escape '\\'
                                or coalesce(a.email, r.email) like :text escape '\\'
                                or (:digits <> '' and r.phoneDigits like :digits))
                            order by lower(coalesce(a.name, r.name)), r.id""", Object[].class)
                    .setParameter("shop", shopId)
                    .setParameter("text", "%" + LocalSearchService.likeEscape(text) + "%")
                    // a phone is matched on its digits only when the text has enough of them to mean one
                    .setParameter("digits", digits.length() >= MIN_CUSTOMER_SEARCH + 1 ? "%" + digits + "%" : "")
                    .setMaxResults(MAX_CUSTOMERS_FOUND)
                    .getResultList()
                    .stream()
                    .map(row -> new CustomerMatch(
                            (Long) row[0], (String) row[1], (String) row[2], (String) row[3], row[4] != null))
                    .toList();
        });
    }

    @Override
    public CartView chooseCustomer(Actor actor, long recordId) {
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            long shopId = tillShopOf(tx, actor, "customer", cart);
            CustomerRecord record = tx.session().find(CustomerRecord.class, recordId);
            while (record != null && record.getMergedIntoId() != null) { // folded into the one the shop keeps
                record = tx.session().find(CustomerRecord.class, record.getMergedIntoId());
            }
            // Another shop's record reads as no record at all: its customers are not this shop's to see.
            if (record == null || record.getShopId() != shopId) {
                throw new NotFoundException("No such customer at this shop");
            }
            return name(tx, actor, cart, record.getAccountId(), record.getId());
        });
    }

    @Override
    public CartView addCustomer(Actor actor, NewCustomer customer) {
        if (customer == null) {
            throw new ValidationException("name", "The customer's name must not be blank");
        }
        CustomerRecord.WalkIn walkIn = CustomerRecord.WalkIn.of(customer.name(), customer.phone(), customer.email());
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            long shopId = tillShopOf(tx, actor, "name", cart);
            if (walkIn.email() != null) {
                Account account = accountUsing(tx, walkIn.email());
                if (account != null) {
                    return nameAccount(tx, actor, cart, account.getId()); // a member: their account, fit and credit
                }
            }
            String taken = sameContact(tx, shopId, walkIn);
            if (taken != null) {
                throw new ConflictException(taken);
            }
            CustomerRecord record = CustomerRecord.walkIn(shopId, walkIn, actor.accountId(), clock.instant());
            tx.session().persist(record);
            tx.session().flush(); // its id, for the cart; a record another till added at once fails here
            Audit.record(
                    tx,
                    AuditKind.CUSTOMER_RECORD_ADDED,
                    "customer record " + record.getId(),
                    actor.accountId(),
                    shopId,
                    clock.instant());
            return name(tx, actor, cart, null, record.getId());
        });
    }

    @Override
    public Optional<CustomerMatch> walkInOfSale(Actor actor) {
        return database.inTransaction(tx -> {
            OpenCart cart = openCart(tx, actor);
            if (cart.customerRecordId() == null || cart.customerId() != null) {
                return Optional.empty();
            }
            tillShopOf(tx, actor, "customer", cart);
            CustomerRecord record = tx.session().find(CustomerRecord.class, cart.customerRecordId());
            return Optional.of(
                    new CustomerMatch(record.getId(), record.getName(), record.getEmail(), record.getPhone(), false));
        });
    }

    @Override
    public CartView correctCustomer(Actor actor, NewCustomer corrected, boolean mergeSame) {
        if (corrected == null) {
            throw new ValidationException("name", "The customer's name must not be blank");
        }
        CustomerRecord.WalkIn walkIn = CustomerRecord.WalkIn.of(corrected.name(), corrected.phone(), corrected.email());
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            long shopId = tillShopOf(tx, actor, "name", cart);
            if (cart.customerRecordId() == null || cart.customerId() != null) {
                throw new ValidationException(
                        "customer", "Name a walk-in customer first: a member's name and email are their account's");
            }
            // Locked: two tills correcting the same customer take turns, the second seeing the first's change.
            CustomerRecord record =
                    tx.session().find(CustomerRecord.class, cart.customerRecordId(), LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            if (walkIn.email() != null) {
                Account account = accountUsing(tx, walkIn.email());
                if (account != null) { // a member after all: their account, fit and credit
                    long accountRecord = tx.sql().customerRecordOfAccount(shopId, account.getId(), actor.accountId());
                    fold(tx, actor, record, accountRecord, now);
                    return name(tx, actor, cart, account.getId(), accountRecord);
                }
            }
            List<CustomerRecord> same = sameContactAs(tx, record, walkIn);
            if (!same.isEmpty() && !mergeSame) {
                throw new ConflictException(same.get(0).getName() + " already has this "
                        + (sharesEmail(same.get(0), walkIn) ? "email" : "phone number")
                        + ": merge the two records to keep one");
            }
            for (CustomerRecord other : same) {
                fold(tx, actor, other, record.getId(), now);
            }
            tx.session().flush(); // the folded records give up their phone and email before this one takes them
            record.correct(walkIn);
            tx.session().flush(); // a record another till gave this phone or email at once fails here
            Audit.record(
                    tx,
                    AuditKind.CUSTOMER_RECORD_CHANGED,
                    "customer record " + record.getId(),
                    actor.accountId(),
                    shopId,
                    now);
            return view(tx, cart, null);
        });
    }

    /** The shop's other live records with the phone or email of {@code walkIn}, locked, in id order. */
    private static List<CustomerRecord> sameContactAs(Tx tx, CustomerRecord record, CustomerRecord.WalkIn walkIn) {
        return tx.session()
                .createSelectionQuery("""
                        from CustomerRecord r
                        where r.shopId = :shop and r.id <> :record and r.mergedIntoId is null
                          and (r.email = :email or r.phoneDigits = :digits)
                        order by r.id""", CustomerRecord.class)
                .setParameter("shop", record.getShopId())
                .setParameter("record", record.getId())
                .setParameter(
                        "email", walkIn.email() == null ? "" : walkIn.email().value())
                .setParameter("digits", walkIn.phone() == null ? "" : CustomerRecord.digitsOf(walkIn.phone()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static boolean sharesEmail(CustomerRecord other, CustomerRecord.WalkIn walkIn) {
        return walkIn.email() != null && walkIn.email().value().equals(other.getEmail());
    }

    /** Folds a walk-in's record into another of the same customer, audited: the shop keeps one. */
    private static void fold(Tx tx, Actor actor, CustomerRecord folded, long keptId, Instant now) {
        if (folded.getAccountId() != null) {
            throw new ConflictException(
                    "That phone or email is a member's: name them by their email instead of merging");
        }
        folded.foldInto(keptId);
        // Records folded into this one before lead to the one kept too: one step, never a chain.
        tx.session()
                .createMutationQuery("update CustomerRecord set mergedIntoId = :kept where mergedIntoId = :folded")
                .setParameter("kept", keptId)
                .setParameter("folded", folded.getId())
                .executeUpdate();
        Audit.record(
                tx,
                AuditKind.CUSTOMER_RECORD_MERGED,
                "customer record " + folded.getId() + " into " + keptId,
                actor.accountId(),
                folded.getShopId(),
                now);
    }

    /** The shop the cart's till sells for, checked that the actor still sells there. */
    private static long tillShopOf(Tx tx, Actor actor, String field, OpenCart cart) {
        if (cart.shopId() == null) {
            throw new ValidationException(field, "Only a shop's till names the customer of a sale");
        }
        Access.requireSellerOf(tx, actor, cart.shopId());
        return cart.shopId();
    }

    private static long tillShopOf(Tx tx, Actor actor, String field) {
        return tillShopOf(tx, actor, field, openCart(tx, actor));
    }

    private static Account accountUsing(Tx tx, Email email) {
        return tx.session()
                .createSelectionQuery("from Account where email = :email", Account.class)
                .setParameter("email", email.value())
                .getSingleResultOrNull();
    }

    /** Why a new walk-in would repeat one of the shop's records (its phone or email), or null. */
    private static String sameContact(Tx tx, long shopId, CustomerRecord.WalkIn walkIn) {
        List<Object[]> same = tx.session()
                .createSelectionQuery("""
                        select r.name, r.email from CustomerRecord r
                        where r.shopId = :shop and (r.email = :email or r.phoneDigits = :digits)""", Object[].class)
                .setParameter("shop", shopId)
                .setParameter(
                        "email", walkIn.email() == null ? "" : walkIn.email().value())
                .setParameter("digits", walkIn.phone() == null ? "" : CustomerRecord.digitsOf(walkIn.phone()))
                .setMaxResults(1)
                .getResultList();
        if (same.isEmpty()) {
            return null;
        }
        boolean sameEmail = walkIn.email() != null && walkIn.email().value().equals(same.get(0)[1]);
        return same.get(0)[0] + " already has this " + (sameEmail ? "email" : "phone number")
                + ": find them by it instead";
    }

    /** Names a customer's account on the sale, with the shop's record of them (made now if it has none). */
    private CartView nameAccount(Tx tx, Actor actor, OpenCart cart, long accountId) {
        long recordId = tx.sql().customerRecordOfAccount(cart.shopId(), accountId, actor.accountId());
        return name(tx, actor, cart, accountId, recordId);
    }

    /** Sets the sale's customer columns, under the row lock the caller took: never a whole row from a stale read. */
    private CartView name(Tx tx, Actor actor, OpenCart cart, Long accountId, Long recordId) {
        tx.session()
                .createMutationQuery("update Cart set customerId = :customer where id = :id")
                .setParameter("customer", accountId)
                .setParameter("id", cart.id())
                .executeUpdate();
        tx.session()
                .createNativeMutationQuery("update carts set customer_record_id = :record where id = :id")
                .setParameter("record", recordId)
                .setParameter("id", cart.id())
                .executeUpdate();
        Audit.record(tx, AuditKind.CART_CUSTOMER_SET, "cart " + cart.id(), actor.accountId(), null, clock.instant());
        return view(tx, cart.naming(accountId, recordId), null);
    }

    @Override
    public CartView shipTo(Actor actor, String address) {
        String to = Text.optional("shipTo", "The ship-to address", address, MAX_SHIP_TO, true);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            if (cart.shopId() == null) {
                throw new ValidationException("shipTo", "Only a shop's till ships a sale to an address");
            }
            tx.session()
                    .createNativeMutationQuery("update carts set ship_to = :to where id = :id")
                    .setParameter("to", to, String.class)
                    .setParameter("id", cart.id())
                    .executeUpdate();
            return view(tx, cart.shippingTo(to), null);
        });
    }

    @Override
    public DiscountRules discountRules(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            DiscountSettings settings = TillDiscounts.settingsOf(tx, shopId);
            return new DiscountRules(
                    settings.reasons(), settings.cashierLimitHundredths(), Access.managesShop(tx, actor, shopId));
        });
    }

    @Override
    public CartView discount(Actor actor, DiscountRequest request, Long approvalId) {
        Discount discount = parse(request);
        long target = target(request);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            long shopId = tillShop(tx, actor, cart);
            DiscountSettings settings = TillDiscounts.settingsOf(tx, shopId);
            Discount given = withShopReason(discount, settings);
            List<LineRow> lines = lines(tx, cart);
            requireFits(given, target, lines);
            Approval approval = approvalId == null
                    ? null
                    : useApproval(tx, approvalId, actor, cart, target, given, clock.instant());
            deleteDiscount(tx, cart.id(), target);
            tx.session().flush(); // the old one out before the new one in: one per target
            CartDiscount row = new CartDiscount(cart.id(), target, given, actor.accountId(), approval, clock.instant());
            tx.session().persist(row);
            if (!Access.managesShop(tx, actor, shopId)) {
                List<CartDiscount> all = new ArrayList<>(discountsOf(lines).stream()
                        .filter(d -> d.getTarget() != target)
                        .toList());
                all.add(row);
                TillDiscounts.requireWithinCashierLimit(
                        atListPrices(lines), estimatedSales(lines), all, settings.cashierLimitHundredths());
            }
            Audit.record(
                    tx,
                    AuditKind.CART_DISCOUNT_SET,
                    "cart " + cart.id() + (target == CartDiscount.WHOLE_CART ? "" : " listing " + target) + " "
                            + given.label() + " (" + given.reason() + ")"
                            + (approval == null ? "" : " approval " + approval.getId()),
                    actor.accountId(),
                    shopId,
                    clock.instant());
            return view(tx, cart, null);
        });
    }

    @Override
    public long approveDiscount(Actor actor, DiscountRequest request, String managerEmail, String managerPassword) {
        Discount discount = parse(request);
        long target = target(request);
        return accounts.withCredential(managerEmail, managerPassword, (tx, manager) -> {
            OpenCart cart = openCart(tx, actor);
            long shopId = tillShop(tx, actor, cart);
            if (!Access.managesShop(tx, new Actor(manager.getId()), shopId)) {
                throw new ForbiddenException(manager.getName() + " is not the owner or a manager of this shop");
            }
            Discount given = withShopReason(discount, TillDiscounts.settingsOf(tx, shopId));
            List<LineRow> lines = lines(tx, cart);
            requireFits(given, target, lines);
            Instant now = clock.instant();
            // What it takes off the cart as it is now: the most it may take off on this approval.
            List<CartDiscount> withIt = new ArrayList<>(discountsOf(lines).stream()
                    .filter(row -> row.getTarget() != target)
                    .toList());
            withIt.add(new CartDiscount(cart.id(), target, given, actor.accountId(), null, now));
            Money approved = TillDiscounts.givenByTarget(atListPrices(lines), estimatedSales(lines), withIt)
                    .get(target);
            Approval approval =
                    new Approval(shopId, cart.id(), target, given, approved, actor.accountId(), manager.getId(), now);
            tx.session().persist(approval);
            Audit.record(
                    tx,
                    AuditKind.DISCOUNT_APPROVED,
                    "approval " + approval.getId() + " cart " + cart.id()
                            + (target == CartDiscount.WHOLE_CART ? "" : " listing " + target) + " " + given.label()
                            + " (" + given.reason() + ") asked by account " + actor.accountId(),
                    manager.getId(),
                    shopId,
                    now);
            return approval.getId();
        });
    }

    @Override
    public CartView removeDiscount(Actor actor, Long listingId) {
        long target = listingId == null ? CartDiscount.WHOLE_CART : listingId;
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            long shopId = tillShop(tx, actor, cart);
            if (deleteDiscount(tx, cart.id(), target) == 0) {
                throw new NotFoundException(
                        target == CartDiscount.WHOLE_CART
                                ? "The sale has no discount"
                                : "Listing " + target + " has no discount in this sale");
            }
            Audit.record(
                    tx,
                    AuditKind.CART_DISCOUNT_REMOVED,
                    "cart " + cart.id() + (target == CartDiscount.WHOLE_CART ? "" : " listing " + target),
                    actor.accountId(),
                    shopId,
                    clock.instant());
            return view(tx, cart, null);
        });
    }

    /** The longest note a held sale keeps ("Mrs Lee, back after lunch"). */
    static final int MAX_HOLD_NOTE = 80;

    @Override
    public CartView hold(Actor actor, String note) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_HOLD_NOTE) {
            throw new ValidationException("holdNote", "A note is at most " + MAX_HOLD_NOTE + " characters");
        }
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            if (cart.shopId() == null) {
                throw new ValidationException("cart", "Only a shop's till holds a sale");
            }
            if (view(tx, cart, null).isEmpty()) {
                throw new ValidationException("cart", "There is no sale to hold");
            }
            Shift shift = tillShift(tx, actor, cart);
            tx.session()
                    .createNativeMutationQuery("update carts set open_owner_id = null, held_at = :now,"
                            + " held_terminal = :terminal, held_note = :note where id = :id")
                    .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .setParameter("terminal", shift.getTerminal())
                    .setParameter("note", kept, String.class)
                    .setParameter("id", cart.id())
                    .executeUpdate();
            Audit.record(
                    tx,
                    AuditKind.CART_HELD,
                    "cart " + cart.id() + " at " + shift.getTerminal(),
                    actor.accountId(),
                    cart.shopId(),
                    clock.instant());
            return view(tx, openCart(tx, actor), null);
        });
    }

    @Override
    public List<HeldSale> heldSales(Actor actor) {
        return database.inTransaction(tx -> {
            List<HeldSale> held = new ArrayList<>();
            for (Tuple row : tx.session()
                    .createSelectionQuery("""
                            select c.id as id, c.heldAt as heldAt, c.heldTerminal as terminal, c.heldNote as note,
                                coalesce(a.name, r.name) as customerName,
                                coalesce((select sum(cl.quantity) from CartLine cl where cl.cartId = c.id), 0)
                                    + (select count(g) from CartGiftCard g where g.cartId = c.id) as units
                            from Cart c left join Account a on a.id = c.customerId
                                left join CustomerRecord r on r.id = c.customerRecordId
                            where c.ownerId = :owner and c.heldAt is not null
                            and (exists (select 1 from CartLine cl where cl.cartId = c.id)
                                or exists (select 1 from CartGiftCard g where g.cartId = c.id))
                            order by c.heldAt, c.id""", Tuple.class)
                    .setParameter("owner", actor.accountId())
                    .setMaxResults(100)
                    .getResultList()) {
                held.add(new HeldSale(
                        row.get("id", Long.class),
                        row.get("heldAt", Instant.class),
                        row.get("terminal", String.class),
                        row.get("note", String.class),
                        row.get("customerName", String.class),
                        ((Number) row.get("units")).intValue()));
            }
            return held;
        });
    }

    @Override
    public CartView recall(Actor actor, long cartId) {
        return database.inTransaction(tx -> {
            OpenCart current = revised(tx, openCart(tx, actor));
            if (!view(tx, current, null).isEmpty() || current.namesCustomer()) {
                throw new ConflictException("Hold or finish the sale on the till first, then recall the other");
            }
            List<?> held = tx.session()
                    .createNativeQuery(
                            "select id from carts where id = :id and owner_id = :owner and held_at is not null for update",
                            Object.class)
                    .setParameter("id", cartId)
                    .setParameter("owner", actor.accountId())
                    .getResultList();
            if (held.isEmpty()) {
                throw new NotFoundException("No sale of yours is on hold as number " + cartId);
            }
            Shift shift = tillShift(tx, actor, current);
            // The empty sale steps aside (held, holding nothing) so the recalled one is the open one.
            tx.session()
                    .createNativeMutationQuery("update carts set open_owner_id = null, held_at = :now,"
                            + " held_terminal = :terminal where id = :id")
                    .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                    .setParameter("terminal", shift.getTerminal())
                    .setParameter("id", current.id())
                    .executeUpdate();
            tx.session()
                    .createNativeMutationQuery("update carts set open_owner_id = owner_id, held_at = null,"
                            + " held_terminal = null, held_note = null, revision = revision + 1 where id = :id")
                    .setParameter("id", cartId)
                    .executeUpdate();
            Audit.record(
                    tx,
                    AuditKind.CART_RECALLED,
                    "cart " + cartId + " at " + shift.getTerminal(),
                    actor.accountId(),
                    current.shopId(),
                    clock.instant());
            return view(tx, openCart(tx, actor), null);
        });
    }

    /** The actor's open shift at the till's shop, locked (after the cart, as checkout takes it). */
    private static Shift tillShift(Tx tx, Actor actor, OpenCart cart) {
        long shopId = cart.shopId() != null ? cart.shopId() : Access.sellingShopId(tx, actor);
        return LocalShiftService.lockedOpenShift(tx, actor.accountId(), shopId, ": a held sale waits at its terminal");
    }

    @Override
    public CartView voidSale(Actor actor) {
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            if (cart.fresh()) {
                throw new ValidationException("cart", "There is no sale to void");
            }
            long units = tx.session()
                    .createSelectionQuery(
                            "select coalesce(sum(quantity), 0) from CartLine where cartId = :cart", Long.class)
                    .setParameter("cart", cart.id())
                    .getSingleResult();
            int removed = 0;
            for (String entity : List.of("CartDiscount", "CartLine", "CartGiftCard")) {
                removed += tx.session()
                        .createMutationQuery("delete from " + entity + " where cartId = :cart")
                        .setParameter("cart", cart.id())
                        .executeUpdate();
            }
            if (removed == 0 && !cart.namesCustomer()) {
                throw new ValidationException("cart", "There is no sale to void");
            }
            tx.session()
                    .createNativeMutationQuery(
                            "update carts set customer_id = null, customer_record_id = null, ship_to = null where id = :id")
                    .setParameter("id", cart.id())
                    .executeUpdate();
            boolean rebound = tx.sql().rebindEmptyCart(cart.id(), actor.accountId()); // as remove()
            Audit.record(
                    tx,
                    AuditKind.CART_VOIDED,
                    "cart " + cart.id() + " " + units + " units",
                    actor.accountId(),
                    cart.shopId(),
                    clock.instant());
            return view(tx, rebound ? reread(tx, cart) : cart.naming(null, null).shippingTo(null), List.of());
        });
    }

    @Override
    public CartView addGiftCard(Actor actor, Money amount) {
        GiftCard.requireSellable(amount);
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            if (cart.shopId() == null) {
                throw new ValidationException("giftCardAmount", "Gift cards are sold at a shop's till");
            }
            Access.requireSellerOf(tx, actor, cart.shopId());
            tx.session().persist(new CartGiftCard(cart.id(), amount));
            Audit.record(
                    tx,
                    AuditKind.CART_GIFT_CARD_ADDED,
                    "cart " + cart.id() + " " + amount.plain(),
                    actor.accountId(),
                    cart.shopId(),
                    clock.instant());
            return view(tx, cart, null);
        });
    }

    @Override
    public CartView removeGiftCard(Actor actor, long giftCardInCartId) {
        return database.inTransaction(tx -> {
            OpenCart cart = revised(tx, openCart(tx, actor));
            int removed = tx.session()
                    .createMutationQuery("delete from CartGiftCard where id = :id and cartId = :cart")
                    .setParameter("id", giftCardInCartId)
                    .setParameter("cart", cart.id())
                    .executeUpdate();
            if (removed == 0) {
                throw new NotFoundException("That gift card is not in the sale");
            }
            boolean rebound = tx.sql().rebindEmptyCart(cart.id(), actor.accountId()); // as remove()
            Audit.record(
                    tx,
                    AuditKind.CART_GIFT_CARD_REMOVED,
                    "cart " + cart.id(),
                    actor.accountId(),
                    cart.shopId(),
                    clock.instant());
            return view(tx, rebound ? reread(tx, cart) : cart, null);
        });
    }

    /** The gift cards a till's cart will sell, in the order added; a customer's own cart sells none (no query). */
    static List<CartGiftCard> giftCards(Tx tx, long cartId, Long shopId, boolean fresh) {
        if (shopId == null || fresh) {
            return List.of();
        }
        return tx.session()
                .createSelectionQuery("from CartGiftCard where cartId = :cart order by id", CartGiftCard.class)
                .setParameter("cart", cartId)
                .getResultList();
    }

    private static Discount parse(DiscountRequest request) {
        if (request == null) {
            throw new ValidationException("discountKind", "Say what discount to give");
        }
        Discount discount = Discount.parse(request.kind(), request.value(), request.reason());
        if (discount.kind() == DiscountKind.PRICE && request.listingId() == null) {
            throw new ValidationException("discountKind", "A new price is set on a line, not on the whole sale");
        }
        return discount;
    }

    private static long target(DiscountRequest request) {
        return request == null || request.listingId() == null ? CartDiscount.WHOLE_CART : request.listingId();
    }

    /** The shop whose till the cart is, for a seller of that shop; customers' own carts get no discounts. */
    private static long tillShop(Tx tx, Actor actor, OpenCart cart) {
        if (cart.shopId() == null) {
            throw new ValidationException("discountKind", "Only a shop's till gives discounts");
        }
        Access.requireSellerOf(tx, actor, cart.shopId());
        return cart.shopId();
    }

    /** The discount with the reason spelt as the shop's list has it; a reason not on it is refused. */
    private static Discount withShopReason(Discount discount, DiscountSettings settings) {
        String reason = settings.reasonOrNull(discount.reason());
        if (reason == null) {
            throw new ValidationException(
                    "discountReason", "Choose one of the shop's reasons: " + String.join(", ", settings.reasons()));
        }
        return new Discount(discount.kind(), discount.percentHundredths(), discount.amount(), reason);
    }

    /** Refuses a discount on a line the cart lacks, an amount off above what it is off, a price not below the list price. */
    private static void requireFits(Discount discount, long target, List<LineRow> lines) {
        if (lines.isEmpty()) {
            throw new ValidationException("discountKind", "The cart is empty");
        }
        Money charged = Money.ZERO;
        boolean found = target == CartDiscount.WHOLE_CART;
        for (LineRow line : lines) {
            if (target == CartDiscount.WHOLE_CART || line.listing().listingId() == target) {
                found = true;
                charged = charged.plus(line.listing().price().times(line.quantity()));
                if (discount.kind() == DiscountKind.PRICE
                        && discount.amount().compareTo(line.listing().price()) >= 0) {
                    throw new ValidationException(
                            "discountValue",
                            "A new price is below the listing's price ("
                                    + line.listing().price() + "); to raise it, change the listing's price");
                }
            }
        }
        if (!found) {
            throw new NotFoundException("Listing " + target + " is not in the cart");
        }
        if (discount.kind() == DiscountKind.AMOUNT && discount.amount().compareTo(charged) > 0) {
            throw new ValidationException(
                    "discountValue",
                    discount.amount() + " off is more than "
                            + (target == CartDiscount.WHOLE_CART ? "the sale" : "the line") + " costs (" + charged
                            + ")");
        }
    }

    /**
     * Marks the approval used, if it is unused, was asked for by this actor for exactly this discount
     * of this cart: one conditional update, so of two uses at once only one passes.
     */
    private static Approval useApproval(
            Tx tx, long approvalId, Actor actor, OpenCart cart, long target, Discount discount, Instant now) {
        String amountMatches = discount.amount() == null ? "amountCents is null" : "amountCents = :amount";
        var update = tx.session()
                .createMutationQuery("update Approval set usedAt = :now where id = :id and usedAt is null"
                        + " and askedBy = :actor and cartId = :cart and target = :target and kind = :kind"
                        + " and percentHundredths = :percent and reason = :reason and " + amountMatches)
                .setParameter("now", now)
                .setParameter("id", approvalId)
                .setParameter("actor", actor.accountId())
                .setParameter("cart", cart.id())
                .setParameter("target", target)
                .setParameter("kind", discount.kind())
                .setParameter("percent", discount.percentHundredths())
                .setParameter("reason", discount.reason());
        if (discount.amount() != null) {
            update.setParameter("amount", discount.amount().cents());
        }
        if (update.executeUpdate() != 1) {
            throw new ConflictException(
                    "This approval was used already, or was for another discount or sale: ask the manager again");
        }
        return tx.session().find(Approval.class, approvalId);
    }

    /** Deletes the cart's discount on {@code target}; how many there were (0 or 1). */
    private static int deleteDiscount(Tx tx, long cartId, long target) {
        return tx.session()
                .createMutationQuery("delete from CartDiscount where cartId = :cart and target = :target")
                .setParameter("cart", cartId)
                .setParameter("target", target)
                .executeUpdate();
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
        return new OpenCart(
                cart.id(),
                cart.revision(),
                row.getCustomerId(),
                row.getCustomerRecordId(),
                row.getShopId(),
                row.getShipTo(),
                cart.fresh());
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
    record OpenCart(
            long id, int revision, Long customerId, Long customerRecordId, Long shopId, String shipTo, boolean fresh) {
        static OpenCart of(NativeStatements.OpenCartRow row) {
            return new OpenCart(
                    row.id(),
                    row.revision(),
                    row.customerId(),
                    row.customerRecordId(),
                    row.shopId(),
                    row.shipTo(),
                    row.opened());
        }

        /** The same cart naming a customer: an account, the shop's record of them, both or neither. */
        OpenCart naming(Long customer, Long record) {
            return new OpenCart(id, revision, customer, record, shopId, shipTo, fresh);
        }

        OpenCart shippingTo(String address) {
            return new OpenCart(id, revision, customerId, customerRecordId, shopId, address, fresh);
        }

        boolean namesCustomer() {
            return customerId != null || customerRecordId != null;
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

    /**
     * A cart line as the view prices it: the listing, how many, the line's own discount (or price
     * override) and the cart's discount (the same on every line), each null when there is none.
     */
    private record LineRow(ListingView listing, int quantity, CartDiscount discount, CartDiscount cartDiscount) {
        Money unitPrice() {
            return TillDiscounts.unitPrice(listing.price(), discount);
        }
    }

    /** The cart's lines in listing order, with their discounts: one query. */
    private static List<LineRow> lines(Tx tx, OpenCart cart) {
        tx.session().flush();
        return tx
                .session()
                .createSelectionQuery(
                        "select cl.quantity as quantity, d as discount, w as cartDiscount, " + ListingRows.COLUMNS + " "
                                + ListingRows.FROM
                                + " join CartLine cl on cl.listingId = l.id"
                                + " left join CartDiscount d on d.cartId = cl.cartId and d.target = l.id"
                                + " left join CartDiscount w on w.cartId = cl.cartId and w.target = 0"
                                + " where cl.cartId = :cart order by l.id",
                        Tuple.class)
                .setParameter("cart", cart.id())
                .getResultList()
                .stream()
                .map(row -> new LineRow(
                        ListingRows.listing(row),
                        row.get("quantity", Integer.class),
                        row.get("discount", CartDiscount.class),
                        row.get("cartDiscount", CartDiscount.class)))
                .toList();
    }

    /** The cart's discounts as its lines read them: each line's own, then the whole cart's. */
    private static List<CartDiscount> discountsOf(List<LineRow> lines) {
        List<CartDiscount> discounts = new ArrayList<>();
        lines.stream().map(LineRow::discount).filter(Objects::nonNull).forEach(discounts::add);
        if (!lines.isEmpty() && lines.get(0).cartDiscount() != null) {
            discounts.add(lines.get(0).cartDiscount());
        }
        return discounts;
    }

    /** The lines at the listings' own prices. */
    private static List<Pricing.Line> atListPrices(List<LineRow> lines) {
        return lines.stream()
                .map(line -> new Pricing.Line(
                        line.listing().listingId(),
                        line.listing().shopId(),
                        line.listing().price(),
                        line.quantity(),
                        line.listing().taxCategory()))
                .toList();
    }

    /** The sale units left are an estimate: checkout prices what it takes, by the same rule. */
    private static Map<Long, Pricing.Sale> estimatedSales(List<LineRow> lines) {
        Map<Long, Pricing.Sale> saleByShop = new HashMap<>();
        for (LineRow line : lines) {
            ListingView listing = line.listing();
            if (listing.onFlashSale()) {
                saleByShop.putIfAbsent(
                        listing.shopId(), new Pricing.Sale(listing.salePercentOff(), listing.saleUnitsLeft()));
            }
        }
        return saleByShop;
    }

    /** The cart with estimated prices; {@code knownLines} when the caller has them, else one query reads them. */
    private static CartView view(Tx tx, OpenCart cart, List<LineRow> knownLines) {
        List<LineRow> lines = knownLines != null ? knownLines : lines(tx, cart);
        Map<Long, TaxSettings> taxByShop = TaxRows.settingsOf(
                tx, lines.stream().map(line -> line.listing().shopId()).collect(Collectors.toCollection(TreeSet::new)));
        List<CartDiscount> discounts = discountsOf(lines);
        PricedCart priced = Pricing.price(
                lines.stream()
                        .map(line -> new Pricing.Line(
                                line.listing().listingId(),
                                line.listing().shopId(),
                                line.unitPrice(),
                                line.quantity(),
                                line.listing().taxCategory()))
                        .toList(),
                estimatedSales(lines),
                TillDiscounts.forPricing(discounts),
                taxByShop);
        List<CartLineView> views = new ArrayList<>();
        List<ReceiptLines.TaxPart> taxParts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = priced.lines().get(i);
            LineRow row = lines.get(i);
            ListingView listing = row.listing();
            views.add(new CartLineView(
                    listing, row.unitPrice(), row.quantity(), line.saleUnits(), line.charged(), line.discount()));
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
        String customerName = cart.customerId() != null
                ? tx.session().find(Account.class, cart.customerId()).getName()
                : cart.customerRecordId() != null
                        ? tx.session()
                                .find(CustomerRecord.class, cart.customerRecordId())
                                .getName()
                        : null;
        List<GiftCardInCart> giftCards = giftCards(tx, cart.id(), cart.shopId(), cart.fresh()).stream()
                .map(card -> new GiftCardInCart(card.getId(), card.getAmount()))
                .toList();
        return new CartView(
                cart.id(),
                cart.revision(),
                cart.customerId(),
                customerName,
                cart.customerRecordId(),
                views,
                giftCards,
                TillDiscounts.lines(atListPrices(lines), estimatedSales(lines), discounts),
                giftCards.stream().map(GiftCardInCart::amount).reduce(priced.total(), Money::plus),
                ReceiptLines.taxLines(taxParts),
                cart.shipTo());
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
