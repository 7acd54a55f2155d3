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

/** One append-only money movement of a shop; the balance is their sum. */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "balance_ledger")
public class BalanceEntry implements AppendOnlyRow {
    /** Why money moved. */
    public enum Reason implements Coded {
        SALE("sale"),
        REFUND("refund"),
        PROMOTION("promotion");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @jakarta.persistence.Converter(autoApply = true)
        public static final class JpaConverter extends CodedConverter<Reason> {
            public JpaConverter() {
                super(Reason.class);
            }
        }
    }

    @Id
    // Ids reserved 50 at a time (see db/postgresql/V10), so inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "balance_ledger_ids")
    @SequenceGenerator(name = "balance_ledger_ids", sequenceName = "balance_ledger_ids", allocationSize = 50)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "amount_cents")
    private long amountCents;

    private Reason reason;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BalanceEntry() {}

    public BalanceEntry(long shopId, Money amount, Reason reason, Long orderId, long actorId, Instant createdAt) {
        this.shopId = shopId;
        this.amountCents = amount.cents();
        this.reason = reason;
        this.orderId = orderId;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    private static final String INSERT = """
            insert into balance_ledger (id, shop_id, amount_cents, reason, order_id, actor_id,
            created_at) values (?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(INSERT, id, shopId, amountCents, reason, orderId, actorId, createdAt);
    }
}
