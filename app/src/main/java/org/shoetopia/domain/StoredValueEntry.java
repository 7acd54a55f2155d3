package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The append-only ledgers of money a shop holds for its customers: a gift card's ({@link GiftCardMove})
 * and a customer's store credit ({@link StoreCreditMove}). A balance always equals the sum of its
 * entries (checked by {@code Invariants}).
 */
public final class StoredValueEntry {
    private StoredValueEntry() {}

    /** A gift card sold (+) or redeemed (−) by an order. */
    // Written at insert and read by queries, never through a getter.
    @SuppressWarnings("UnusedVariable")
    @Entity
    @Immutable
    @Table(name = "gift_card_entries")
    public static class GiftCardMove {
        public static final String SOLD = "sold";
        public static final String REDEEMED = "redeemed";

        @Id
        // Ids reserved 50 at a time (db/*/V24), so a checkout's inserts batch at flush.
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gift_card_entries_ids")
        @SequenceGenerator(name = "gift_card_entries_ids", sequenceName = "gift_card_entries_ids", allocationSize = 50)
        private Long id;

        @Column(name = "gift_card_id")
        private long giftCardId;

        @Column(name = "delta_cents")
        private long deltaCents;

        private String reason;

        @Column(name = "order_id")
        private long orderId;

        @Column(name = "actor_id")
        private long actorId;

        @Column(name = "created_at")
        private Instant createdAt;

        protected GiftCardMove() {}

        public GiftCardMove(long giftCardId, Money delta, long orderId, long actorId, Instant createdAt) {
            this.giftCardId = giftCardId;
            this.deltaCents = delta.cents();
            this.reason = delta.isPositive() ? SOLD : REDEEMED;
            this.orderId = orderId;
            this.actorId = actorId;
            this.createdAt = createdAt;
        }
    }

    /** Store credit issued (+, with a note, by a manager), returned (+, by a return of an order) or spent (−, by an order). */
    @SuppressWarnings("UnusedVariable")
    @Entity
    @Immutable
    @Table(name = "store_credit_entries")
    public static class StoreCreditMove {
        public static final String ISSUED = "issued";
        public static final String SPENT = "spent";
        public static final String RETURNED = "returned";
        public static final int MAX_NOTE = 120;

        @Id
        // Ids reserved 50 at a time (db/*/V24), so a checkout's inserts batch at flush.
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store_credit_entries_ids")
        @SequenceGenerator(
                name = "store_credit_entries_ids",
                sequenceName = "store_credit_entries_ids",
                allocationSize = 50)
        private Long id;

        @Column(name = "shop_id")
        private long shopId;

        @Column(name = "customer_id")
        private long customerId;

        @Column(name = "delta_cents")
        private long deltaCents;

        private String reason;

        private String note;

        @Column(name = "order_id")
        private Long orderId;

        @Column(name = "actor_id")
        private long actorId;

        @Column(name = "created_at")
        private Instant createdAt;

        protected StoreCreditMove() {}

        /** {@code returned}: credit a return gave (for the order whose shoes came back, if it had a receipt). */
        public StoreCreditMove(
                long shopId,
                long customerId,
                Money delta,
                String note,
                Long orderId,
                boolean returned,
                long actorId,
                Instant createdAt) {
            this.shopId = shopId;
            this.customerId = customerId;
            this.deltaCents = delta.cents();
            this.reason = delta.isPositive() ? (returned ? RETURNED : ISSUED) : SPENT;
            this.note = note;
            this.orderId = orderId;
            this.actorId = actorId;
            this.createdAt = createdAt;
        }
    }
}
