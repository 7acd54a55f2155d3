package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.api.ReturnService;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Return;
import org.shoetopia.domain.ReturnTender;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.Shoe;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.StoredValueEntry.StoreCreditMove;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** Returns by receipt at the till; the posting itself is {@link Returns}'s, shared with Orders' refund. */
public final class LocalReturnService implements ReturnService {
    /** The most a refund limit may be set to: past it, say "no limit". */
    private static final Money MAX_LIMIT = Money.ofCents(100_000_00);

    private final Database database;
    private final LocalAccountService accounts;
    private final LocalOrderService orders;
    private final LocalCheckoutService checkout;
    private final Clock clock;

    public LocalReturnService(
            Database database,
            LocalAccountService accounts,
            LocalOrderService orders,
            LocalCheckoutService checkout,
            Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.orders = orders;
        this.checkout = checkout;
        this.clock = clock;
    }

    @Override
    public Sale lookUp(Actor actor, long orderNumber) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Order order = orderOfShop(tx, shopId, orderNumber);
            Receipt receipt = orders.receipt(tx, order.getId(), true);
            List<ReturnableLine> lines = receipt.lines().stream()
                    .filter(line -> line.shopId() == shopId)
                    .map(line -> new ReturnableLine(
                            line.orderLineId(),
                            line.description(),
                            line.quantity(),
                            line.quantity() - line.refundedQuantity(),
                            line.gross()))
                    .toList();
            return new Sale(
                    order.getOrderNumber(),
                    order.getCreatedAt(),
                    receipt.buyerName(),
                    lines,
                    receipt.tenders(),
                    Returns.refundLimit(tx, shopId),
                    Access.managesShop(tx, actor, shopId));
        });
    }

    /** A return request as checked before any transaction: its reason and the customer's email, if typed. */
    private record Checked(String reason, String customerEmail) {}

    private static Checked checked(ReturnRequest request) {
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            throw new ValidationException("lines", "Choose what comes back: at least one unit of a line");
        }
        if (request.lines().size() > MAX_LINES) {
            throw new ValidationException("lines", "At most " + MAX_LINES + " lines come back in one return");
        }
        Set<Long> seen = new HashSet<>();
        for (ReturnLine line : request.lines()) {
            if (line == null || line.quantity() <= 0) {
                throw new ValidationException("quantity", "Return at least one unit of each line chosen");
            }
            if (!seen.add(line.orderLineId())) {
                throw new ValidationException("lines", "Each line of the sale comes back once per return");
            }
        }
        String reason = Text.required("reason", "Reason", request.reason(), Return.MAX_REASON);
        String customerEmail =
                request.customerEmail() == null || request.customerEmail().isBlank()
                        ? null
                        : request.customerEmail().strip();
        return new Checked(reason, customerEmail);
    }

    @Override
    public RefundReceipt returnItems(Actor actor, ReturnRequest request) {
        Checked checked = checked(request);
        return approved(actor, request, (tx, approvedBy) -> {
            Prepared prepared = prepared(tx, actor, request, checked, null);
            Instant now = now();
            Returns.Posted posted = Returns.post(
                    tx,
                    actor,
                    prepared.order(),
                    prepared.shopId(),
                    prepared.lines(),
                    checked.reason(),
                    request.toStoreCredit(),
                    prepared.creditCustomer(),
                    approvedBy,
                    now);
            return refundReceipt(tx, actor, prepared, posted, checked.reason(), approvedBy, now);
        });
    }

    @Override
    public Money quote(Actor actor, ReturnRequest request) {
        checked(request);
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Order order = orderOfShop(tx, shopId, request.orderNumber());
            Money total = Money.ZERO;
            for (ReturnLine want : request.lines()) {
                OrderLine line = lineOfSale(tx, order, shopId, want.orderLineId(), LockMode.NONE);
                total = total.plus(line.refundOf(want.quantity(), LocalOrderService.taxesOf(tx, List.of(line.getId())))
                        .amount());
            }
            return total;
        });
    }

    @Override
    public ExchangeReceipt exchange(Actor actor, ExchangeRequest request) {
        if (request == null || request.returned() == null) {
            throw new ValidationException("lines", "Choose what comes back: at least one unit of a line");
        }
        ReturnRequest returned = request.returned();
        Checked checked = checked(returned);
        return approved(actor, returned, (tx, approvedBy) -> {
            // The locks in the one order: the new sale's cart, the returned lines, the shift, then
            // the checkout's (shops, sale slots, listings sold and restocked, gift cards, store credit).
            LocalCheckoutService.LockedCart sale = checkout.lockedSale(tx, actor, request.sale());
            Long tillShop = sale.cart().getShopId();
            if (tillShop == null) {
                throw new ValidationException("sale", "An exchange is made at a shop's till, against its sale");
            }
            Prepared prepared =
                    prepared(tx, actor, returned, checked, sale.cart().getCustomerId());
            if (prepared.shopId() != tillShop) {
                throw new ConflictException(
                        "The sale on the till is another shop's; the shoes come back where they" + " were sold");
            }
            Shift shift = LocalCheckoutService.tillShift(tx, actor, sale.cart());
            Returns.Priced priced = Returns.price(tx, prepared.lines());
            Set<Long> restocked = new TreeSet<>();
            prepared.lines().stream()
                    .filter(Returns.Wanted::restock)
                    .forEach(line -> restocked.add(line.line().getListingId()));
            Receipt sold = checkout.checkoutLocked(
                    tx,
                    actor,
                    sale,
                    shift,
                    request.payment(),
                    null,
                    new LocalCheckoutService.ExchangeCredit(priced.total(), restocked));
            Returns.Exchanged exchanged = tx.session()
                    .createSelectionQuery(
                            "from OrderTender where orderId = :order and kind = :exchange", OrderTender.class)
                    .setParameter("order", sold.orderId())
                    .setParameter("exchange", PaymentMethod.EXCHANGE)
                    .getResultStream()
                    .findFirst()
                    .map(tender -> new Returns.Exchanged(tender.getAmount(), tender.getId()))
                    .orElse(null);
            Instant now = now();
            Returns.Posted posted = Returns.post(
                    tx,
                    actor,
                    prepared.order(),
                    prepared.shopId(),
                    priced,
                    shift,
                    checked.reason(),
                    returned.toStoreCredit(),
                    prepared.creditCustomer(),
                    approvedBy,
                    exchanged,
                    now);
            return new ExchangeReceipt(
                    refundReceipt(tx, actor, prepared, posted, checked.reason(), approvedBy, now), sold);
        });
    }

    private <T> T approved(Actor actor, ReturnRequest request, BiFunction<Tx, Long, T> post) {
        return approved(actor, request.managerEmail(), request.managerPassword(), post);
    }

    /**
     * Runs {@code post} in a transaction: with the approval of the manager whose email and password
     * are given (checked as a sign-in is, and only an owner or manager of the shop approves), else
     * with none.
     */
    private <T> T approved(Actor actor, String managerEmail, String managerPassword, BiFunction<Tx, Long, T> post) {
        if (managerEmail == null || managerEmail.isBlank()) {
            return database.inTransaction(tx -> post.apply(tx, null));
        }
        return accounts.withCredential(managerEmail, managerPassword, (tx, manager) -> {
            long shopId = Access.sellingShopId(tx, actor);
            if (!Access.managesShop(tx, new Actor(manager.getId()), shopId)) {
                throw new ForbiddenException(manager.getName() + " is not the owner or a manager of this shop");
            }
            return post.apply(tx, manager.getId());
        });
    }

    @Override
    public PriceWithoutReceipt priceWithoutReceipt(Actor actor, long listingId) {
        return database.inTransaction(tx ->
                lowestPrice(tx, Access.sellingShopId(tx, actor), listingId).price());
    }

    /** The lowest price and the sale line it was charged on. */
    private record LowestPrice(PriceWithoutReceipt price, long orderLineId) {}

    /**
     * The lowest the shop's listing sold for per unit in the last {@link #DAYS_PRICED_BACK} days:
     * each line's charge (tax and discounts included) over its units, rounded down to the cent.
     */
    private LowestPrice lowestPrice(Tx tx, long shopId, long listingId) {
        Listing listing = tx.session().find(Listing.class, listingId);
        if (listing == null || listing.getShopId() != shopId) {
            throw new NotFoundException("Listing " + listingId + " is not one of this shop's");
        }
        LowestPrice lowest = null;
        for (Tuple row : tx.session()
                .createSelectionQuery("""
                        select ol.id as line, ol.grossCents as gross, ol.quantity as units, o.orderNumber as number
                        from OrderLine ol join Order o on o.id = ol.orderId
                        where ol.listingId = :listing and o.createdAt >= :since and ol.grossCents > 0
                        order by ol.id""", Tuple.class)
                .setParameter("listing", listingId)
                .setParameter("since", clock.instant().minus(DAYS_PRICED_BACK, ChronoUnit.DAYS))
                .getResultList()) {
            Money unit = Money.ofCents(row.get("gross", Long.class) / row.get("units", Integer.class));
            if (unit.isPositive()
                    && (lowest == null || unit.compareTo(lowest.price().unitPrice()) < 0)) {
                lowest = new LowestPrice(
                        new PriceWithoutReceipt(listingId, null, unit, row.get("number", Long.class)),
                        row.get("line", Long.class));
            }
        }
        if (lowest == null) {
            throw new ConflictException("Listing " + listingId + " has not sold in the last " + DAYS_PRICED_BACK
                    + " days: without a receipt there is no price to take it back at");
        }
        ShownShoe shoe = tx.session().find(Shoe.class, listing.getShoeId()).shown();
        String description = ReceiptLines.describe(
                shoe.brand(), shoe.style(), shoe.color(), listing.getGender(), listing.getSize(), listing.getWidth());
        PriceWithoutReceipt price = lowest.price();
        return new LowestPrice(
                new PriceWithoutReceipt(listingId, description, price.unitPrice(), price.soldOnReceipt()),
                lowest.orderLineId());
    }

    @Override
    public RefundReceipt returnWithoutReceipt(Actor actor, ReturnWithoutReceipt request) {
        if (request == null) {
            throw new ValidationException("listingId", "Choose the listing that comes back");
        }
        if (request.quantity() <= 0 || request.quantity() > MAX_WITHOUT_RECEIPT) {
            throw new ValidationException(
                    "quantity", "From 1 to " + MAX_WITHOUT_RECEIPT + " units come back without a receipt at once");
        }
        String reason = Text.required("reason", "Reason", request.reason(), Return.MAX_REASON);
        if (request.customerEmail() == null || request.customerEmail().isBlank()) {
            throw new ValidationException(
                    "customerEmail",
                    "Name the customer by email: without a receipt the money goes only to their store credit");
        }
        return approved(actor, request.managerEmail(), request.managerPassword(), (tx, approvedBy) -> {
            long shopId = Access.sellingShopId(tx, actor);
            Long approver = approvedBy != null
                    ? approvedBy
                    : Access.managesShop(tx, actor, shopId) ? Long.valueOf(actor.accountId()) : null;
            if (approver == null) {
                throw new ForbiddenException(
                        "A return without a receipt is the shop's to allow: a manager approves it");
            }
            // The locks of a return's: the shift, the listing restocked, the customer's credit.
            Shift shift =
                    LocalShiftService.lockedOpenShift(tx, actor.accountId(), shopId, ": a return comes back at a till");
            LowestPrice lowest = lowestPrice(tx, shopId, request.listingId());
            Account customer = StoredValues.customer(tx, request.customerEmail());
            StoredValues.requireCustomerNotStaff(tx, customer.getId());
            Instant now = now();
            Return back = Return.withoutReceipt(
                    request.listingId(),
                    request.quantity(),
                    lowest.price().unitPrice(),
                    request.restock(),
                    lowest.orderLineId(),
                    shopId,
                    reason,
                    actor.accountId(),
                    approver,
                    customer.getId(),
                    shift.getId(),
                    now);
            tx.session().persist(back);
            Money total = lowest.price().unitPrice().times(request.quantity());
            tx.session()
                    .persist(new BalanceEntry(
                            shopId, total.negate(), BalanceEntry.Reason.REFUND, null, actor.accountId(), now));
            if (request.restock()) {
                LocalListingService.moveStock(
                        tx,
                        LocalListingService.lockedListing(tx, request.listingId()),
                        request.quantity(),
                        InventoryEntry.Reason.REFUND,
                        reason,
                        null,
                        actor,
                        now);
            }
            tx.session().persist(new ReturnTender(back.getId(), 0, PaymentMethod.STORE_CREDIT, total, null));
            Money balance = StoredValues.issueStoreCredit(
                    tx,
                    shopId,
                    customer.getId(),
                    total,
                    Returns.cut("Return without a receipt: " + reason, StoreCreditMove.MAX_NOTE),
                    null,
                    true,
                    actor.accountId(),
                    now);
            Audit.record(
                    tx,
                    AuditKind.ORDER_REFUND,
                    "return " + back.getId() + " without a receipt: listing " + request.listingId() + " x "
                            + request.quantity() + " at "
                            + lowest.price().unitPrice().plain() + " approved by account "
                            + approver,
                    actor.accountId(),
                    shopId,
                    now);
            return new RefundReceipt(
                    back.getId(),
                    null,
                    now,
                    ReceiptLines.header(tx, List.of(shopId), shift.getId()),
                    Access.account(tx, actor).getName(),
                    customer.getName(),
                    reason,
                    List.of(new ReturnedLine(
                            lowest.price().description(), request.quantity(), total, request.restock())),
                    total,
                    List.of(new MoneyBack(PaymentMethod.STORE_CREDIT, PaymentMethod.STORE_CREDIT.label(), total)),
                    balance,
                    tx.session().find(Account.class, approver).getName());
        });
    }

    /** A return's sale, its lines locked, and whose store credit it may give. */
    private record Prepared(long shopId, Order order, List<Returns.Wanted> lines, Long creditCustomer) {}

    /**
     * The sale and its wanted lines, each locked in id order (two terminals returning the same line
     * are served in turn), and the customer store credit goes to: the sale's, else the one the till
     * typed, else ({@code tillCustomer}) the one an exchange's new sale names.
     */
    private Prepared prepared(Tx tx, Actor actor, ReturnRequest request, Checked checked, Long tillCustomer) {
        long shopId = Access.sellingShopId(tx, actor);
        Order order = orderOfShop(tx, shopId, request.orderNumber());
        List<ReturnLine> wanted = new ArrayList<>(request.lines());
        wanted.sort(Comparator.comparingLong(ReturnLine::orderLineId));
        List<Returns.Wanted> lines = new ArrayList<>();
        for (ReturnLine want : wanted) {
            OrderLine line = lineOfSale(tx, order, shopId, want.orderLineId(), LockMode.PESSIMISTIC_WRITE);
            lines.add(new Returns.Wanted(line, want.quantity(), want.restock()));
        }
        // Store credit is the sale's customer's; a typed email names one only when the sale named nobody.
        Long creditCustomer = order.getBuyerId();
        if (checked.customerEmail() != null) {
            long named = StoredValues.customer(tx, checked.customerEmail()).getId();
            if (creditCustomer != null && creditCustomer != named) {
                throw new ValidationException(
                        "customerEmail",
                        "This sale was "
                                + tx.session()
                                        .find(Account.class, creditCustomer)
                                        .getName() + "'s: store credit goes back to them; leave the email blank");
            }
            creditCustomer = named;
        }
        return new Prepared(shopId, order, lines, creditCustomer != null ? creditCustomer : tillCustomer);
    }

    private static OrderLine lineOfSale(Tx tx, Order order, long shopId, long orderLineId, LockMode lock) {
        OrderLine line = tx.session().find(OrderLine.class, orderLineId, lock);
        if (line == null || line.getOrderId() != order.getId() || line.getShopId() != shopId) {
            throw new NotFoundException(
                    "Line " + orderLineId + " is not a line of this shop's sale " + order.getOrderNumber());
        }
        return line;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private RefundReceipt refundReceipt(
            Tx tx, Actor actor, Prepared prepared, Returns.Posted posted, String reason, Long approvedBy, Instant now) {
        Order order = prepared.order();
        List<Returns.Wanted> lines = prepared.lines();
        Receipt sale = orders.receipt(tx, order.getId(), true);
        List<ReturnedLine> returned = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Returns.Wanted line = lines.get(i);
            String description = sale.lines().stream()
                    .filter(l -> l.orderLineId() == line.line().getId())
                    .map(Receipt.Line::description)
                    .findFirst()
                    .orElse("line " + line.line().getId());
            returned.add(new ReturnedLine(
                    description, line.quantity(), posted.amounts().get(i), line.restock()));
        }
        boolean toCredit = posted.storeCreditBalance() != null;
        // The refund receipt names the terminal the return was made at, not the sale's.
        Receipt.Header header = sale.header() == null
                ? null
                : new Receipt.Header(
                        sale.header().shopName(),
                        sale.header().address(),
                        sale.header().phone(),
                        sale.header().returnPolicy(),
                        posted.shift() == null ? null : posted.shift().getTerminal());
        return new RefundReceipt(
                posted.posted().getId(),
                order.getOrderNumber(),
                now,
                header,
                Access.account(tx, actor).getName(),
                toCredit
                        ? tx.session()
                                .find(Account.class, prepared.creditCustomer())
                                .getName()
                        : sale.buyerName(),
                reason,
                returned,
                posted.total(),
                posted.moneyBack(),
                posted.storeCreditBalance(),
                approvedBy == null
                        ? null
                        : tx.session().find(Account.class, approvedBy).getName());
    }

    @Override
    public Money refundLimit(Actor actor) {
        return database.inTransaction(tx -> Returns.refundLimit(tx, Access.sellingShopId(tx, actor)));
    }

    @Override
    public void setRefundLimit(Actor actor, Money limit) {
        if (limit != null && (limit.cents() < 0 || limit.compareTo(MAX_LIMIT) > 0)) {
            throw new ValidationException("refundLimit", "A refund limit is from 0.00 to " + MAX_LIMIT + ", or none");
        }
        database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Access.requireManagerOf(tx, actor, shopId);
            tx.session()
                    .createNativeMutationQuery("update shops set refund_limit_cents = :limit where id = :shop")
                    .setParameter("limit", limit == null ? null : limit.cents(), Long.class)
                    .setParameter("shop", shopId)
                    .executeUpdate();
            Audit.record(
                    tx,
                    AuditKind.SHOP_REFUND_LIMIT_CHANGED,
                    limit == null ? "none" : limit.plain(),
                    actor.accountId(),
                    shopId,
                    clock.instant());
            return null;
        });
    }

    /** The shop's sale with this receipt number; another shop's reads as none. */
    private static Order orderOfShop(Tx tx, long shopId, long orderNumber) {
        Order order = tx.session()
                .createSelectionQuery("""
                        from Order o where o.orderNumber = :number
                        and exists (select 1 from Fulfilment f where f.orderId = o.id and f.shopId = :shop)""", Order.class)
                .setParameter("number", orderNumber)
                .setParameter("shop", shopId)
                .getSingleResultOrNull();
        if (order == null) {
            throw new NotFoundException("No sale of this shop has receipt number " + orderNumber);
        }
        return order;
    }
}
