package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** A signed-in session of the server's API, known by the SHA-256 of its token (the token is never stored). */
@Entity
@DynamicUpdate
@Table(name = "api_sessions")
public class ApiSession {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ApiSession() {}

    public ApiSession(String tokenHash, long accountId, Instant now, Duration lifetime) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Whether the session may act at {@code now}: not ended, not past its expiry, not idle too long. */
    public boolean isLive(Instant now, Duration idleLimit) {
        return isLive(endedAt, expiresAt, lastUsedAt, now, idleLimit);
    }

    /** The one rule, for a session read as its columns. */
    public static boolean isLive(
            Instant endedAt, Instant expiresAt, Instant lastUsedAt, Instant now, Duration idleLimit) {
        return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idleLimit));
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
