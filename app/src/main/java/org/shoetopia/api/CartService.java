package org.shoetopia.api;

import java.util.List;
import org.shoetopia.domain.Money;

/**
 * The open cart of the signed-in account: a customer's own, or a cashier's walk-in sale (customer
 * optional). An account has at most one open cart, enforced by a unique index.
 */
public interface CartService {
    /** Said when a cart change arrives just after the cart's checkout committed on another terminal. */
    String JUST_CHECKED_OUT =
            "This sale was just checked out on another terminal; nothing was changed. Its receipt is in Orders";

    /** A cart line with what its units would cost at their prices if checked out now, before tax is added. */
    public record CartLineView(ListingView listing, int quantity, int saleUnits, Money estimatedTotal) {}

    /**
     * The cart as a till shows it. {@code revision} changes with every change of its lines or customer:
     * a checkout of {@link #seen()} charges this cart exactly as shown, or is refused.
     */
    public record CartView(
            long cartId,
            int revision,
            Long customerId,
            String customerName,
            List<CartLineView> lines,
            Money estimatedTotal,
            List<Receipt.TaxLine> estimatedTaxes) {
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

    /** Names the customer of a walk-in sale by their account email (null or blank: anonymous walk-in). */
    CartView setCustomer(Actor actor, String customerEmail);
}
