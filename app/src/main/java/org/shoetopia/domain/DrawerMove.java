package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Cash into or out of a shift's drawer other than a sale's, or the drawer opened with no sale: history. */
// Some columns are only written (by Hibernate, at insert) and read by queries, never through a getter.
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "drawer_moves")
public class DrawerMove {
    public static final int MAX_REASON = 120;
    /** The most one paid-in or paid-out may move. */
    public static final Money MAX_AMOUNT = Money.ofCents(10_000_00);

    public enum Kind implements Coded {
        PAID_IN("paid_in"),
        PAID_OUT("paid_out"),
        NO_SALE("no_sale");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @jakarta.persistence.Converter(autoApply = true)
        public static final class JpaConverter extends CodedConverter<Kind> {
            public JpaConverter() {
                super(Kind.class);
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shift_id")
    private long shiftId;

    private Kind kind;

    @Column(name = "amount_cents")
    private long amountCents;

    private String reason;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DrawerMove() {}

    public DrawerMove(long shiftId, Kind kind, Money amount, String reason, long actorId, Long approvedBy, Instant at) {
        this.shiftId = shiftId;
        this.kind = kind;
        this.amountCents = amount.cents();
        this.reason = reason;
        this.actorId = actorId;
        this.approvedBy = approvedBy;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Money getAmount() {
        return Money.ofCents(amountCents);
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
