package org.shoetopia.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.DiscountSettings;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ReceiptDetails;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.TaxSettings;
import org.shoetopia.domain.VerificationStatus;

/** Shops, their staff, the dashboard and promotion tiers. */
public interface ShopService {
    /** The longest span of daily sales a dashboard asks for: a year. */
    int MAX_CHART_DAYS = 366;

    public record StaffMember(long accountId, String name, String email, Instant addedAt, StaffRole role) {}

    /** An open invitation to be a shop's cashier: the shop, and the account invited. */
    public record StaffInvitationView(
            long invitationId,
            long shopId,
            String storeName,
            long accountId,
            String name,
            String email,
            Instant invitedAt) {}

    public record ShopDashboard(
            long shopId,
            String storeName,
            Money balance,
            long unitsSold,
            long ratingCount,
            double ratingAverage,
            VerificationStatus verification,
            String verificationReason,
            int promotionTier,
            Optional<FlashSaleService.SaleView> activeSale,
            long detailsVersion) {}

    public record TierOffer(int tier, Money price) {}

    /** One line of the shop's audit trail: what happened, to what, by whom, when. */
    public record AuditEntry(Instant at, AuditKind kind, String tag, String who) {}

    /** What a shop sold on one day (in the terminal's time zone). */
    public record DaySales(LocalDate day, Money total, long units) {}

    /** One rate's line of a tax report: what was taxed and the tax, sold and refunded in the period. */
    public record TaxReportRow(
            String label, Money taxableSales, Money taxOnSales, Money taxableRefunded, Money taxRefunded) {
        public Money netTaxable() {
            return taxableSales.minus(taxableRefunded);
        }

        public Money netTax() {
            return taxOnSales.minus(taxRefunded);
        }
    }

    /**
     * A shop's tax for the days {@code from} to {@code to} (both included, in the zone asked for):
     * per rate, the taxable sales and their tax with the period's refunds deducted, and the totals
     * taken, tax included.
     */
    public record TaxReport(
            LocalDate from,
            LocalDate to,
            List<TaxReportRow> rates,
            Money grossSales,
            Money taxOnSales,
            Money grossRefunded,
            Money taxRefunded) {
        public Money netTax() {
            return taxOnSales.minus(taxRefunded);
        }
    }

    /** The longest period a tax report covers: a year, with a leap day. */
    int MAX_REPORT_DAYS = 366;

    /** One statement creates the shop unless its name (case-insensitive) or its owner is taken. */
    long createShop(Actor actor, String storeName);

    /**
     * The owner renames the shop, if its details are still at {@code seenVersion}; a rename from a stale
     * screen is refused. The new name must be free (case-insensitive), like a new shop's.
     */
    void renameShop(Actor actor, long seenVersion, String storeName);

    List<StaffMember> staff(Actor actor);

    /**
     * The owner invites an existing account to be a cashier of the shop. Being a cashier stops an
     * account from opening a shop, so it becomes one only when it accepts ({@link #acceptInvitation}).
     */
    StaffInvitationView inviteStaff(Actor actor, String email);

    /** The owner's shop's invitations that wait for an answer, newest first. */
    List<StaffInvitationView> openInvitations(Actor actor);

    void withdrawInvitation(Actor actor, long invitationId);

    /** The invitations that wait for the actor's own answer (the app asks at sign-in). */
    List<StaffInvitationView> invitationsToMe(Actor actor);

    /** The invited account accepts and becomes the shop's cashier, unless it owns a shop or sells for one. */
    StaffMember acceptInvitation(Actor actor, long invitationId);

    void declineInvitation(Actor actor, long invitationId);

    void removeStaff(Actor actor, long cashierAccountId);

    /**
     * The owner appoints a member of the staff manager (who may then also change prices, and approve
     * what a cashier may not), or makes a manager a cashier again.
     */
    StaffMember setStaffRole(Actor actor, long staffAccountId, StaffRole role);

    /** The dashboard of the shop the actor sells for (owner or cashier). */
    ShopDashboard dashboard(Actor actor);

    /** Sales of the actor's shop per day over the last {@code days} days, oldest first, days without sales included. */
    List<DaySales> dailySales(Actor actor, int days, ZoneId zone);

    /** The owner reads the shop's audit trail, newest first: every money, stock, sale and staff change. */
    List<AuditEntry> auditTrail(Actor actor, int limit);

    List<TierOffer> promotionTiers();

    /** The tax settings of the shop the actor owns or manages. */
    TaxSettings taxSettings(Actor actor);

    /**
     * Replaces the tax settings of the actor's own shop (owner only). It takes the shop's row lock, so
     * it waits for the checkouts under way, and every checkout after it prices by the new settings.
     */
    TaxSettings setTaxSettings(Actor actor, TaxSettings settings);

    /** The discount rules of the shop the actor owns or manages: the cashiers' limit and the reasons. */
    DiscountSettings discountSettings(Actor actor);

    /** Replaces the discount rules of the actor's own shop (owner only); discounts given already stay. */
    DiscountSettings setDiscountSettings(Actor actor, DiscountSettings settings);

    /** What the receipts of the shop the actor sells for print under its name. */
    ReceiptDetails receiptDetails(Actor actor);

    /** Replaces what the receipts of the actor's own shop print (owner only). */
    ReceiptDetails setReceiptDetails(Actor actor, ReceiptDetails details);

    /** The tax report of the shop the actor owns or manages, for the days from {@code from} to {@code to}. */
    TaxReport taxReport(Actor actor, LocalDate from, LocalDate to, ZoneId zone);

    /**
     * Buys a higher promotion tier, paid from the shop's balance. The shop row is locked so two
     * purchases cannot both spend the same balance.
     */
    int buyPromotion(Actor actor, int tier);
}
