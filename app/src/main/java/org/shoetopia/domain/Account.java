package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.DynamicUpdate;

/** A person who signs in: customer, shop owner, cashier or platform admin. Created by a native upsert. */
@Entity
@DynamicUpdate
@Table(name = "accounts")
public class Account {
    /** Failures allowed before the account locks; each failure after that doubles the lock. */
    public static final int FREE_LOGIN_FAILURES = 5;
    /** The longest lock: whoever knows an email can keep its owner out this long at most. */
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures older than this, with no lock running, are forgotten. */
    public static final Duration FAILURES_REMEMBERED = Duration.ofMinutes(30);
    /** How long the one try after a lock holds the account while its password is checked. */
    private static final Duration CHECK_HOLD = Duration.ofSeconds(30);

    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);

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

    @Column(name = "last_failed_login_at")
    private Instant lastFailedLoginAt;

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
        lastFailedLoginAt = null;
    }

    /**
     * Admits a sign-in attempt before its password is checked, with the account's row locked, and
     * counts it as a failure until it succeeds. Refused, with no password checked, while locked and
     * from the attempt past the free failures (which locks). After a lock runs out one try is
     * admitted, holding the account while it is checked. Returns whether to check the password.
     */
    public boolean admitSignInAttempt(Instant time) {
        // as the database keeps it (timestamp(6)): the hold is compared after a round trip
        Instant now = time.truncatedTo(ChronoUnit.MICROS);
        if (!isLockedAt(now)
                && lastFailedLoginAt != null
                && lastFailedLoginAt.plus(FAILURES_REMEMBERED).isBefore(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        lastFailedLoginAt = now;
        if (isLockedAt(now)) {
            return false;
        }
        if (lockedUntil == null) {
            if (failedLogins > FREE_LOGIN_FAILURES) {
                lock(now);
                return false;
            }
            return true;
        }
        lockedUntil = now.plus(CHECK_HOLD);
        return true;
    }

    /** The admitted attempt's password was wrong: past the free failures it locks, for longer each time. */
    public void recordWrongPassword(Instant time) {
        Instant now = time.truncatedTo(ChronoUnit.MICROS);
        if (failedLogins > FREE_LOGIN_FAILURES || lockedUntil != null) {
            lock(now);
        }
    }

    /** 1, 2, 4 … minutes by the failures past the free ones, at most {@link #LONGEST_LOCK}. */
    private void lock(Instant now) {
        int over = Math.max(1, failedLogins - FREE_LOGIN_FAILURES);
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 20));
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
}
