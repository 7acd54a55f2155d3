package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A person who signs in: customer, shop owner, cashier or platform admin. Created by a native upsert. */
@Entity
@Table(name = "accounts")
public class Account {
    /** Failures allowed before the account locks; each failure after that doubles the lock. */
    public static final int FREE_LOGIN_FAILURES = 5;

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(24);

    @Id
    private Long id;

    private String name;
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "is_admin")
    private boolean admin;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Account() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void makeAdmin() {
        this.admin = true;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Counts a failure; from the sixth on, locks for 1, 2, 4 … minutes, at most a day. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        int over = failedLogins - FREE_LOGIN_FAILURES;
        if (over > 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 20));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }
}
