package org.shoetopia.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shoetopia.domain.Email;

/**
 * Bounds sign-in attempts per client address and per account email in a sliding window. An attempt
 * takes its place in both before any password is hashed, and gives it back only if it succeeds, so
 * guesses sent in parallel are counted as surely as guesses sent one after another. The account's
 * own lockout (in the database) still applies behind it.
 */
final class SignInLimiter {
    private static final int SWEEP_AT = 10_000;

    private final Clock clock;
    private final Duration window;
    private final int perClient;
    private final int perAccount;
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    SignInLimiter(Clock clock, Duration window, int perClient, int perAccount) {
        this.clock = clock;
        this.window = window;
        this.perClient = perClient;
        this.perAccount = perAccount;
    }

    /** An attempt holding its place in the client's and the account's counts. */
    record Attempt(String clientKey, String accountKey, Instant at) {}

    /** Takes a place for an attempt, or none when the client or the account has had its share of the window. */
    synchronized Optional<Attempt> begin(String clientAddress, String email) {
        Instant now = clock.instant();
        String client = "client " + clientAddress;
        String account = accountKey(email);
        if (count(client, now) >= perClient || count(account, now) >= perAccount) {
            return Optional.empty();
        }
        if (attempts.size() > SWEEP_AT) {
            attempts.entrySet()
                    .removeIf(entry -> entry.getValue().isEmpty()
                            || entry.getValue().peekLast().isBefore(now.minus(window)));
        }
        attempts.computeIfAbsent(client, k -> new ArrayDeque<>()).addLast(now);
        attempts.computeIfAbsent(account, k -> new ArrayDeque<>()).addLast(now);
        return Optional.of(new Attempt(client, account, now));
    }

    /** A successful sign-in gives its place back: only failures use up the window. */
    synchronized void succeeded(Attempt attempt) {
        for (String key : new String[] {attempt.clientKey(), attempt.accountKey()}) {
            Deque<Instant> times = attempts.get(key);
            if (times != null) {
                times.removeLastOccurrence(attempt.at());
            }
        }
    }

    Duration window() {
        return window;
    }

    /** Any string no email can be is one key for all of them, so junk cannot grow the map. */
    private static String accountKey(String email) {
        String tidy = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "account " + (tidy.length() > Email.MAX_LENGTH ? "(not an email)" : tidy);
    }

    private int count(String key, Instant now) {
        Deque<Instant> times = attempts.get(key);
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.pollFirst();
        }
        return times.size();
    }
}
