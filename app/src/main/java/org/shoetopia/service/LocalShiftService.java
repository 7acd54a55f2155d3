package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShiftService;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DrawerMove;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.OrderLineTax;
import org.shoetopia.domain.PaymentMethod;
import org.shoetopia.domain.Shift;
import org.shoetopia.domain.ShiftCount;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/**
 * Shifts and their drawers. A shift's row lock orders everything written on it: a till sale or refund
 * takes it (after the cart's, before the shops'), and so do paid-in, paid-out and the close, so the Z
 * report counts every sale that landed before it and none lands after.
 */
public final class LocalShiftService implements ShiftService {
    static final String NO_OPEN_SHIFT = "Open a shift on this till first: count the float into the drawer";

    private final Database database;
    private final LocalAccountService accounts;
    private final Clock clock;

    public LocalShiftService(Database database, LocalAccountService accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public ShiftView current(Actor actor) {
        return database.inTransaction(tx -> {
            Shift shift = openShiftOrNull(tx, actor.accountId(), Access.sellingShopId(tx, actor), false);
            return shift == null ? null : view(tx, shift);
        });
    }

    @Override
    public ShiftView open(Actor actor, String terminal, Money openingFloat) {
        String name = Text.required("terminal", "Terminal name", terminal, Shift.MAX_TERMINAL);
        if (openingFloat == null || openingFloat.cents() < 0) {
            throw new ValidationException("float", "Count the float: 0.00 or more");
        }
        if (openingFloat.compareTo(Shift.MAX_FLOAT) > 0) {
            throw new ValidationException("float", "A float is at most " + Shift.MAX_FLOAT);
        }
        try {
            return database.inTransaction(tx -> {
                long shopId = Access.sellingShopId(tx, actor);
                Shift mine = openShiftOrNull(tx, actor.accountId(), shopId, false);
                if (mine != null) {
                    throw new ConflictException("Your shift on " + mine.getTerminal()
                            + " is still open: close it there before opening another");
                }
                Shift other = tx.session()
                        .createSelectionQuery(
                                "from Shift where shopId = :shop and openTerminal = :terminal", Shift.class)
                        .setParameter("shop", shopId)
                        .setParameter("terminal", name)
                        .getSingleResultOrNull();
                if (other != null) {
                    throw new ConflictException(name + " already has an open shift ("
                            + tx.session()
                                    .find(Account.class, other.getCashierId())
                                    .getName()
                            + "'s): it is closed with its count before the next one opens");
                }
                Instant now = now();
                Shift shift = new Shift(shopId, name, actor.accountId(), openingFloat, now);
                tx.session().persist(shift);
                tx.session().flush(); // a shift opened at once elsewhere fails here, on the unique columns
                Audit.record(
                        tx,
                        AuditKind.SHIFT_OPENED,
                        "shift " + shift.getId() + " " + name + " float " + openingFloat.plain(),
                        actor.accountId(),
                        shopId,
                        now);
                return view(tx, shift);
            });
        } catch (ConflictException raced) {
            if (!"That already exists".equals(raced.getMessage())) { // not the unique columns: as it was
                throw raced;
            }
            throw new ConflictException("A shift was opened at the same time for this terminal or cashier; reload");
        }
    }

    @Override
    public ShiftView payIn(Actor actor, Money amount, String reason) {
        return moveCash(actor, DrawerMove.Kind.PAID_IN, amount, reason);
    }

    @Override
    public ShiftView payOut(Actor actor, Money amount, String reason) {
        return moveCash(actor, DrawerMove.Kind.PAID_OUT, amount, reason);
    }

    private ShiftView moveCash(Actor actor, DrawerMove.Kind kind, Money amount, String reason) {
        String field = kind == DrawerMove.Kind.PAID_IN ? "paidIn" : "paidOut";
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException(field, "The amount must be more than 0.00");
        }
        if (amount.compareTo(DrawerMove.MAX_AMOUNT) > 0) {
            throw new ValidationException(field, "At most " + DrawerMove.MAX_AMOUNT + " at once");
        }
        String why = Text.required("reason", "Why", reason, DrawerMove.MAX_REASON);
        return database.inTransaction(tx -> {
            // No check against the expected cash here: refused pay-outs would let a cashier find it out.
            Shift shift = lockedOpenShift(tx, actor);
            Instant now = now();
            tx.session().persist(new DrawerMove(shift.getId(), kind, amount, why, actor.accountId(), null, now));
            Audit.record(
                    tx,
                    kind == DrawerMove.Kind.PAID_IN ? AuditKind.DRAWER_PAID_IN : AuditKind.DRAWER_PAID_OUT,
                    "shift " + shift.getId() + " " + amount.plain(),
                    actor.accountId(),
                    shift.getShopId(),
                    now);
            return view(tx, shift);
        });
    }

