package org.shoetopia.api;

import org.shoetopia.domain.Payment;

/**
 * Checkout: all or nothing, in one transaction, under row locks taken in one global order — the cart,
 * then its listings' shops (shared, by id), then the running flash sales' slots (sales by id), then
 * the listings by id — so checkouts never deadlock each other. Every change of a cart takes the same
 * cart lock, so the order charges the cart exactly as it is; a sale cannot start while a checkout of
 * its shop is under way, so which sale applies is decided under the locks. Stock and sale units are
 * checked and taken while their rows are locked, so no listing oversells and exactly N units of a
 * sale are ever sold at the sale price. A lock not granted in time fails the checkout as "terminal
 * busy"; the cart stays open.
 */
public interface CheckoutService {
    int MAX_IDEMPOTENCY_KEY = 64;

    /**
     * What the till showed when the cashier took payment: this cart at this revision. A checkout of it
     * charges exactly that, or is refused, and its idempotency key answers for that sale only.
     */
    public record SaleSeen(long cartId, int revision) {}

    /**
     * Checks out the actor's open cart as it is now. {@code idempotencyKey} (optional) names this attempt:
     * a retry with the same key after an unknown outcome returns the first receipt instead of charging
     * twice, as long as no other sale is waiting in the cart.
     */
    Receipt checkout(Actor actor, Payment payment, String idempotencyKey);

    /**
     * Checks out the cart the till showed ({@code seen}; null: the open cart as it is now). Refused,
     * writing nothing, if another terminal changed it or checked it out since.
     */
    Receipt checkout(Actor actor, SaleSeen seen, Payment payment, String idempotencyKey);
}
