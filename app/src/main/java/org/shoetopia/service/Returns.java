package org.shoetopia.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ReturnService.MoneyBack;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.Cart;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Listing;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Refund;
import org.shoetopia.domain.RefundTax;
import org.shoetopia.domain.Return;
import org.shoetopia.domain.ReturnTender;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.StoredValueEntry.StoreCreditMove;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Tx;

/**
 * Posts a return: every refund of units of an order's lines goes through here, from the till's
 * return screen and from Orders alike, so the money always goes back by the one rule of {@link
 * org.shoetopia.api.ReturnService}. The caller has locked the order's lines (in id order); this takes
 * the returner's shift, then the listings restocked, then the customer's store credit: the order
 * checkout takes its own locks in.
 */
final class Returns {
    private Returns() {}

    /** Units of one locked line to give back. */
    record Wanted(OrderLine line, int quantity, boolean restock) {}

    /** What a posted return wrote. */
    record Posted(
            Return posted,
            Shift shift,
            List<Refund> refunds,
            List<Money> amounts,
            Money total,
            List<MoneyBack> moneyBack,
            Money storeCreditBalance) {}

    /** A return's lines priced, each line's refund recorded on it: what they give back in all. */
    record Priced(List<Wanted> wanted, List<OrderLine.RefundAmount> amounts, Money total) {}

    /** What an exchange's return paid toward its new sale, and the new sale's tender that says so. */
    record Exchanged(Money amount, long orderTenderId) {}

    /** Store credit given back is for this customer (the sale's, or one the till named). */
    static Posted post(
            Tx tx,
            Actor actor,
            Order order,
            long shopId,
            List<Wanted> wanted,
            String reason,
            boolean toStoreCredit,
            Long creditCustomerId,
            Long approvedBy,
            Instant now) {
        Shift shift = shiftOf(tx, actor, order, shopId);
        return post(
                tx,
                actor,
                order,
                shopId,
                price(tx, wanted),
                shift,
                reason,
                toStoreCredit,
                creditCustomerId,
                approvedBy,
                null,
                now);
    }

    /**
     * The shift a return of this order is on: a till's sale comes back at a till, in the returner's
     * open shift (locked), so its Z report counts the refund and its drawer the cash; an order bought
     * online touches no drawer.
     */
    static Shift shiftOf(Tx tx, Actor actor, Order order, long shopId) {
        return tx.session().find(Cart.class, order.getCartId()).getShopId() == null
                ? null
                : LocalShiftService.lockedOpenShift(
                        tx, actor.accountId(), shopId, ": a till's sale comes back at a till");
    }

    /** Records the refund of each wanted line on its (locked) line and says what each gives back. */
    static Priced price(Tx tx, List<Wanted> wanted) {
        List<OrderLine.RefundAmount> amounts = new ArrayList<>();
        Money total = Money.ZERO;
        for (Wanted line : wanted) {
            OrderLine.RefundAmount refunded = line.line()
                    .refund(
                            line.quantity(),
                            LocalOrderService.taxesOf(tx, List.of(line.line().getId())));
            amounts.add(refunded);
            total = total.plus(refunded.amount());
        }
        return new Priced(wanted, amounts, total);
    }

