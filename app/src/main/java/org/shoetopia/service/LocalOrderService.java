package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.OrderService;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Fulfilment;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.Order;
import org.shoetopia.domain.OrderDiscount;
import org.shoetopia.domain.OrderLine;
import org.shoetopia.domain.OrderLineTax;
import org.shoetopia.domain.OrderStatus;
import org.shoetopia.domain.OrderTender;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** Receipts, order history, tracking, status changes by the shop, and refunds as reversing ledger rows. */
public final class LocalOrderService implements OrderService {
    private final Database database;
    private final Clock clock;

    public LocalOrderService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Receipt receipt(Actor actor, long orderId) {
        return database.inTransaction(tx -> {
            requireCanSee(tx, actor, order(tx, orderId));
            return receipt(tx, orderId, true);
        });
    }

    @Override
    public List<OrderSummary> history(Actor actor) {
        return database.inTransaction(tx -> summaries(
                tx,
                tx.session()
                        .createSelectionQuery(
                                "select o.id from Order o where o.buyerId = :me or o.cashierId = :me order by o.orderNumber desc",
                                Long.class)
                        .setParameter("me", actor.accountId())
                        .setMaxResults(500)
                        .getResultList(),
                null));
    }

    @Override
    public List<OrderSummary> shopOrders(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            return summaries(
                    tx,
                    tx.session()
                            .createSelectionQuery(
                                    "select f.orderId from Fulfilment f where f.shopId = :shop order by f.orderNumber desc",
                                    Long.class)
                            .setParameter("shop", shopId)
                            .setMaxResults(500)
                            .getResultList(),
                    shopId);
        });
    }

    @Override
    public Tracking track(Actor actor, long orderId) {
        return database.inTransaction(tx -> {
            Order order = order(tx, orderId);
            requireCanSee(tx, actor, order);
            List<Tracking.ShopPart> parts = fulfilments(tx, orderId).stream()
                    .map(f -> new Tracking.ShopPart(
                            f.getShopId(),
                            tx.session().find(Shop.class, f.getShopId()).getStoreName(),
                            f.getStatus(),
                            f.getUpdatedAt()))
                    .toList();
            OrderStatus overall = parts.stream()
                    .map(Tracking.ShopPart::status)
                    .min(Comparator.naturalOrder())
                    .orElse(OrderStatus.PROCESSING);
            return new Tracking(order.getOrderNumber(), overall, parts);
        });
    }

    @Override
    public OrderStatus advanceStatus(Actor actor, long orderId) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Fulfilment part = tx.session()
                    .find(Fulfilment.class, new Fulfilment.Key(orderId, shopId), LockMode.PESSIMISTIC_WRITE);
            if (part == null) {
                throw new NotFoundException("Your shop has no part in order " + orderId);
            }
            Instant now = clock.instant();
            OrderStatus status = part.advance(now);
            // the number staff and receipts know the order by, not its row id
            long orderNumber = tx.session().find(Order.class, orderId).getOrderNumber();
            Audit.record(
                    tx,
                    AuditKind.ORDER_STATUS,
                    "order number " + orderNumber + " " + status.code(), // older rows: "order <row id>"
                    actor.accountId(),
                    shopId,
                    now);
            return status;
        });
    }

    @Override
    public RefundResult refund(Actor actor, long orderLineId, int quantity, boolean restock, String reason) {
        String why = Text.required("reason", "Reason", reason, MAX_REASON);
        return database.inTransaction(tx -> {
            OrderLine line = tx.session().find(OrderLine.class, orderLineId, LockMode.PESSIMISTIC_WRITE);
            if (line == null) {
                throw new NotFoundException("No order line " + orderLineId);
            }
            Access.requireSellerOf(tx, actor, line.getShopId());
            Order order = order(tx, line.getOrderId());
            // A return of one line: the money goes back to the sale's tenders by the returns' rule.
            Returns.Posted posted = Returns.post(
                    tx,
                    actor,
                    order,
                    line.getShopId(),
                    List.of(new Returns.Wanted(line, quantity, restock)),
                    why,
                    false,
                    order.getBuyerId(),
                    null,
                    clock.instant());
            return new RefundResult(posted.refunds().get(0).getId(), posted.total(), line.getRefundedQuantity());
        });
    }

    /** The taxes of these order lines, each line's in the order checkout wrote them. */
    static List<OrderLineTax> taxesOf(Tx tx, List<Long> orderLineIds) {
        return tx.session()
                .createSelectionQuery(
                        "from OrderLineTax where orderLineId in :lines order by orderLineId, id", OrderLineTax.class)
                .setParameter("lines", orderLineIds)
                .getResultList();
    }

    /** The order's receipt as checkout wrote it; {@code copy}: marked as a reprint. */
    Receipt receipt(Tx tx, long orderId, boolean copy) {
        tx.session().flush();
        Order order = order(tx, orderId);
        List<Tuple> rows = tx.session()
                .createSelectionQuery("""
                select ol as line, sh.storeName as shopName, f.taxNumber as taxNumber, s.shownBrand as brand, s.shownStyle as style, s.color as color,
                    l.sizeHalves as sizeHalves, l.gender as gender, l.width as width, f.status as status
                from OrderLine ol join Listing l on l.id = ol.listingId join Shoe s on s.id = l.shoeId
                join Shop sh on sh.id = ol.shopId
                join Fulfilment f on f.orderId = ol.orderId and f.shopId = ol.shopId
                where ol.orderId = :order order by ol.id""", Tuple.class)
                .setParameter("order", orderId)
                .getResultList();
        List<Receipt.Line> lines = rows.stream()
                .map(row -> {
                    String description = ReceiptLines.describe(
                            row.get("brand", String.class),
                            row.get("style", String.class),
                            row.get("color", Color.class),
                            row.get("gender", Gender.class),
                            new ShoeSize(row.get("sizeHalves", Integer.class)),
                            row.get("width", Width.class));
                    return ReceiptLines.line(
                            row.get("line", OrderLine.class),
                            row.get("shopName", String.class),
                            description,
                            row.get("status", OrderStatus.class));
                })
                .toList();
        Map<Long, List<OrderLineTax>> taxesByLine =
                taxesOf(
                                tx,
                                rows.stream()
                                        .map(row ->
                                                row.get("line", OrderLine.class).getId())
                                        .toList())
                        .stream()
                        .collect(Collectors.groupingBy(OrderLineTax::getOrderLineId));
        List<ReceiptLines.TaxPart> taxParts = new ArrayList<>();
        Map<String, String> taxNumbers = new LinkedHashMap<>();
        for (Tuple row : rows) {
            OrderLine line = row.get("line", OrderLine.class);
            String shopName = row.get("shopName", String.class);
            for (OrderLineTax tax : taxesByLine.getOrDefault(line.getId(), List.of())) {
                taxParts.add(new ReceiptLines.TaxPart(
                        line.getShopId(),
                        shopName,
                        tax.rate(),
                        line.pricesIncludeTax(),
                        tax.getTaxable(),
                        tax.getTax()));
            }
            taxNumbers.putIfAbsent(shopName, row.get("taxNumber", String.class));
        }
        List<OrderDiscount> orderDiscounts = tx.session()
                .createSelectionQuery("from OrderDiscount where orderId = :order order by id", OrderDiscount.class)
                .setParameter("order", orderId)
                .getResultList();
        List<Receipt.DiscountLine> discountLines = new ArrayList<>();
        for (Tuple row : rows) { // each line's own, in line order, as checkout wrote them
            OrderLine line = row.get("line", OrderLine.class);
            for (OrderDiscount discount : orderDiscounts) {
                if (line.getId().equals(discount.getOrderLineId())) {
                    discountLines.add(ReceiptLines.discountLine(
                            line.getListingId(), discount.discount(), discount.getListPrice(), discount.getGiven()));
                }
            }
        }
        for (OrderDiscount discount : orderDiscounts) {
            if (discount.getOrderLineId() == null) {
                discountLines.add(ReceiptLines.discountLine(null, discount.discount(), null, discount.getGiven()));
            }
        }
        Tuple names = tx.session()
                .createSelectionQuery("""
                select c.name as cashier, coalesce(b.name, r.name) as buyer
                from Order o join Account c on c.id = o.cashierId
                left join Account b on b.id = o.buyerId left join CustomerRecord r on r.id = o.customerRecordId
                where o.id = :order""", Tuple.class)
                .setParameter("order", orderId)
                .getSingleResult();
        List<Receipt.TenderLine> tenders = tx
                .session()
                .createSelectionQuery("""
                select t as tender, g.codeLast4 as last4 from OrderTender t left join GiftCard g on g.id = t.giftCardId
                where t.orderId = :order order by t.position""", Tuple.class)
                .setParameter("order", orderId)
                .getResultList()
                .stream()
                .map(row -> ReceiptLines.tender(row.get("tender", OrderTender.class), row.get("last4", String.class)))
                .toList();
        List<Receipt.GiftCardLine> giftCards = tx
                .session()
                .createSelectionQuery("from GiftCard where soldOrderId = :order order by id", GiftCard.class)
                .setParameter("order", orderId)
                .getResultList()
                .stream()
                .map(ReceiptLines::soldGiftCard)
                .toList();
        return new Receipt(
                order.getId(),
                order.getOrderNumber(),
                order.getCreatedAt(),
                names.get("cashier", String.class),
                names.get("buyer", String.class),
                tenders,
                ReceiptLines.change(tenders),
                giftCards,
                order.getTotal(),
                lines,
                discountLines,
                ReceiptLines.taxLines(taxParts),
                ReceiptLines.taxNumbers(taxNumbers),
                ReceiptLines.headerAsSold(
                        tx,
                        order.getId(),
                        tx.session()
                                .createSelectionQuery(
                                        "select f.shopId from Fulfilment f where f.orderId = :order", Long.class)
                                .setParameter("order", orderId)
                                .getResultList(),
                        order.getShiftId()),
                copy,
                order.getShipTo());
    }

    /**
     * The listed orders in the given order, read in three queries whatever their number (a shop's
     * list holds up to 500). {@code shopId}: only that shop's part decides the status.
     */
    private static List<OrderSummary> summaries(Tx tx, List<Long> orderIds, Long shopId) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        var session = tx.session();
        Map<Long, Order> orders = session
                .createSelectionQuery("from Order where id in :ids", Order.class)
                .setParameter("ids", orderIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Order::getId, order -> order));
        Map<Long, Long> unitsByOrder = new HashMap<>();
        for (Tuple row : session.createSelectionQuery("""
                        select ol.orderId as orderId, sum(ol.quantity) as units from OrderLine ol where ol.orderId in :ids
                        group by ol.orderId""", Tuple.class)
                .setParameter("ids", orderIds)
                .getResultList()) {
            unitsByOrder.put(
                    row.get("orderId", Long.class),
                    row.get("units", Number.class).longValue());
        }
        // An order's status is its slowest part's; the statuses are compared in Java, in their enum order.
        Map<Long, OrderStatus> statusByOrder = new HashMap<>();
        for (Fulfilment part : session.createSelectionQuery("from Fulfilment where orderId in :ids", Fulfilment.class)
                .setParameter("ids", orderIds)
                .getResultList()) {
            if (shopId == null || part.getShopId() == shopId) {
                statusByOrder.merge(
                        part.getOrderId(), part.getStatus(), (one, other) -> one.compareTo(other) <= 0 ? one : other);
            }
        }
        return orderIds.stream()
                .map(id -> {
                    Order order = orders.get(id);
                    return new OrderSummary(
                            id,
                            order.getOrderNumber(),
                            order.getCreatedAt(),
                            order.getTotal(),
                            unitsByOrder.getOrDefault(id, 0L).intValue(),
                            statusByOrder.getOrDefault(id, OrderStatus.PROCESSING));
                })
                .toList();
    }

    private static List<Fulfilment> fulfilments(Tx tx, long orderId) {
        return tx.session()
                .createSelectionQuery("from Fulfilment where orderId = :order order by shopId", Fulfilment.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    private static Order order(Tx tx, long orderId) {
        Order order = tx.session().find(Order.class, orderId);
        if (order == null) {
            throw new NotFoundException("No order " + orderId);
        }
        return order;
    }

    private static void requireCanSee(Tx tx, Actor actor, Order order) {
        long me = actor.accountId();
        if (order.getCashierId() == me
                || Long.valueOf(me).equals(order.getBuyerId())
                || Access.account(tx, actor).isAdmin()) {
            return;
        }
        Shop owned = Access.ownedShopOrNull(tx, me);
        Long shopId = owned != null ? owned.getId() : Access.staffShopIdOrNull(tx, me);
        if (shopId != null && tx.session().find(Fulfilment.class, new Fulfilment.Key(order.getId(), shopId)) != null) {
            return;
        }
        throw new ForbiddenException("This order is not yours to see");
    }
}
