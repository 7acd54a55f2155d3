package org.shoetopia.api;

import org.shoetopia.domain.Money;

/**
 * Money a shop holds for its customers, as its till sees it: gift cards (sold in a sale, {@link
 * CartService#addGiftCard}; spent as a tender) and a customer's store credit. Both are spent at
 * checkout under their rows' locks, so two terminals spending the same card or credit at once never
 * spend more than it holds. Every call acts for the shop the actor sells for.
 */
public interface StoredValueService {
    /** A gift card as the till shows it: its last four characters, what it was sold for and has left. */
    public record GiftCardBalance(String last4, Money issued, Money balance) {}

    /** The balance of the shop's gift card with this code (as printed, or scanned). */
    GiftCardBalance giftCardBalance(Actor actor, String code);

    /** The store credit the customer with this email has at the actor's shop. */
    Money storeCredit(Actor actor, String customerEmail);

    /**
     * Gives the customer store credit at the actor's shop (the owner or a manager only), with a note
     * saying why; in the audit trail. The customer's new balance.
     */
    Money issueStoreCredit(Actor actor, String customerEmail, Money amount, String note);
}
