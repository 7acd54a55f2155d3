package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.DrawerMove;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.PaymentMethod;

/**
 * Shifts and the cash drawer. A till sells only in an open shift of its cashier: opened at a terminal
 * with a counted float, closed by a blind count and its Z report. Every call acts on the actor's own
 * open shift at the shop they sell for, except the Z reports, which the shop's owner and managers read.
 */
public interface ShiftService {
    /** A shift as the till shows it; the expected cash is never in it: the closing count is blind. */
    public record ShiftView(long id, String terminal, String cashierName, Instant openedAt, Money openingFloat) {}

    /** What one tender took in a shift: "Cash" 12 sales 340.00. */
    public record TenderTotal(PaymentMethod method, int count, Money amount) {}

    /** One tax rate's figures over a shift's sales. */
    public record RateTotal(String label, Money taxable, Money tax) {}

    /** Cash moved in or out of the drawer by hand, or the drawer opened with no sale. */
    public record DrawerMoveLine(Instant at, DrawerMove.Kind kind, Money amount, String reason, String byName) {}

    /** One note or coin of the closing count. */
    public record CountLine(Money denomination, int quantity, Money amount) {}

    /**
     * An X report (read mid-shift; {@code zNumber} null, nothing counted) or a Z report (the closed
     * shift's, numbered): sales, refunds, discounts, tax per rate, each tender, the drawer's expected
     * cash (float + cash sales kept − cash refunds + paid in − paid out) against the count, over or short (counted −
     * expected), voids and approvals.
     */
    public record ShiftReport(
            Integer zNumber,
            String shopName,
            String terminal,
            String cashierName,
            Instant openedAt,
            Instant closedAt,
            Instant printedAt,
            int salesCount,
            Money sales,
            Money giftCardsSold,
            int refundsCount,
            Money refunds,
            Money discounts,
            Money tax,
            List<RateTotal> taxByRate,
            List<TenderTotal> tenders,
            Money openingFloat,
            Money cashSales,
            Money cashRefunds,
            Money paidIn,
            Money paidOut,
            Money expectedCash,
            List<CountLine> count,
            Money countedCash,
            Money overShort,
            int voids,
            int approvals,
            int noSales,
            List<DrawerMoveLine> drawerMoves) {}

    /** A closed shift as a list of Z reports shows it. */
    public record ZReportSummary(
            int zNumber, String terminal, String cashierName, Instant closedAt, Money sales, Money overShort) {}

    /** The actor's open shift at the shop they sell for, or null. */
    ShiftView current(Actor actor);

    /** Opens the actor's shift at this terminal with the float counted into the drawer. */
    ShiftView open(Actor actor, String terminal, Money openingFloat);

    /** Cash put into the drawer (change brought from the bank), with why. */
    ShiftView payIn(Actor actor, Money amount, String reason);

    /** Cash taken out of the drawer (a supplier paid, a bank drop), with why. */
    ShiftView payOut(Actor actor, Money amount, String reason);

    /**
     * Records the drawer opened with no sale. A cashier needs a manager's email and password; the
     * owner or a manager opens it on their own word (both may be blank then).
     */
    void noSale(Actor actor, String reason, String managerEmail, String managerPassword);

    /**
     * The X report of the actor's open shift: read only, changes nothing. It shows the expected cash,
     * so a cashier reads it with a manager's email and password (the count at close stays blind); the
     * owner or a manager on their own word (both may be blank then).
     */
    ShiftReport xReport(Actor actor, String managerEmail, String managerPassword);

    /**
     * Closes the actor's open shift with the drawer's count (blind: the expected cash is first shown
     * in the Z report this returns). Numbered per shop, once; sales waiting on the shift's lock land
     * before it or are refused after.
     */
    ShiftReport close(Actor actor, CashCount count);

    /**
     * Closes the open shift at this terminal of the shop with the drawer's count: the owner or a
     * manager, for a cashier who left without closing (or was taken off the staff).
     */
    ShiftReport closeAt(Actor actor, String terminal, CashCount count);

    /** The shop's Z reports, newest first (the owner and managers). */
    List<ZReportSummary> zReports(Actor actor);

    /** One Z report of the shop, as it was closed (the owner, managers, or the shift's cashier). */
    ShiftReport zReport(Actor actor, int zNumber);
}
