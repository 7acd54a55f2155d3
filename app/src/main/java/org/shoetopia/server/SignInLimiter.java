package org.shoetopia.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.shoetopia.domain.Email;

/**
 * Bounds failed sign-in attempts per client address and per account email in a sliding window; once
 * either has had its share, further attempts are refused before any password is hashed, so a guesser can neither try fast nor burn the server's CPU on Argon2. The
 * account's own lockout (in the database) still applies behind it.
 */
final class SignInLimiter {
    private final Clock clock;
    private final Duration window;
    private final int perClient;
    private final int perAccount;
    private static final int SWEEP_AT = 10_000;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    SignInLimiter(Clock clock, Duration window, int perClient, int perAccount) {
        this.clock = clock;
        this.window = window;
        this.perClient = perClient;
        this.perAccount = perAccount;
    }

    /** Whether the client or the account has had its share of failed attempts in the window. */
    boolean blocked(String clientAddress, String email) {
        Instant now = clock.instant();
        return full(clientKey(clientAddress), perClient, now) || full(accountKey(email), perAccount, now);
    }

    /** Counts a failed attempt against both. */
    void failed(String clientAddress, String email) {
        Instant now = clock.instant();
        record(clientKey(clientAddress), now);
        record(accountKey(email), now);
    }

    /** Counts an attempt against the client only (each sign-up costs a password hash, whatever its outcome). */
    void attempted(String clientAddress) {
        record(clientKey(clientAddress), clock.instant());
    }

    Duration window() {
        return window;
    }

    private static String clientKey(String clientAddress) {
        return "client " + clientAddress;
    }

    /** A string no email can be is one key for all of them, so junk cannot grow the map. */
    private static String accountKey(String email) {
        String tidy = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "account " + (tidy.length() > Email.MAX_LENGTH ? "(not an email)" : tidy);
    }

    private boolean full(String key, int limit, Instant now) {
        Deque<Instant> times = attempts.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            return times.size() >= limit;
        }
    }

    private void record(String key, Instant now) {
        if (attempts.size() > SWEEP_AT) {
            sweep(now);
        }
        Deque<Instant> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    /** Forgets every key whose attempts are all older than the window, so the map stays bounded by recent traffic. */
    private void sweep(Instant now) {
        attempts.entrySet().removeIf(entry -> {
            Deque<Instant> times = entry.getValue();
            synchronized (times) {
                Instant newest = times.peekLast();
                return newest == null || newest.isBefore(now.minus(window));
            }
        });
    }
}
