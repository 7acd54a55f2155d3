package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A shop's request to be verified, and the admin's decision. One pending application per shop. */
@Entity
@DynamicUpdate
@Table(name = "verification_applications")
public class VerificationApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    @Column(name = "pending_shop_id")
    private Long pendingShopId;

    private ApplicationStatus status;
    private String reason;

    @Column(name = "applied_by")
    private long appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected VerificationApplication() {}

    public VerificationApplication(long shopId, long appliedBy, Instant appliedAt) {
        this.shopId = shopId;
        this.pendingShopId = shopId;
        this.status = ApplicationStatus.PENDING;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
    }

    public void decide(boolean approve, String reason, long adminId, Instant now) {
        if (status != ApplicationStatus.PENDING) {
            throw new ConflictException("This application was already decided");
        }
        this.status = approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        this.reason = reason;
        this.pendingShopId = null;
        this.decidedBy = adminId;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
