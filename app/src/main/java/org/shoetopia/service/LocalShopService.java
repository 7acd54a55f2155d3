package org.shoetopia.service;

import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShopService;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.BalanceEntry;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.InvitationStatus;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.PromotionTier;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.Shop;
import org.shoetopia.domain.ShopDiscountReason;
import org.shoetopia.domain.ShopStaff;
import org.shoetopia.domain.ShopTaxRate;
import org.shoetopia.domain.StaffInvitation;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.TaxAppliesTo;
import org.shoetopia.domain.TaxCategory;
import org.shoetopia.domain.TaxRate;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.Tx;

/** Shops, their staff, the dashboard and promotion tiers. */
public final class LocalShopService implements ShopService {
    static final String NAME_TAKEN = "A shop with this name already exists";

    private final Database database;
    private final LocalFlashSaleService flashSales;
    private final Clock clock;

    public LocalShopService(Database database, LocalFlashSaleService flashSales, Clock clock) {
        this.database = database;
        this.flashSales = flashSales;
        this.clock = clock;
    }

    @Override
    public long createShop(Actor actor, String storeName) {
        String name = Text.required("storeName", "Store name", storeName, Shop.MAX_NAME);
        String key = Text.canonical(name);
        return database.inTransaction(tx -> {
            // The account row arbitrates "owner or cashier, never both": adding a cashier locks it too.
            Access.lockAccount(tx, actor.accountId());
            if (Access.staffShopIdOrNull(tx, actor.accountId()) != null) {
                throw new ConflictException("A cashier cannot also own a shop");
            }
            long id = tx.sql()
                    .insertShopIfFree(actor.accountId(), name, key)
                    .orElseThrow(() -> Access.ownedShopOrNull(tx, actor.accountId()) != null
                            ? new ConflictException("You already have a shop")
                            : new ConflictException(NAME_TAKEN));
            Audit.record(tx, AuditKind.SHOP_CREATED, "shop " + id + " " + name, actor.accountId(), id, clock.instant());
            lapseOpenInvitations(tx, actor.accountId(), clock.instant());
            return id;
        });
    }

