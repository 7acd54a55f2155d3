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

/** One append-only stock movement of a listing. */
@Entity
@Immutable
@Table(name = "inventory_ledger")
public class InventoryEntry implements AppendOnlyRow {
    /** Why stock moved. */
    public enum Reason implements Coded {
        LISTED("listed"),
        RESTOCK("restock"),
        ADJUST("adjust"),
        DELIST("delist"),
        SALE("sale"),
        REFUND("refund"),
        RECEIVED("received"),
        STOCKTAKE("stocktake");

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
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_ledger_ids")
    @SequenceGenerator(name = "inventory_ledger_ids", sequenceName = "inventory_ledger_ids", allocationSize = 50)
    private Long id;

    @Column(name = "listing_id")
    private long listingId;

    private int delta;
    private Reason reason;
    private String note;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "actor_id")
    private long actorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected InventoryEntry() {}

    public InventoryEntry(
            long listingId, int delta, Reason reason, String note, Long orderId, long actorId, Instant createdAt) {
        this.listingId = listingId;
        this.delta = delta;
        this.reason = reason;
        this.note = note;
        this.orderId = orderId;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    public long getListingId() {
        return listingId;
    }

    public int getDelta() {
        return delta;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static final String INSERT = """
            insert into inventory_ledger (id, listing_id, delta, reason, note, order_id, actor_id,
            created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public Insert insert() {
        return new Insert(INSERT, id, listingId, delta, reason, note, orderId, actorId, createdAt);
    }
}
