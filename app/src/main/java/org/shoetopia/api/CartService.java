package org.shoetopia.api;

import java.util.List;
import java.util.Optional;
import org.shoetopia.domain.DiscountKind;
import org.shoetopia.domain.Money;

/**
 * The open cart of the signed-in account: a customer's own, or a cashier's walk-in sale (customer
 * optional). An account has at most one open cart, enforced by a unique index.
 */
public interface CartService {
    /** Said when a cart change arrives just after the cart's checkout committed on another terminal. */
    String JUST_CHECKED_OUT =
            "This sale was just checked out on another terminal; nothing was changed. Its receipt is in Orders";

    /** How a refusal ends when a manager's approval would let the discount through (the till then asks for one). */
    String NEEDS_A_MANAGER = "a manager must approve it";

    /**
     * A cart line with what its units would cost at their prices if checked out now ({@code
     * unitPrice}: the listing's, or a manager's price override), before discounts and tax, and what
     * its own discount and its share of the cart's take off.
     */
    public record CartLineView(
            ListingView listing, Money unitPrice, int quantity, int saleUnits, Money estimatedTotal, Money discount) {}

    /**
     * A discount the till asks for: on a listing's line ({@code listingId}) or on the whole cart
     * (null); a percentage, an amount off, or (a line only) a new unit price; with one of the shop's
     * reasons. {@code value} as typed: "15", "5.00", "49.99".
     */
    public record DiscountRequest(Long listingId, DiscountKind kind, String value, String reason) {}

    /**
     * What the till needs to offer discounts: the shop's reasons, the cashiers' limit (hundredths of
     * a percent), and whether the signed-in account may go beyond it alone (the owner and managers).
     */
    public record DiscountRules(List<String> reasons, int cashierLimitHundredths, boolean managesShop) {}

    /** A gift card the sale will sell ({@code id}: to take it out again), for this amount. */
    public record GiftCardInCart(long id, Money amount) {}

    /**
     * The cart as a till shows it. {@code revision} changes with every change of its lines or customer:
     * a checkout of {@link #seen()} charges this cart exactly as shown, or is refused. The total
     * includes the gift cards it sells, which take no discount and no tax.
     */
    public record CartView(
            long cartId,
            int revision,
            Long customerId,
            String customerName,
            Long customerRecordId,
            List<CartLineView> lines,
            List<GiftCardInCart> giftCards,
            List<Receipt.DiscountLine> discounts,
            Money estimatedTotal,
            List<Receipt.TaxLine> estimatedTaxes,
            String shipTo) {
        /** What the gift cards in the sale cost, part of the total. */
        public Money giftCardsTotal() {
            return giftCards.stream().map(GiftCardInCart::amount).reduce(Money.ZERO, Money::plus);
        }

        public boolean isEmpty() {
            return lines.isEmpty() && giftCards.isEmpty();
        }

        /** The tax added to the lines' prices (shops whose prices exclude tax), which the total includes. */
        public Money estimatedTaxAdded() {
            return estimatedTaxes.stream()
                    .filter(tax -> !tax.included())
                    .map(Receipt.TaxLine::tax)
                    .reduce(Money.ZERO, Money::plus);
        }

        public int units() {
            return lines.stream().mapToInt(CartLineView::quantity).sum();
        }

        public CheckoutService.SaleSeen seen() {
            return new CheckoutService.SaleSeen(cartId, revision);
        }
    }

    CartView view(Actor actor);

    /**
     * Adds units of a listing (by number or scanned code) to the cart; never more than the stock now.
     * The cart row's lock (taken by the conditional revision update) orders it with every other change and with checkout,
     * and the line grows by one statement, so two tills adding at once both land.
     */
    CartView add(Actor actor, long listingId, int quantity);

    CartView setQuantity(Actor actor, long listingId, int quantity);

    CartView remove(Actor actor, long listingId);

    /**
     * Names the customer of a walk-in sale by their account email (null or blank: anonymous walk-in).
     * The shop keeps them among its customers, for {@link #findCustomers} to find next time.
     */
    CartView setCustomer(Actor actor, String customerEmail);

    /** One of a shop's customers as the till's lookup lists them; {@code hasAccount}: fit and store credit apply. */
    record CustomerMatch(long recordId, String name, String email, String phone, boolean hasAccount) {}

    /** A customer the cashier notes on the spot: a name, and a phone or email if they give one. */
    record NewCustomer(String name, String phone, String email) {}

