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

/** The audit trail: one row per write, naming what happened, to what, by whom and when. */
@Entity
@Immutable
@Table(name = "audit_trail")
public class AuditRecord {
    @Id
    // Ids reserved 50 at a time (see db/postgresql/V10), so inserts batch at flush.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_trail_ids")
    @SequenceGenerator(name = "audit_trail_ids", sequenceName = "audit_trail_ids", allocationSize = 50)
    private Long id;

    private AuditKind kind;
    private String tag;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "shop_id")
    private Long shopId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AuditRecord() {}

    public AuditRecord(AuditKind kind, String tag, Long actorId, Long shopId, Instant createdAt) {
        this.kind = kind;
        this.tag = tag.length() > 200 ? tag.substring(0, 200) : tag;
        this.actorId = actorId;
        this.shopId = shopId;
        this.createdAt = createdAt;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getTag() {
        return tag;
    }

    public Long getActorId() {
        return actorId;
    }

    public Long getShopId() {
        return shopId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