    @Override
    public void noSale(Actor actor, String reason, String managerEmail, String managerPassword) {
        String why = Text.required("reason", "Why", reason, DrawerMove.MAX_REASON);
        onShiftApproved(
                actor,
                managerEmail,
                managerPassword,
                "Opening the drawer with no sale needs a manager's approval",
                (tx, shift, approvedBy) -> {
                    recordNoSale(tx, actor, shift, why, approvedBy);
                    return Boolean.TRUE; // null would read as "the password changed meanwhile"
                });
    }

    /** Work on the actor's locked open shift that a manager approves, with the approver's account id. */
    @FunctionalInterface
    private interface ApprovedWork<T> {
        T run(Tx tx, Shift shift, long approvedBy);
    }

    /**
     * Runs {@code work} on the actor's locked open shift, approved by the owner or a manager: the
     * actor on their own word (no email given), else the account whose email and password are given.
     */
    private <T> T onShiftApproved(
            Actor actor, String managerEmail, String managerPassword, String refusal, ApprovedWork<T> work) {
        if (managerEmail == null || managerEmail.isBlank()) {
            return database.inTransaction(tx -> {
                Shift shift = lockedOpenShift(tx, actor);
                if (!Access.managesShop(tx, actor, shift.getShopId())) {
                    throw new ForbiddenException(refusal);
                }
                return work.run(tx, shift, actor.accountId());
            });
        }
        return accounts.withCredential(managerEmail, managerPassword, (tx, manager) -> {
            Shift shift = lockedOpenShift(tx, actor);
            if (!Access.managesShop(tx, new Actor(manager.getId()), shift.getShopId())) {
                throw new ForbiddenException(manager.getName() + " is not the owner or a manager of this shop");
            }
            return work.run(tx, shift, manager.getId());
        });
    }

    private void recordNoSale(Tx tx, Actor actor, Shift shift, String why, long approvedBy) {
        Instant now = now();
        tx.session()
                .persist(new DrawerMove(
                        shift.getId(), DrawerMove.Kind.NO_SALE, Money.ZERO, why, actor.accountId(), approvedBy, now));
        Audit.record(
                tx,
                AuditKind.DRAWER_NO_SALE,
                "shift " + shift.getId() + " approved by account " + approvedBy,
                actor.accountId(),
                shift.getShopId(),
                now);
    }

    @Override
    public ShiftReport xReport(Actor actor, String managerEmail, String managerPassword) {
        return onShiftApproved(
                actor,
                managerEmail,
                managerPassword,
                "A cashier reads the X report with a manager: the count at close is blind",
                (tx, shift, approvedBy) -> report(tx, shift, null, now()));
    }

    @Override
    public ShiftReport close(Actor actor, CashCount count) {
        if (count == null) {
            throw new ValidationException("count", "Count the drawer");
        }
        return database.inTransaction(tx -> closeLocked(tx, actor, lockedOpenShift(tx, actor), count));
    }