    /**
     * The customers of the shop whose till the actor's cart is, whose name, email or phone holds what
     * was typed (case and a phone's punctuation aside), at most a handful, by name. Only that shop's.
     */
    List<CustomerMatch> findCustomers(Actor actor, String typed);

    /** Names one of the shop's customers, found by {@link #findCustomers}, as the customer of the sale. */
    CartView chooseCustomer(Actor actor, long recordId);

    /**
     * Notes a walk-in customer without an account or password and names them on the sale. An email
     * an account already uses names that account instead; a phone or email another of the shop's
     * records has is refused, naming that customer.
     */
    CartView addCustomer(Actor actor, NewCustomer customer);

    /** The walk-in customer the sale names, as the till may correct them; empty when it names none, or an account. */
    Optional<CustomerMatch> walkInOfSale(Actor actor);

    /**
     * Corrects the walk-in customer the sale names: their name, phone or email. An email an account
     * uses makes them that member (the walk-in's record folds into the account's, and the sale
     * names the account). A phone or email another of the shop's walk-ins has is refused, naming
     * them, unless {@code mergeSame}: then those records fold into this one, which keeps the sale.
     * A record folded in is no longer found; its sales keep it.
     */
    CartView correctCustomer(Actor actor, NewCustomer corrected, boolean mergeSame);

    /**
     * The fit of the customer the actor's cart names (none named: none), with the sizes they took
     * in each brand at this shop; their sizes at other shops stay those shops'.
     */
    Fit.FitView customerFit(Actor actor);

    /**
     * The shop's staff measure the customer the cart names: foot length and width on their account
     * (the customer's own note of sizes is kept).
     */
    Fit.FitView measureCustomer(Actor actor, Fit.FitForm form);

    int MAX_SHIP_TO = 300;
    /** Fewer characters than this find no customers: one letter would list half the shop's. */
    int MIN_CUSTOMER_SEARCH = 2;
    /** The most customers a lookup lists: the cashier types on until theirs is among them. */
    int MAX_CUSTOMERS_FOUND = 8;

    /**
     * Where the shop ships this till's sale: a name and address (lines kept), or null or blank for
     * the customer taking the shoes, as most do. A shipped sale goes processing → delivered.
     */
    CartView shipTo(Actor actor, String address);

    /** The discount rules of the shop whose till the actor's cart is. */
    DiscountRules discountRules(Actor actor);

    /**
     * Gives a discount on a line of the actor's till cart, or on the whole cart, replacing the one it
     * had. Beyond the cashiers' limit, and for any price override, a cashier needs a manager's
     * {@code approvalId} for exactly this discount of this cart ({@link #approveDiscount}); it is used
     * up. The owner and managers need none.
     */
    CartView discount(Actor actor, DiscountRequest request, Long approvalId);

    /**
     * A manager (or the owner) approves, with their own email and password on the cashier's terminal,
     * the discount the cashier asks for; the answer is the approval's number, for {@link #discount}.
     * A wrong password counts towards the manager's sign-in lockout.
     */
    long approveDiscount(Actor actor, DiscountRequest request, String managerEmail, String managerPassword);

    /** Takes the discount off a line ({@code listingId}) or off the whole cart (null). */
    CartView removeDiscount(Actor actor, Long listingId);

    /**
     * Voids the sale before payment: every line, gift card, discount and the customer it names come
     * out of the cart (no stock was taken: it is taken only at checkout), recorded in the audit trail.
     */
    CartView voidSale(Actor actor);

    /** A sale on hold: when, at which terminal, the note, and what it holds. */
    public record HeldSale(
            long cartId, java.time.Instant heldAt, String terminal, String note, String customerName, int units) {}

    /**
     * Puts the till's sale on hold (a note saying whose it is, optional), to recall later; the till
     * starts an empty sale. Nothing is taken from stock while it waits. Needs an open shift: a held
     * sale waits at its terminal.
     */
    CartView hold(Actor actor, String note);

    /** The actor's sales on hold, oldest first. */
    java.util.List<HeldSale> heldSales(Actor actor);

    /** Brings a held sale back onto the till, whose own sale must be empty; prices are as they are now. */
    CartView recall(Actor actor, long cartId);

    /** Adds a gift card for {@code amount} to the actor's till sale; its code is made when the sale is paid. */
    CartView addGiftCard(Actor actor, Money amount);

    /** Takes a gift card ({@link GiftCardInCart#id}) out of the sale. */
    CartView removeGiftCard(Actor actor, long giftCardInCartId);
}
