package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A customer's store credit at one shop: issued by a manager (or a return), spent as a tender there.
 * Its balance moves only while its row is locked, each time with an entry of its ledger
 * ({@link StoredValueEntry}).
 */
@Entity
@DynamicUpdate
@Table(name = "store_credits")
@IdClass(StoreCredit.Key.class)
public class StoreCredit {
    /** The most one issue of store credit may give. */
    public static final Money MAX_ISSUE = Money.ofCents(5_000_00);

    @Id
    @Column(name = "shop_id")
    private long shopId;

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(name = "balance_cents")
    private long balanceCents;

    /** The composite key, as Hibernate's {@code @IdClass} wants it: fields named like the entity's ids. */
    public static class Key implements Serializable {
        private long shopId;
        private long customerId;

        protected Key() {}

        public Key(long shopId, long customerId) {
            this.shopId = shopId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.shopId == shopId && key.customerId == customerId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shopId, customerId);
        }
    }

    protected StoreCredit() {}

    public StoreCredit(long shopId, long customerId) {
        this.shopId = shopId;
        this.customerId = customerId;
    }

    public Money getBalance() {
        return Money.ofCents(balanceCents);
    }

    public void issue(Money amount) {
        balanceCents = Math.addExact(balanceCents, amount.cents());
    }

    /** Takes {@code amount} off the balance; the row must be locked. Refused, changing nothing, beyond the balance. */
    public void spend(Money amount) {
        if (amount.cents() > balanceCents) {
            throw new ConflictException(
                    "The customer has only " + getBalance() + " of store credit; the sale was not charged");
        }
        balanceCents -= amount.cents();
    }
}