    @Override
    public ShiftReport closeAt(Actor actor, String terminal, CashCount count) {
        if (count == null) {
            throw new ValidationException("count", "Count the drawer");
        }
        String name = Text.required("terminal", "Terminal name", terminal, Shift.MAX_TERMINAL);
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Access.requireManagerOf(tx, actor, shopId);
            Shift shift = tx.session()
                    .createSelectionQuery("from Shift where shopId = :shop and openTerminal = :terminal", Shift.class)
                    .setParameter("shop", shopId)
                    .setParameter("terminal", name)
                    .setHibernateLockMode(LockMode.PESSIMISTIC_WRITE)
                    .getSingleResultOrNull();
            if (shift == null) {
                throw new ConflictException(name + " has no open shift");
            }
            return closeLocked(tx, actor, shift, count);
        });
    }

    /** Closes the locked open shift with its count: the Z report, numbered. */
    private ShiftReport closeLocked(Tx tx, Actor actor, Shift shift, CashCount count) {
        Instant now = now();
        ShiftReport counted = report(tx, shift, count, now);
        int zNumber = nextZNumber(tx, shift.getShopId());
        shift.close(zNumber, totals(counted), actor.accountId(), now);
        count.quantityByDenomination()
                .forEach((denomination, quantity) ->
                        tx.session().persist(new ShiftCount(shift.getId(), denomination, quantity)));
        Audit.record(
                tx,
                AuditKind.SHIFT_CLOSED,
                "shift " + shift.getId() + " Z " + zNumber + " over/short "
                        + counted.overShort().plain(),
                actor.accountId(),
                shift.getShopId(),
                now);
        tx.session().flush();
        return report(tx, shift, null, now);
    }

    @Override
    public List<ZReportSummary> zReports(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Access.requireManagerOf(tx, actor, shopId);
            List<ZReportSummary> reports = new ArrayList<>();
            for (Tuple row : tx.session()
                    .createSelectionQuery("""
                            select s as shift, a.name as cashierName from Shift s join Account a on a.id = s.cashierId
                            where s.shopId = :shop and s.zNumber is not null order by s.zNumber desc""", Tuple.class)
                    .setParameter("shop", shopId)
                    .setMaxResults(500)
                    .getResultList()) {
                Shift shift = row.get("shift", Shift.class);
                Shift.Totals totals = shift.totals();
                reports.add(new ZReportSummary(
                        shift.getZNumber(),
                        shift.getTerminal(),
                        row.get("cashierName", String.class),
                        shift.getClosedAt(),
                        totals.sales(),
                        totals.countedCash().minus(totals.expectedCash())));
            }
            return reports;
        });
    }

    @Override
    public ShiftReport zReport(Actor actor, int zNumber) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Shift shift = tx.session()
                    .createSelectionQuery("from Shift where shopId = :shop and zNumber = :z", Shift.class)
                    .setParameter("shop", shopId)
                    .setParameter("z", zNumber)
                    .getSingleResultOrNull();
            if (shift == null) {
                throw new NotFoundException("There is no Z report " + zNumber);
            }
            if (shift.getCashierId() != actor.accountId()) {
                Access.requireManagerOf(tx, actor, shopId);
            }
            return report(tx, shift, null, now());
        });
    }

    /**
     * The actor's open shift at the shop, row-locked: what a till sale, a refund or a drawer move is
     * written on. Null if they have none (the close took it first).
     */
    static Shift openShiftOrNull(Tx tx, long cashierId, long shopId, boolean lock) {
        var query = tx.session()
                .createSelectionQuery("from Shift where openCashierId = :cashier and shopId = :shop", Shift.class)
                .setParameter("cashier", cashierId)
                .setParameter("shop", shopId);
        if (lock) {
            query.setHibernateLockMode(LockMode.PESSIMISTIC_WRITE);
        }
        return query.getSingleResultOrNull();
    }

    private static Shift lockedOpenShift(Tx tx, Actor actor) {
        return lockedOpenShift(tx, actor.accountId(), Access.sellingShopId(tx, actor), "");
    }

    /**
     * The cashier's open shift at the shop, row-locked, or a refusal saying what waits for one
     * ({@code why}, appended to {@link #NO_OPEN_SHIFT}): the one check every till write makes.
     */
    static Shift lockedOpenShift(Tx tx, long cashierId, long shopId, String why) {
        Shift shift = openShiftOrNull(tx, cashierId, shopId, true);
        if (shift == null) {
            throw new ConflictException(NO_OPEN_SHIFT + why);
        }
        return shift;
    }

    /** The shop's next Z number, under its row's lock: numbered without gaps, once each. */
    private static int nextZNumber(Tx tx, long shopId) {
        tx.session()
                .createNativeMutationQuery("update shops set last_z_number = last_z_number + 1 where id = :shop")
                .setParameter("shop", shopId)
                .executeUpdate();
        return ((Number) tx.session()
                        .createNativeQuery("select last_z_number from shops where id = :shop", Object.class)
                        .setParameter("shop", shopId)
                        .getSingleResult())
                .intValue();
    }

    private static Money cashRefunds(Tx tx, long shiftId) {
        return Money.ofCents(tx.session()
                .createSelectionQuery("""
                        select coalesce(sum(t.amountCents), 0) from ReturnTender t join Return r on r.id = t.returnId
                        where r.shiftId = :shift and t.kind = :cash""", Long.class)
                .setParameter("shift", shiftId)
                .setParameter("cash", PaymentMethod.CASH)
                .getSingleResult());
    }

    private record Drawer(Money paidIn, Money paidOut, int noSales, List<DrawerMoveLine> moves) {}

    private static Drawer drawer(Tx tx, long shiftId) {
        long in = 0;
        long out = 0;
        int noSales = 0;
        List<DrawerMoveLine> lines = new ArrayList<>();
        for (Tuple row : tx.session()
                .createSelectionQuery("""
                        select m as move, a.name as byName from DrawerMove m join Account a on a.id = m.actorId
                        where m.shiftId = :shift order by m.id""", Tuple.class)
                .setParameter("shift", shiftId)
                .getResultList()) {
            DrawerMove move = row.get("move", DrawerMove.class);
            switch (move.getKind()) {
                case PAID_IN -> in += move.getAmount().cents();
                case PAID_OUT -> out += move.getAmount().cents();
                case NO_SALE -> noSales++;
            }
            lines.add(new DrawerMoveLine(
                    move.getCreatedAt(),
                    move.getKind(),
                    move.getAmount(),
                    move.getReason(),
                    row.get("byName", String.class)));
        }
        return new Drawer(Money.ofCents(in), Money.ofCents(out), noSales, lines);
    }

    /**
     * The shift's report from what was written on it: its orders, their tenders, taxes and discounts,
     * its refunds and drawer moves; voids and approvals of its cashier at its shop while it was open.
     * {@code count}: the closing count being submitted (null: the stored one, or none while open).
     */
    static ShiftReport report(Tx tx, Shift shift, CashCount count, Instant printedAt) {
        var session = tx.session();
        long shiftId = shift.getId();
        Tuple sales = session.createSelectionQuery(
                        "select count(o) as n, coalesce(sum(o.totalCents), 0) as cents from Order o where o.shiftId = :shift",
                        Tuple.class)
                .setParameter("shift", shiftId)
                .getSingleResult();
        Tuple refunds = session.createSelectionQuery(
                        "select count(r) as n, coalesce(sum(r.totalCents), 0) as cents from Return r where r.shiftId = :shift",
                        Tuple.class)
                .setParameter("shift", shiftId)
                .getSingleResult();
        long discounts = session.createSelectionQuery("""
                        select coalesce(sum(d.givenCents), 0) from OrderDiscount d join Order o on o.id = d.orderId
                        where o.shiftId = :shift""", Long.class)
                .setParameter("shift", shiftId)
                .getSingleResult();
        Map<String, long[]> byRate = new LinkedHashMap<>();
        for (OrderLineTax tax : session.createSelectionQuery("""
                        select t from OrderLineTax t join OrderLine l on l.id = t.orderLineId join Order o on o.id = l.orderId
                        where o.shiftId = :shift order by t.id""", OrderLineTax.class)
                .setParameter("shift", shiftId)
                .getResultList()) {
            long[] sums = byRate.computeIfAbsent(tax.rate().label(), label -> new long[2]);
            sums[0] += tax.getTaxable().cents();
            sums[1] += tax.getTax().cents();
        }
        List<RateTotal> rates = new ArrayList<>();
        long taxCents = 0;
        for (var rate : byRate.entrySet()) {
            rates.add(
                    new RateTotal(rate.getKey(), Money.ofCents(rate.getValue()[0]), Money.ofCents(rate.getValue()[1])));
            taxCents += rate.getValue()[1];
        }
        List<TenderTotal> tenders = new ArrayList<>();
        for (Tuple row : session.createSelectionQuery("""
                        select t.kind as kind, count(t) as n, coalesce(sum(t.amountCents), 0) as cents
                        from OrderTender t join Order o on o.id = t.orderId
                        where o.shiftId = :shift group by t.kind""", Tuple.class)
                .setParameter("shift", shiftId)
                .getResultList()) {
            tenders.add(new TenderTotal(
                    row.get("kind", PaymentMethod.class),
                    row.get("n", Long.class).intValue(),
                    Money.ofCents(row.get("cents", Long.class))));
        }
        tenders.sort(java.util.Comparator.comparing(TenderTotal::method));
        Money cashSales = tenders.stream()
                .filter(t -> t.method() == PaymentMethod.CASH)
                .map(TenderTotal::amount)
                .findFirst()
                .orElse(Money.ZERO);
        Drawer drawer = drawer(tx, shiftId);
        Money cashRefunds = cashRefunds(tx, shiftId);
        Money expected = shift.getFloat()
                .plus(cashSales)
                .minus(cashRefunds)
                .plus(drawer.paidIn())
                .minus(drawer.paidOut());
        Instant until = shift.isOpen() ? printedAt : shift.getClosedAt();
        int voids = session.createSelectionQuery("""
                        select count(r) from AuditRecord r where r.kind = :kind and r.actorId = :cashier
                        and r.shopId = :shop and r.createdAt >= :from and r.createdAt <= :until""", Long.class)
                .setParameter("kind", AuditKind.CART_VOIDED)
                .setParameter("cashier", shift.getCashierId())
                .setParameter("shop", shift.getShopId())
                .setParameter("from", shift.getOpenedAt())
                .setParameter("until", until)
                .getSingleResult()
                .intValue();
        int approvals = session.createSelectionQuery("""
                        select count(a) from Approval a where a.askedBy = :cashier and a.shopId = :shop
                        and a.createdAt >= :from and a.createdAt <= :until""", Long.class)
                .setParameter("cashier", shift.getCashierId())
                .setParameter("shop", shift.getShopId())
                .setParameter("from", shift.getOpenedAt())
                .setParameter("until", until)
                .getSingleResult()
                .intValue();
        List<CountLine> countLines = new ArrayList<>();
        Money counted = null;
        if (count != null) {
            count.quantityByDenomination()
                    .forEach((denomination, quantity) -> countLines.add(countLine(denomination, quantity)));
            counted = count.total();
        } else if (!shift.isOpen()) {
            for (ShiftCount line : session.createSelectionQuery(
                            "from ShiftCount where shiftId = :shift order by denominationCents desc", ShiftCount.class)
                    .setParameter("shift", shiftId)
                    .getResultList()) {
                countLines.add(countLine(line.getDenominationCents(), line.getQuantity()));
            }
            counted = shift.totals().countedCash();
        }
        Shop shop = session.find(Shop.class, shift.getShopId());
        return new ShiftReport(
                shift.getZNumber(),
                shop.getStoreName(),
                shift.getTerminal(),
                session.find(Account.class, shift.getCashierId()).getName(),
                shift.getOpenedAt(),
                shift.getClosedAt(),
                printedAt,
                sales.get("n", Long.class).intValue(),
                Money.ofCents(sales.get("cents", Long.class)),
                // Part of the sales, but money held for customers rather than earned: shown apart.
                Money.ofCents(session.createSelectionQuery("""
                                select coalesce(sum(g.issuedCents), 0) from GiftCard g
                                where g.soldOrderId in (select o.id from Order o where o.shiftId = :shift)""", Long.class)
                        .setParameter("shift", shiftId)
                        .getSingleResult()),
                refunds.get("n", Long.class).intValue(),
                Money.ofCents(refunds.get("cents", Long.class)),
                Money.ofCents(discounts),
                Money.ofCents(taxCents),
                rates,
                tenders,
                shift.getFloat(),
                cashSales,
                cashRefunds,
                drawer.paidIn(),
                drawer.paidOut(),
                expected,
                countLines,
                counted,
                counted == null ? null : counted.minus(expected),
                voids,
                approvals,
                drawer.noSales(),
                drawer.moves());
    }

    private static CountLine countLine(int denomination, int quantity) {
        return new CountLine(Money.ofCents(denomination), quantity, Money.ofCents((long) denomination * quantity));
    }

    /** What the shift's row keeps of its Z report. */
    static Shift.Totals totals(ShiftReport report) {
        return new Shift.Totals(
                report.salesCount(),
                report.sales(),
                report.refundsCount(),
                report.refunds(),
                report.discounts(),
                report.tax(),
                report.expectedCash(),
                report.countedCash());
    }

    private static ShiftView view(Tx tx, Shift shift) {
        return new ShiftView(
                shift.getId(),
                shift.getTerminal(),
                tx.session().find(Account.class, shift.getCashierId()).getName(),
                shift.getOpenedAt(),
                shift.getFloat());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
