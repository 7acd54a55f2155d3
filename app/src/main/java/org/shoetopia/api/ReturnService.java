package org.shoetopia.api;

import java.time.Instant;
import java.util.List;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.PaymentMethod;

/**
 * Returns by receipt at a shop's till. The units given back are never more than were sold less those
 * already returned (each line is locked, so two terminals returning the same line cannot both
 * return it). The money goes back by one written rule: to each card of the sale up to what that card
 * paid (less what earlier returns gave back to it), then to cash up to the cash the sale kept (from
 * the drawer of the returner's open shift), and the rest (what gift cards and store credit paid) to
 * the customer's store credit at the shop; or all of it to store credit if the customer prefers.
 * A cashier returns up to the shop's refund limit; beyond it a manager approves with their password.
 */
public interface ReturnService {
    int MAX_LINES = 50;

    /** A line of the sale as a return shows it: how many were sold and how many may still come back. */
    public record ReturnableLine(long orderLineId, String description, int sold, int returnable, Money lineTotal) {}

    /** A sale looked up by its receipt number, for a return. */
    public record Sale(
            long orderNumber,
            Instant soldAt,
            String customerName,
            List<ReturnableLine> lines,
            List<Receipt.TenderLine> tenders,
            Money refundLimit,
            boolean managesShop) {}

    /** Units of one line to give back; {@code restock}: back on the shelf, else marked damaged. */
    public record ReturnLine(long orderLineId, int quantity, boolean restock) {}

    /**
     * What comes back: lines of the sale whose receipt number is {@code orderNumber}, why, and whether
     * the customer takes store credit instead of the sale's tenders ({@code customerEmail}: whose
     * credit, when the sale named nobody). A manager's email and password approve a return beyond the
     * cashiers' limit (blank: none, or the actor is a manager).
     */
    public record ReturnRequest(
            long orderNumber,
            List<ReturnLine> lines,
            String reason,
            boolean toStoreCredit,
            String customerEmail,
            String managerEmail,
            String managerPassword) {
        /** The same return, approved by the manager whose email and password were typed. */
        public ReturnRequest approvedBy(String email, String password) {
            return new ReturnRequest(orderNumber, lines, reason, toStoreCredit, customerEmail, email, password);
        }
    }

    /** A line of a refund receipt. */
    public record ReturnedLine(String description, int quantity, Money amount, boolean restocked) {}

    /** Where part of the money went: "Visa **** 4242" 40.00, "Cash" 20.00, "Store credit" 12.00. */
    public record MoneyBack(PaymentMethod method, String label, Money amount) {}

    /** The refund receipt: what came back of which sale ({@code orderNumber} null: without a receipt), and where the money went. */
    public record RefundReceipt(
            long returnId,
            Long orderNumber,
            Instant returnedAt,
            Receipt.Header header,
            String cashierName,
            String customerName,
            String reason,
            List<ReturnedLine> lines,
            Money total,
            List<MoneyBack> moneyBack,
            Money storeCreditBalance,
            String approvedBy) {}

    /**
     * An exchange: the lines of {@code returned} come back and their money pays toward the sale on
     * the till ({@code sale}, as it showed it; null: the open cart as it is now), in one
     * transaction. {@code payment} pays what the new sale costs beyond that (null when the return
     * covers it); what the return gives beyond the new sale goes back by the rule, or to store credit
     * if {@code returned} says so. A manager approves only what leaves the shop beyond the limit.
     */
    public record ExchangeRequest(ReturnRequest returned, CheckoutService.SaleSeen sale, Payment payment) {}

    /** Both halves of an exchange: the return (its "Exchange" part paid the sale) and the new sale. */
    public record ExchangeReceipt(RefundReceipt returned, Receipt sale) {
        /** What the customer paid beyond the return (negative: what went back to them). */
        public Money difference() {
            return sale.total().minus(returned.total());
        }
    }

    int MAX_WITHOUT_RECEIPT = 10;

    /** How many days back a return without a receipt looks for the listing's lowest price. */
    int DAYS_PRICED_BACK = 90;

    /**
     * What a return without a receipt pays for each unit of a listing: the lowest price it sold for
     * in the last {@link #DAYS_PRICED_BACK} days (the line's charge per unit, tax and discounts
     * included), and on which receipt.
     */
    public record PriceWithoutReceipt(long listingId, String description, Money unitPrice, long soldOnReceipt) {}

    /**
     * Units of one listing back without a receipt, to the named customer's store credit only; a
     * manager approves it (their email and password; blank when the actor is the owner or a manager).
     */
    public record ReturnWithoutReceipt(
            long listingId,
            int quantity,
            boolean restock,
            String reason,
            String customerEmail,
            String managerEmail,
            String managerPassword) {
        /** The same return, approved by the manager whose email and password were typed. */
        public ReturnWithoutReceipt approvedBy(String email, String password) {
            return new ReturnWithoutReceipt(listingId, quantity, restock, reason, customerEmail, email, password);
        }
    }

    /** The sale with this receipt number (as printed, or scanned) of the actor's shop. */
    Sale lookUp(Actor actor, long orderNumber);

    /** Returns the lines, all or nothing, and says where the money went. */
    RefundReceipt returnItems(Actor actor, ReturnRequest request);

    /** What the request's lines would give back now, writing nothing: a till shows it against an exchange's sale. */
    Money quote(Actor actor, ReturnRequest request);

    /** Returns the lines and checks out the till's sale with their money, all or nothing. */
    ExchangeReceipt exchange(Actor actor, ExchangeRequest request);

    /** The price a return without a receipt would pay for a unit of the shop's listing now. */
    PriceWithoutReceipt priceWithoutReceipt(Actor actor, long listingId);

    /** Takes units back without a receipt, as store credit at {@link #priceWithoutReceipt}, all or nothing. */
    RefundReceipt returnWithoutReceipt(Actor actor, ReturnWithoutReceipt request);

    /** The most a cashier may refund in one return without a manager; null: no limit. */
    Money refundLimit(Actor actor);

    /** Sets the cashiers' refund limit (null: none); the owner or a manager. */
    void setRefundLimit(Actor actor, Money limit);
}