    @Override
    public void renameShop(Actor actor, long seenVersion, String storeName) {
        String name = Text.required("storeName", "Store name", storeName, Shop.MAX_NAME);
        String key = Text.canonical(name);
        database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            boolean taken = tx.session()
                            .createSelectionQuery(
                                    "select count(*) from Shop where storeNameKey = :key and id <> :id", Long.class)
                            .setParameter("key", key)
                            .setParameter("id", shop.getId())
                            .getSingleResult()
                    > 0;
            if (taken) {
                throw new ConflictException(NAME_TAKEN);
            }
            int changed = tx.session()
                    .createMutationQuery("""
                    update Shop set storeName = :name, storeNameKey = :key, detailsVersion = detailsVersion + 1
                    where id = :id and detailsVersion = :seen""")
                    .setParameter("name", name)
                    .setParameter("key", key)
                    .setParameter("id", shop.getId())
                    .setParameter("seen", seenVersion)
                    .executeUpdate();
            if (changed == 0) {
                throw new ConflictException("The shop was changed on another terminal; reload to see the change,"
                        + " then save yours again");
            }
            Audit.record(tx, AuditKind.SHOP_RENAMED, name, actor.accountId(), shop.getId(), clock.instant());
            return null;
        });
    }

    @Override
    public List<StaffMember> staff(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            return tx.session()
                    .createSelectionQuery("""
                    select new org.shoetopia.api.ShopService$StaffMember(a.id, a.name, a.email, s.addedAt, s.role)
                    from ShopStaff s join Account a on a.id = s.accountId
                    where s.shopId = :shop order by a.name""", StaffMember.class)
                    .setParameter("shop", shopId)
                    .getResultList();
        });
    }

    @Override
    public StaffInvitationView inviteStaff(Actor actor, String email) {
        Email address = Email.parse(email);
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            Account invited = tx.session()
                    .createSelectionQuery("from Account where email = :email", Account.class)
                    .setParameter("email", address.value())
                    .getSingleResultOrNull();
            if (invited == null) {
                throw new NotFoundException("No account uses " + address + "; the cashier signs up first");
            }
            if (invited.getId() == actor.accountId()) {
                throw new ValidationException("email", "You own this shop already");
            }
            // The rules read the account's other rows, which accepting and creating a shop change under this lock.
            Access.lockAccount(tx, invited.getId());
            refuseIfOwnerOrCashier(tx, invited.getId(), "That account");
            // Under the account's lock a second invitation from this shop sees the first (the unique key backs it).
            boolean open = tx.session()
                            .createSelectionQuery(
                                    "select count(*) from StaffInvitation where shopId = :shop and pendingAccountId = :account",
                                    Long.class)
                            .setParameter("shop", shop.getId())
                            .setParameter("account", invited.getId())
                            .getSingleResult()
                    > 0;
            if (open) {
                throw new ConflictException("That account has an open invitation from your shop already");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what the column keeps, as shown again
            StaffInvitation invitation = new StaffInvitation(shop.getId(), invited.getId(), actor.accountId(), now);
            tx.session().persist(invitation);
            Audit.record(
                    tx, AuditKind.STAFF_INVITED, "account " + invited.getId(), actor.accountId(), shop.getId(), now);
            return new StaffInvitationView(
                    invitation.getId(),
                    shop.getId(),
                    shop.getStoreName(),
                    invited.getId(),
                    invited.getName(),
                    invited.getEmail(),
                    now);
        });
    }

    /** An owner or a cashier cannot accept an invitation: those still open to the account lapse. Caller holds its lock. */
    private static void lapseOpenInvitations(Tx tx, long accountId, Instant now) {
        tx.session()
                .createMutationQuery("""
                        update StaffInvitation set status = :lapsed, pendingAccountId = null, answeredAt = :now
                        where pendingAccountId = :account""")
                .setParameter("lapsed", InvitationStatus.LAPSED)
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    private static void refuseIfOwnerOrCashier(Tx tx, long accountId, String who) {
        if (Access.ownedShopOrNull(tx, accountId) != null) {
            throw new ConflictException(who + " owns a shop and cannot be a cashier");
        }
        if (Access.staffShopIdOrNull(tx, accountId) != null) {
            throw new ConflictException(who + " is already a cashier");
        }
    }

    @Override
    public List<StaffInvitationView> openInvitations(Actor actor) {
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            return invitationViews(tx, "i.shopId = :id", shop.getId());
        });
    }

    @Override
    public List<StaffInvitationView> invitationsToMe(Actor actor) {
        return database.inTransaction(tx -> {
            Access.account(tx, actor);
            return invitationViews(tx, "i.pendingAccountId = :id", actor.accountId());
        });
    }

    private static List<StaffInvitationView> invitationViews(Tx tx, String which, long id) {
        return tx.session()
                .createSelectionQuery("""
                        select new org.shoetopia.api.ShopService$StaffInvitationView(
                            i.id, s.id, s.storeName, a.id, a.name, a.email, i.invitedAt)
                        from StaffInvitation i join Shop s on s.id = i.shopId join Account a on a.id = i.accountId
                        where i.status = :pending and %s order by i.invitedAt desc, i.id desc""".formatted(which), StaffInvitationView.class)
                .setParameter("pending", InvitationStatus.PENDING)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public void withdrawInvitation(Actor actor, long invitationId) {
        database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            StaffInvitation invitation = openInvitationLocked(tx, invitationId);
            if (invitation == null || invitation.getShopId() != shop.getId()) {
                throw new NotFoundException(
                        "That invitation is no longer open: answered, withdrawn, or lapsed when its account opened a shop or joined another");
            }
            Instant now = clock.instant();
            invitation.close(InvitationStatus.WITHDRAWN, now);
            Audit.record(
                    tx,
                    AuditKind.STAFF_INVITATION_WITHDRAWN,
                    "account " + invitation.getAccountId(),
                    actor.accountId(),
                    shop.getId(),
                    now);
            return null;
        });
    }

    @Override
    public StaffMember acceptInvitation(Actor actor, long invitationId) {
        return database.inTransaction(tx -> {
            // As createShop: under this lock, no shop is opened and no other invitation accepted meanwhile.
            Access.lockAccount(tx, actor.accountId());
            StaffInvitation invitation = invitationToLocked(tx, actor, invitationId);
            refuseIfOwnerOrCashier(tx, actor.accountId(), "Your account");
            Instant now = clock.instant();
            invitation.close(InvitationStatus.ACCEPTED, now);
            tx.session().flush(); // the accepted one is closed before the others lapse
            lapseOpenInvitations(tx, actor.accountId(), now);
            tx.session().persist(new ShopStaff(actor.accountId(), invitation.getShopId(), now));
            Audit.record(
                    tx,
                    AuditKind.STAFF_ADDED,
                    "account " + actor.accountId() + ", accepting the invitation of account "
                            + invitation.getInvitedBy(),
                    actor.accountId(),
                    invitation.getShopId(),
                    now);
            Account account = Access.account(tx, actor);
            return new StaffMember(account.getId(), account.getName(), account.getEmail(), now, StaffRole.CASHIER);
        });
    }

    @Override
    public void declineInvitation(Actor actor, long invitationId) {
        database.inTransaction(tx -> {
            StaffInvitation invitation = invitationToLocked(tx, actor, invitationId);
            Instant now = clock.instant();
            invitation.close(InvitationStatus.DECLINED, now);
            Audit.record(
                    tx,
                    AuditKind.STAFF_INVITATION_DECLINED,
                    "account " + actor.accountId(),
                    actor.accountId(),
                    invitation.getShopId(),
                    now);
            return null;
        });
    }

    private static StaffInvitation invitationToLocked(Tx tx, Actor actor, long invitationId) {
        StaffInvitation invitation = openInvitationLocked(tx, invitationId);
        if (invitation == null || invitation.getAccountId() != actor.accountId()) {
            throw new NotFoundException(
                    "That invitation is no longer open: answered, withdrawn, or lapsed when its account opened a shop or joined another");
        }
        return invitation;
    }

    /** The invitation, locked, if it is still open; else null. */
    private static StaffInvitation openInvitationLocked(Tx tx, long invitationId) {
        StaffInvitation invitation = tx.session().find(StaffInvitation.class, invitationId, LockMode.PESSIMISTIC_WRITE);
        return invitation != null && invitation.getStatus() == InvitationStatus.PENDING ? invitation : null;
    }

    @Override
    public void removeStaff(Actor actor, long cashierAccountId) {
        database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            // The account's row is the lock of its staff membership, as acceptInvitation, createShop
            // and setStaffRole take it.
            tx.session().find(Account.class, cashierAccountId, LockMode.PESSIMISTIC_WRITE);
            ShopStaff staff = tx.session().find(ShopStaff.class, cashierAccountId);
            if (staff == null || staff.getShopId() != shop.getId()) {
                throw new NotFoundException("That account is not on your shop's staff");
            }
            tx.session().remove(staff);
            // A removed cashier's tills stop acting at once, not when their session runs out.
            SessionStore.endAll(tx, cashierAccountId, clock.instant());
            Audit.record(
                    tx,
                    AuditKind.STAFF_REMOVED,
                    "account " + cashierAccountId,
                    actor.accountId(),
                    shop.getId(),
                    clock.instant());
            return null;
        });
    }

    @Override
    public StaffMember setStaffRole(Actor actor, long staffAccountId, StaffRole role) {
        if (role == null) {
            throw new ValidationException("role", "Choose cashier or manager");
        }
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            // as removeStaff: the account's row is the lock of its staff membership
            Account account = tx.session().find(Account.class, staffAccountId, LockMode.PESSIMISTIC_WRITE);
            ShopStaff staff = tx.session().find(ShopStaff.class, staffAccountId);
            if (account == null || staff == null || staff.getShopId() != shop.getId()) {
                throw new NotFoundException("That account is not on your shop's staff");
            }
            if (staff.getRole() != role) {
                staff.setRole(role);
                Audit.record(
                        tx,
                        AuditKind.STAFF_ROLE_CHANGED,
                        "account " + staffAccountId + " " + role.code(),
                        actor.accountId(),
                        shop.getId(),
                        clock.instant());
            }
            return new StaffMember(account.getId(), account.getName(), account.getEmail(), staff.getAddedAt(), role);
        });
    }

    @Override
    public ShopDashboard dashboard(Actor actor) {
        return database.inTransaction(tx -> {
            Shop shop = tx.session().find(Shop.class, Access.sellingShopId(tx, actor));
            ShopStats stats = ShopStats.of(tx, shop.getId());
            return new ShopDashboard(
                    shop.getId(),
                    shop.getStoreName(),
                    stats.balance(),
                    stats.unitsSold(),
                    stats.ratingCount(),
                    stats.ratingAverage(),
                    shop.getVerificationStatus(),
                    shop.getVerificationReason(),
                    shop.getPromotionTier(),
                    flashSales.activeSale(tx, shop.getId()),
                    shop.getDetailsVersion());
        });
    }

    @Override
    public List<DaySales> dailySales(Actor actor, int days, ZoneId zone) {
        if (days < 1 || days > MAX_CHART_DAYS) {
            throw new ValidationException("days", "Daily sales cover 1 to " + MAX_CHART_DAYS + " days");
        }
        if (zone == null) {
            throw new ValidationException("zone", "Name the time zone the days are counted in");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(days - 1L);
        Instant since = first.atStartOfDay(zone).toInstant();
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Map<LocalDate, long[]> byDay = new TreeMap<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                byDay.put(day, new long[2]);
            }
            tx.session()
                    .createSelectionQuery("""
                    select o.createdAt as at, ol.grossCents as cents, ol.quantity as units
                    from OrderLine ol join Order o on o.id = ol.orderId
                    where ol.shopId = :shop and o.createdAt >= :since""", Tuple.class)
                    .setParameter("shop", shopId)
                    .setParameter("since", since)
                    .getResultList()
                    .forEach(row -> {
                        long[] totals = byDay.get(LocalDate.ofInstant(row.get("at", Instant.class), zone));
                        if (totals != null) {
                            totals[0] += row.get("cents", Long.class);
                            totals[1] += row.get("units", Integer.class);
                        }
                    });
            return byDay.entrySet().stream()
                    .map(e -> new DaySales(e.getKey(), Money.ofCents(e.getValue()[0]), e.getValue()[1]))
                    .toList();
        });
    }

    /** The tax settings of the shop the actor owns or manages: only they may read them. */
    @Override
    public TaxSettings taxSettings(Actor actor) {
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            return TaxRows.settingsOf(tx, List.of(shopId)).get(shopId);
        });
    }

    @Override
    public TaxSettings setTaxSettings(Actor actor, TaxSettings settings) {
        if (settings == null) {
            throw new ValidationException("taxSettings", "Enter the shop's tax settings");
        }
        return database.inTransaction(tx -> {
            Shop shop = lockedOwnShop(tx, actor);
            shop.setTaxSettings(settings);
            replaceRowsOf(tx, "ShopTaxRate", shop.getId(), settings.rates(), ShopTaxRate::new);
            Audit.record(
                    tx,
                    AuditKind.SHOP_TAX_SETTINGS_CHANGED,
                    (settings.pricesIncludeTax() ? "included" : "added") + " "
                            + settings.rounding().code() + " "
                            + String.join(
                                    ", ",
                                    settings.rates().stream()
                                            .map(rate -> rate.category().code() + " " + rate.label())
                                            .toList()),
                    actor.accountId(),
                    shop.getId(),
                    clock.instant());
            tx.session().flush();
            return TaxRows.settingsOf(tx, List.of(shop.getId())).get(shop.getId());
        });
    }

    @Override
    public ReceiptDetails receiptDetails(Actor actor) {
        return database.inTransaction(tx ->
                tx.session().find(Shop.class, Access.sellingShopId(tx, actor)).receiptDetails());
    }

    @Override
    public ReceiptDetails setReceiptDetails(Actor actor, ReceiptDetails details) {
        if (details == null) {
            throw new ValidationException("address", "Enter what the receipts print");
        }
        return database.inTransaction(tx -> {
            Shop shop = lockedOwnShop(tx, actor);
            shop.setReceiptDetails(details);
            Audit.record(
                    tx,
                    AuditKind.SHOP_RECEIPT_DETAILS_CHANGED,
                    "receipt",
                    actor.accountId(),
                    shop.getId(),
                    clock.instant());
            return shop.receiptDetails();
        });
    }

    /**
     * The actor's own shop, row-locked for a change of its settings: the lock waits for its checkouts
     * under way (they hold it shared), so each prices by one set of settings.
     */
    private static Shop lockedOwnShop(Tx tx, Actor actor) {
        Shop shop = Access.ownedShop(tx, actor);
        tx.session().refresh(shop, LockMode.PESSIMISTIC_WRITE);
        return shop;
    }

    /** Makes the row of one value of a shop's list (a tax rate, a discount reason) at its position. */
    private interface ShopRow<T> {
        Object of(long shopId, int position, T value);
    }

    /** Replaces a shop's list of a setting with {@code values}, in their order. */
    private static <T> void replaceRowsOf(Tx tx, String entity, long shopId, List<T> values, ShopRow<T> row) {
        tx.session()
                .createMutationQuery("delete from " + entity + " where shopId = :shop")
                .setParameter("shop", shopId)
                .executeUpdate();
        for (int i = 0; i < values.size(); i++) {
            tx.session().persist(row.of(shopId, i, values.get(i)));
        }
    }

    @Override
    public DiscountSettings discountSettings(Actor actor) {
        return database.inTransaction(tx -> TillDiscounts.settingsOf(tx, Access.managedShopId(tx, actor)));
    }

    @Override
    public DiscountSettings setDiscountSettings(Actor actor, DiscountSettings settings) {
        if (settings == null) {
            throw new ValidationException("discountLimit", "Enter the shop's discount rules");
        }
        return database.inTransaction(tx -> {
            Shop shop = lockedOwnShop(tx, actor);
            shop.setCashierDiscountLimit(settings.cashierLimitHundredths());
            replaceRowsOf(tx, "ShopDiscountReason", shop.getId(), settings.reasons(), ShopDiscountReason::new);
            Audit.record(
                    tx,
                    AuditKind.SHOP_DISCOUNT_SETTINGS_CHANGED,
                    "cashiers up to " + settings.cashierLimitPercent() + "%; reasons: "
                            + String.join(", ", settings.reasons()),
                    actor.accountId(),
                    shop.getId(),
                    clock.instant());
            tx.session().flush();
            return TillDiscounts.settingsOf(tx, shop.getId());
        });
    }

    @Override
    public TaxReport taxReport(Actor actor, LocalDate from, LocalDate to, ZoneId zone) {
        ReportDays days = ReportDays.of(from, to, zone, "A tax report");
        Instant since = days.since();
        Instant until = days.until();
        return database.inTransaction(tx -> {
            long shopId = Access.managedShopId(tx, actor);
            // Per rate as charged (a rate changed later is another row): sales by the order's time,
            // refunds by the refund's.
            String rate = "t.category as category, t.name as name, t.rateThousandths as rate, t.appliesTo as appliesTo,"
                    + " t.thresholdCents as threshold";
            String byRate = " group by t.category, t.name, t.rateThousandths, t.appliesTo, t.thresholdCents";
            // Per rate, four sums: taxable sold, tax on it, taxable refunded, tax refunded.
            Map<TaxRate, long[]> byRateTotals = new LinkedHashMap<>();
            addPerRate(
                    byRateTotals,
                    0,
                    inPeriod(
                            tx,
                            "select " + rate + ", sum(t.taxableCents) as taxable, sum(t.taxCents) as tax"
                                    + " from OrderLineTax t join OrderLine ol on ol.id = t.orderLineId"
                                    + " join Order o on o.id = ol.orderId"
                                    + " where ol.shopId = :shop and o.createdAt >= :since and o.createdAt < :until"
                                    + byRate + " order by t.name, t.category, t.rateThousandths",
                            shopId,
                            since,
                            until));
            addPerRate(
                    byRateTotals,
                    2,
                    inPeriod(
                            tx,
                            "select " + rate + ", sum(rt.taxableCents) as taxable, sum(rt.taxCents) as tax"
                                    + " from RefundTax rt join Refund r on r.id = rt.refundId"
                                    + " join OrderLineTax t on t.id = rt.orderLineTaxId"
                                    + " join OrderLine ol on ol.id = t.orderLineId"
                                    + " where ol.shopId = :shop and r.createdAt >= :since and r.createdAt < :until"
                                    + byRate + " order by t.name, t.category, t.rateThousandths",
                            shopId,
                            since,
                            until));
            long grossSales = inPeriod(
                            tx,
                            "select coalesce(sum(ol.grossCents), 0) as cents from OrderLine ol"
                                    + " join Order o on o.id = ol.orderId"
                                    + " where ol.shopId = :shop and o.createdAt >= :since and o.createdAt < :until",
                            shopId,
                            since,
                            until)
                    .get(0)
                    .get("cents", Number.class)
                    .longValue();
            long grossRefunded = inPeriod(
                            tx,
                            "select coalesce(sum(r.amountCents), 0) as cents from Refund r"
                                    + " join OrderLine ol on ol.id = r.orderLineId"
                                    + " where ol.shopId = :shop and r.createdAt >= :since and r.createdAt < :until",
                            shopId,
                            since,
                            until)
                    .get(0)
                    .get("cents", Number.class)
                    .longValue();
            List<TaxReportRow> rows = byRateTotals.entrySet().stream()
                    .map(e -> new TaxReportRow(
                            e.getKey().label() + " (" + e.getKey().category().code() + ")",
                            Money.ofCents(e.getValue()[0]),
                            Money.ofCents(e.getValue()[1]),
                            Money.ofCents(e.getValue()[2]),
                            Money.ofCents(e.getValue()[3])))
                    .toList();
            // A line's tax is the sum of its rates' (an invariant), so the totals are the rows' sums.
            return new TaxReport(
                    from,
                    to,
                    rows,
                    Money.ofCents(grossSales),
                    rows.stream().map(TaxReportRow::taxOnSales).reduce(Money.ZERO, Money::plus),
                    Money.ofCents(grossRefunded),
                    rows.stream().map(TaxReportRow::taxRefunded).reduce(Money.ZERO, Money::plus));
        });
    }

    /** A report query over one shop's period: its rows. */
    private static List<Tuple> inPeriod(Tx tx, String query, long shopId, Instant since, Instant until) {
        return tx.session()
                .createSelectionQuery(query, Tuple.class)
                .setParameter("shop", shopId)
                .setParameter("since", since)
                .setParameter("until", until)
                .getResultList();
    }

    /** Adds each rate's taxable amount and tax of {@code rows} to its totals, from index {@code at}. */
    private static void addPerRate(Map<TaxRate, long[]> totals, int at, List<Tuple> rows) {
        for (Tuple row : rows) {
            long[] ofRate = totals.computeIfAbsent(rateOf(row), k -> new long[4]);
            ofRate[at] += row.get("taxable", Number.class).longValue();
            ofRate[at + 1] += row.get("tax", Number.class).longValue();
        }
    }

    private static TaxRate rateOf(Tuple row) {
        Long threshold = row.get("threshold", Long.class);
        return new TaxRate(
                row.get("name", String.class),
                row.get("category", TaxCategory.class),
                row.get("rate", Integer.class),
                row.get("appliesTo", TaxAppliesTo.class),
                threshold == null ? null : Money.ofCents(threshold));
    }

    @Override
    public List<AuditEntry> auditTrail(Actor actor, int limit) {
        return database.inTransaction(tx -> {
            Shop shop = Access.ownedShop(tx, actor);
            return tx.session()
                    .createSelectionQuery("""
                    select t.createdAt, t.kind, t.tag, a.name from AuditRecord t
                    left join Account a on a.id = t.actorId
                    where t.shopId = :shop order by t.createdAt desc, t.id desc""", AuditEntry.class)
                    .setParameter("shop", shop.getId())
                    .setMaxResults(Math.max(1, Math.min(limit, 1000)))
                    .getResultList();
        });
    }

    @Override
    public List<TierOffer> promotionTiers() {
        return database.inTransaction(tx -> tx
                .session()
                .createSelectionQuery("from PromotionTier order by tier", PromotionTier.class)
                .getResultList()
                .stream()
                .map(t -> new TierOffer(t.getTier(), t.getPrice()))
                .toList());
    }

    @Override
    public int buyPromotion(Actor actor, int tier) {
        if (tier < 1 || tier > Shop.TOP_TIER) {
            throw new ValidationException("tier", "Choose tier 1, 2 or 3");
        }
        return database.inTransaction(tx -> {
            Shop owned = Access.ownedShop(tx, actor);
            Shop shop = tx.session().find(Shop.class, owned.getId(), LockMode.PESSIMISTIC_WRITE);
            tx.session().refresh(shop);
            if (tier <= shop.getPromotionTier()) {
                throw new ConflictException(
                        "The shop is already at tier " + shop.getPromotionTier() + "; a tier can only go up");
            }
            Money price = tx.session().find(PromotionTier.class, tier).getPrice();
            Money balance = ShopStats.of(tx, shop.getId()).balance();
            if (balance.compareTo(price) < 0) {
                throw new ConflictException(
                        "Tier " + tier + " costs " + price + " but the shop's balance is " + balance);
            }
            Instant now = clock.instant();
            tx.session()
                    .persist(new BalanceEntry(
                            shop.getId(),
                            Money.ZERO.minus(price),
                            BalanceEntry.Reason.PROMOTION,
                            null,
                            actor.accountId(),
                            now));
            shop.raisePromotionTier(tier);
            tx.session()
                    .createMutationQuery("update Listing set shopPromotionTier = :tier where shopId = :shop")
                    .setParameter("tier", tier)
                    .setParameter("shop", shop.getId())
                    .executeUpdate();
            Audit.record(tx, AuditKind.SHOP_PROMOTION, "tier " + tier, actor.accountId(), shop.getId(), now);
            return tier;
        });
    }

    static Shop shopOrThrow(Tx tx, long shopId) {
        Shop shop = tx.session().find(Shop.class, shopId);
        if (shop == null) {
            throw new NotFoundException("No such shop");
        }
        return shop;
    }
}
