package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A shop owner's invitation to an account to be the shop's cashier, which only that account can
 * accept. One open invitation per shop and account (db/common/V17).
 */
@Entity
@DynamicUpdate
@Table(name = "staff_invitations")
public class StaffInvitation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "account_id", updatable = false)
    private long accountId;

    @Column(name = "pending_account_id")
    private Long pendingAccountId;

    private InvitationStatus status;

    @Column(name = "invited_by", updatable = false)
    private long invitedBy;

    @Column(name = "invited_at", updatable = false)
    private Instant invitedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected StaffInvitation() {}

    public StaffInvitation(long shopId, long accountId, long invitedBy, Instant invitedAt) {
        this.shopId = shopId;
        this.accountId = accountId;
        this.pendingAccountId = accountId;
        this.status = InvitationStatus.PENDING;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    /** Closes the open invitation as accepted, declined or withdrawn. Caller holds the row lock. */
    public void close(InvitationStatus answer, Instant now) {
        if (status != InvitationStatus.PENDING) {
            throw new ConflictException("This invitation is no longer open");
        }
        if (answer == InvitationStatus.PENDING) {
            throw new IllegalArgumentException("An invitation is closed by an answer");
        }
        this.status = answer;
        this.pendingAccountId = null;
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getInvitedBy() {
        return invitedBy;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
