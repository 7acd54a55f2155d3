package org.shoetopia.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.LockMode;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Receipt;
import org.shoetopia.domain.Account;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.GiftCardCode;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.StoreCredit;
import org.shoetopia.domain.StoredValueEntry.GiftCardMove;
import org.shoetopia.domain.StoredValueEntry.StoreCreditMove;
import org.shoetopia.persistence.Tx;

/**
 * Gift cards and store credit inside a transaction: sold, issued and spent. A balance moves only
 * while its row is locked ({@code select … for update}), each time with an entry of its ledger, so
 * two terminals spending the same card or credit at once are served one after the other and the
 * second sees what the first left. Checkout locks them after its listings, gift cards by code hash
 * then store credit, so no two checkouts wait for each other in a circle.
 */
final class StoredValues {
    private StoredValues() {}

    /** Sells a gift card for each amount at the shop: new codes, shown in full on this receipt only. */
    static List<Receipt.GiftCardLine> sellGiftCards(
            Tx tx, long shopId, List<Money> amounts, long orderId, long actorId, Instant now) {
        List<Receipt.GiftCardLine> sold = new ArrayList<>();
        for (Money amount : amounts) {
            String code = GiftCardCode.generate();
            GiftCard card = new GiftCard(shopId, code, amount, orderId, now);
            tx.session().persist(card);
            tx.session().persist(new GiftCardMove(card.getId(), amount, orderId, actorId, now));
            sold.add(new Receipt.GiftCardLine(code, amount));
        }
        return sold;
    }

    /**
     * The receipt of a checkout retried with its key, whose first answer (the only one that showed
     * the gift cards' codes) may have been lost: each card of the sale not yet spent from gets a new
     * code, shown in full here, and the old one stops working; a card already spent from keeps its
     * code (someone has it) and shows its last four characters.
     */
    static Receipt withCodesReissued(Tx tx, Receipt receipt, Actor actor, Clock clock) {
        List<Receipt.GiftCardLine> shown = new ArrayList<>();
        for (GiftCard card : tx.session()
                .createSelectionQuery("from GiftCard where soldOrderId = :order order by id", GiftCard.class)
                .setParameter("order", receipt.orderId())
                .setHibernateLockMode(LockMode.PESSIMISTIC_WRITE)
                .getResultList()) {
            if (!card.isUnspent()) {
                shown.add(ReceiptLines.soldGiftCard(card));
                continue;
            }
            String code = GiftCardCode.generate();
            card.reissue(code);
            Audit.record(
                    tx,
                    AuditKind.GIFT_CARD_CODE_REISSUED,
                    "order " + receipt.orderNumber() + " card " + card.getId(),
                    actor.accountId(),
                    card.getShopId(),
                    clock.instant());
            shown.add(new Receipt.GiftCardLine(code, card.getIssued()));
        }
        return receipt.withGiftCardsSold(shown);
    }

    /** The shop's gift card with this (normalized) code, its row locked when {@code forUpdate}. */
    static GiftCard giftCard(Tx tx, long shopId, String code, boolean forUpdate) {
        GiftCard card = tx.session()
                .createSelectionQuery("from GiftCard where codeHash = :hash", GiftCard.class)
                .setParameter("hash", GiftCardCode.hash(code))
                .setHibernateLockMode(forUpdate ? LockMode.PESSIMISTIC_WRITE : LockMode.NONE)
                .getSingleResultOrNull();
        if (card == null || card.getShopId() != shopId) {
            // Another shop's card is not told apart from none: a code says nothing beyond this shop.
            throw new NotFoundException("No gift card of this shop has the code ending " + GiftCardCode.last4(code));
        }
        return card;
    }

    /** Spends {@code amount} of the gift card under its row lock; the card's id, for the order's tender. */
    static long redeemGiftCard(Tx tx, long shopId, String code, Money amount, long orderId, long actorId, Instant now) {
        GiftCard card = giftCard(tx, shopId, code, true);
        card.redeem(amount);
        tx.session().persist(new GiftCardMove(card.getId(), amount.negate(), orderId, actorId, now));
        return card.getId();
    }

    /** The customer's store credit row at the shop, locked, or null when they never had any. */
    static StoreCredit lockedStoreCredit(Tx tx, long shopId, long customerId) {
        return tx.session()
                .find(StoreCredit.class, new StoreCredit.Key(shopId, customerId), LockMode.PESSIMISTIC_WRITE);
    }

    /** Spends {@code amount} of the customer's store credit under its row lock. */
    static void spendStoreCredit(
            Tx tx, long shopId, long customerId, Money amount, long orderId, long actorId, Instant now) {
        StoreCredit credit = lockedStoreCredit(tx, shopId, customerId);
        if (credit == null) {
            credit = new StoreCredit(shopId, customerId); // has nothing: spend() refuses
        }
        credit.spend(amount);
        tx.session()
                .persist(new StoreCreditMove(shopId, customerId, amount.negate(), null, orderId, false, actorId, now));
    }

    /**
     * Gives the customer store credit. The customer's account row is locked first, so two issues of
     * a first credit at once cannot both insert its row; the new balance.
     */
    static Money issueStoreCredit(
            Tx tx,
            long shopId,
            long customerId,
            Money amount,
            String note,
            Long orderId,
            boolean returned,
            long actorId,
            Instant now) {
        Access.lockAccount(tx, customerId);
        StoreCredit credit = lockedStoreCredit(tx, shopId, customerId);
        if (credit == null) {
            credit = new StoreCredit(shopId, customerId);
            tx.session().persist(credit);
        }
        credit.issue(amount);
        tx.session().persist(new StoreCreditMove(shopId, customerId, amount, note, orderId, returned, actorId, now));
        return credit.getBalance();
    }

    /** Credit is for the shop's customers: none for its owner or staff, whoever gives it. */
    static void requireCustomerNotStaff(Tx tx, long accountId) {
        if (Access.ownedShopOrNull(tx, accountId) != null || Access.staffShopIdOrNull(tx, accountId) != null) {
            throw new ForbiddenException("Store credit is for customers, not for a shop's owner or staff");
        }
    }

    /** The account with this email, as a customer a till names. */
    static Account customer(Tx tx, String customerEmail) {
        Email email = Email.parse(customerEmail);
        Account customer = tx.session()
                .createSelectionQuery("from Account where email = :email", Account.class)
                .setParameter("email", email.value())
                .getSingleResultOrNull();
        if (customer == null) {
            throw new NotFoundException("No customer account uses " + email);
        }
        return customer;
    }
}
