package org.shoetopia.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.shoetopia.api.Actor;
import org.shoetopia.api.StoredValueService;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.GiftCard;
import org.shoetopia.domain.GiftCardCode;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.StoreCredit;
import org.shoetopia.domain.StoredValueEntry.StoreCreditMove;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.persistence.Database;

/** Gift card balances and store credit at the till; the spending is checkout's (StoredValues). */
public final class LocalStoredValueService implements StoredValueService {
    private final Database database;
    private final Clock clock;

    public LocalStoredValueService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public GiftCardBalance giftCardBalance(Actor actor, String code) {
        String normalized = GiftCardCode.normalized(code);
        return database.inTransaction(tx -> {
            GiftCard card = StoredValues.giftCard(tx, Access.sellingShopId(tx, actor), normalized, false);
            return new GiftCardBalance(card.getCodeLast4(), card.getIssued(), card.getBalance());
        });
    }

    @Override
    public Money storeCredit(Actor actor, String customerEmail) {
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            StoreCredit credit = tx.session()
                    .find(
                            StoreCredit.class,
                            new StoreCredit.Key(
                                    shopId,
                                    StoredValues.customer(tx, customerEmail).getId()));
            return credit == null ? Money.ZERO : credit.getBalance();
        });
    }

    @Override
    public Money issueStoreCredit(Actor actor, String customerEmail, Money amount, String note) {
        if (amount == null || !amount.isPositive()) {
            throw new ValidationException("storeCreditAmount", "Store credit must be more than 0.00");
        }
        if (amount.compareTo(StoreCredit.MAX_ISSUE) > 0) {
            throw new ValidationException(
                    "storeCreditAmount", "At most " + StoreCredit.MAX_ISSUE + " of store credit is given at once");
        }
        String why = Text.required("storeCreditNote", "Why the credit is given", note, StoreCreditMove.MAX_NOTE);
        return database.inTransaction(tx -> {
            long shopId = Access.sellingShopId(tx, actor);
            Access.requireManagerOf(tx, actor, shopId);
            long customerId = StoredValues.customer(tx, customerEmail).getId();
            StoredValues.requireCustomerNotStaff(tx, customerId);
            tx.sql().customerRecordOfAccount(shopId, customerId, actor.accountId()); // the till finds them now
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Money balance = StoredValues.issueStoreCredit(
                    tx, shopId, customerId, amount, why, null, false, actor.accountId(), now);
            Audit.record(
                    tx,
                    AuditKind.STORE_CREDIT_ISSUED,
                    "customer " + customerId + " " + amount.plain(),
                    actor.accountId(),
                    shopId,
                    now);
            return balance;
        });
    }
}