    /**
     * Writes a priced return on {@code shift}: what {@code exchanged} names (if any) paid toward an
     * exchange's new sale, and the rest goes back by the rule. The cashiers' refund limit is on what
     * leaves the shop, not on what an exchange keeps.
     */
    static Posted post(
            Tx tx,
            Actor actor,
            Order order,
            long shopId,
            Priced priced,
            Shift shift,
            String reason,
            boolean toStoreCredit,
            Long creditCustomerId,
            Long approvedBy,
            Exchanged exchanged,
            Instant now) {
        var session = tx.session();
        List<Wanted> wanted = priced.wanted();
        List<OrderLine.RefundAmount> amounts = priced.amounts();
        Money total = priced.total();
        Money kept = exchanged == null ? Money.ZERO : exchanged.amount();
        Money back = total.minus(kept);
        if (approvedBy == null && !Access.managesShop(tx, actor, shopId)) {
            Money limit = refundLimit(tx, shopId);
            if (limit != null && back.compareTo(limit) > 0) {
                throw new ForbiddenException("A refund of " + back + " is above the cashiers' limit of " + limit
                        + ": a manager approves it");
            }
        }
        List<Allocated> split = new ArrayList<>();
        if (kept.isPositive()) {
            split.add(new Allocated(PaymentMethod.EXCHANGE, "Toward the new sale", kept, null));
        }
        split.addAll(split(tx, order, back, toStoreCredit));
        Money toCredit = split.stream()
                .filter(part -> part.method() == PaymentMethod.STORE_CREDIT)
                .map(Allocated::amount)
                .reduce(Money.ZERO, Money::plus);
        if (toCredit.isPositive() && creditCustomerId == null) {
            throw new ValidationException(
                    "customerEmail",
                    toStoreCredit
                            ? "Name the customer whose store credit the refund goes to"
                            : toCredit + " of this sale was paid by gift card, store credit or an exchange: name"
                                    + " the customer whose store credit it goes back to");
        }
        if (toCredit.isPositive()) {
            StoredValues.requireCustomerNotStaff(tx, creditCustomerId);
        }
        Return posted = new Return(
                order.getId(),
                shopId,
                total,
                reason,
                actor.accountId(),
                approvedBy,
                toCredit.isPositive() ? creditCustomerId : null,
                shift == null ? null : shift.getId(),
                now);
        session.persist(posted);
        List<Refund> refunds = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Wanted line = wanted.get(i);
            Money amount = amounts.get(i).amount();
            Refund refund = new Refund(
                    line.line().getId(),
                    line.quantity(),
                    amount,
                    line.restock(),
                    reason,
                    actor.accountId(),
                    now,
                    shift == null ? null : shift.getId(),
                    posted.getId());
            session.persist(refund);
            refunds.add(refund);
            for (OrderLine.TaxRefund tax : amounts.get(i).taxes()) {
                session.persist(new RefundTax(refund.getId(), tax.orderLineTaxId(), tax.taxable(), tax.tax()));
            }
            if (amount.isPositive()) {
                session.persist(new BalanceEntry(
                        shopId, amount.negate(), BalanceEntry.Reason.REFUND, order.getId(), actor.accountId(), now));
            }
            if (line.restock()) {
                Listing listing =
                        LocalListingService.lockedListing(tx, line.line().getListingId());
                LocalListingService.moveStock(
                        tx, listing, line.quantity(), InventoryEntry.Reason.REFUND, reason, order.getId(), actor, now);
            }
        }
        List<MoneyBack> moneyBack = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Allocated part = split.get(i);
            session.persist(new ReturnTender(
                    posted.getId(),
                    i,
                    part.method(),
                    part.amount(),
                    part.method() == PaymentMethod.EXCHANGE
                            ? Long.valueOf(exchanged.orderTenderId())
                            : part.from() == null ? null : part.from().getId()));
            moneyBack.add(new MoneyBack(part.method(), part.label(), part.amount()));
        }
        Money balance = null;
        if (toCredit.isPositive()) {
            balance = StoredValues.issueStoreCredit(
                    tx,
                    shopId,
                    creditCustomerId,
                    toCredit,
                    cut("Return of order " + order.getOrderNumber() + ": " + reason, StoreCreditMove.MAX_NOTE),
                    order.getId(),
                    true,
                    actor.accountId(),
                    now);
        }
        Audit.record(
                tx,
                AuditKind.ORDER_REFUND,
                "return " + posted.getId() + " of order " + order.getOrderNumber() + " " + total.plain()
                        + (kept.isPositive() ? ", " + kept.plain() + " toward an exchange" : "")
                        + (approvedBy == null ? "" : " approved by account " + approvedBy),
                actor.accountId(),
                shopId,
                now);
        return new Posted(
                posted,
                shift,
                refunds,
                amounts.stream().map(OrderLine.RefundAmount::amount).toList(),
                total,
                moneyBack,
                balance);
    }

    /** Part of a return's money and where it goes: back to a tender of the sale, or to store credit. */
    private record Allocated(PaymentMethod method, String label, Money amount, OrderTender from) {}

    /**
     * The rule: cards first, each up to what it paid less what returns gave back to it; then cash up
     * to what the sale kept less the cash returned; the rest to store credit. Or all to store credit.
     */
    private static List<Allocated> split(Tx tx, Order order, Money total, boolean toStoreCredit) {
        List<Allocated> parts = new ArrayList<>();
        Money left = total;
        if (!toStoreCredit) {
            List<OrderTender> tenders = tx.session()
                    .createSelectionQuery(
                            "from OrderTender where orderId = :order order by position", OrderTender.class)
                    .setParameter("order", order.getId())
                    .getResultList();
            Map<Long, Long> back = new HashMap<>();
            // Refunds made before returns were recorded by tender (none name a return): counted as
            // given back to the cards first, then the cash, as the rule would have.
            long earlier = tx.session()
                    .createSelectionQuery("""
                            select coalesce(sum(r.amountCents), 0) from Refund r join OrderLine l on l.id = r.orderLineId
                            where l.orderId = :order and r.returnId is null""", Long.class)
                    .setParameter("order", order.getId())
                    .getSingleResult();
            for (Object[] row : tx.session()
                    .createSelectionQuery("""
                            select t.orderTenderId, sum(t.amountCents) from ReturnTender t
                            where t.orderTenderId in (select o.id from OrderTender o where o.orderId = :order)
                            group by t.orderTenderId""", Object[].class)
                    .setParameter("order", order.getId())
                    .getResultList()) {
                back.put((Long) row[0], ((Number) row[1]).longValue());
            }
            for (PaymentMethod method : List.of(PaymentMethod.CARD, PaymentMethod.CASH)) {
                for (OrderTender tender : tenders) {
                    if (tender.getKind() != method) {
                        continue;
                    }
                    Money room = tender.getAmount().minus(Money.ofCents(back.getOrDefault(tender.getId(), 0L)));
                    if (earlier > 0 && room.isPositive()) {
                        long taken = Math.min(earlier, room.cents());
                        earlier -= taken;
                        room = room.minus(Money.ofCents(taken));
                    }
                    if (!left.isPositive()) {
                        continue;
                    }
                    Money part = room.compareTo(left) < 0 ? room : left;
                    if (part.isPositive()) {
                        parts.add(new Allocated(method, label(tender), part, tender));
                        left = left.minus(part);
                    }
                }
            }
        }
        if (left.isPositive()) {
            parts.add(new Allocated(PaymentMethod.STORE_CREDIT, PaymentMethod.STORE_CREDIT.label(), left, null));
        }
        return parts;
    }

    private static String label(OrderTender tender) {
        return tender.getKind() == PaymentMethod.CARD
                ? tender.getCardBrand() + " **** " + tender.getCardLast4()
                : tender.getKind().label();
    }

    /** The shop's refund limit for cashiers; null: none. */
    static Money refundLimit(Tx tx, long shopId) {
        Object cents = tx.session()
                .createNativeQuery("select refund_limit_cents from shops where id = :shop", Object.class)
                .setParameter("shop", shopId)
                .getSingleResultOrNull();
        return cents == null ? null : Money.ofCents(((Number) cents).longValue());
    }

    static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most);
    }
}
