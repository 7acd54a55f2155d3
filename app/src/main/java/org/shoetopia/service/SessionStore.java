package org.shoetopia.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.ApiSession;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.SessionRows;
import org.shoetopia.persistence.Tx;

/**
 * The server's sessions, held in the database so that any server on it accepts a session another
 * made. A token is 256 random bits; only its SHA-256 is stored.
 */
public final class SessionStore {
    /** How often a session's last use is written: often enough for the idle limit, not on every call. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final SessionRows rows;
    private final Clock clock;
    private final Duration idleLimit;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public SessionStore(Database database, Clock clock, Duration idleLimit, Duration lifetime) {
        this.database = database;
        this.rows = new SessionRows(database);
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.lifetime = lifetime;
    }

    /** Opens a session for the account; the token is returned once and never kept. */
    public String open(long accountId) {
        return database.inTransaction(tx -> open(tx, accountId));
    }

    /** Opens a session inside the caller's transaction (so with the sign-in that checked the password). */
    String open(Tx tx, long accountId) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        tx.session().persist(new ApiSession(hash(token), accountId, clock.instant(), lifetime));
        return token;
    }

    /**
     * Who a token acts for, if its session is live; a forged, expired, idle or ended token is nobody.
     * Every call of the server asks this, so it is one statement on its own ({@link SessionRows}).
     */
    public Optional<Actor> actorOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Optional<SessionRows.Row> found = rows.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRows.Row session = found.get();
        if (!ApiSession.isLive(session.endedAt(), session.expiresAt(), session.lastUsedAt(), now, idleLimit)) {
            return Optional.empty();
        }
        if (session.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            rows.touch(hash, now);
        }
        return Optional.of(new Actor(session.accountId()));
    }

    /** Which of these tokens' sessions are live now, without counting this as their use. */
    public Set<String> liveAmong(Collection<String> tokens) {
        Map<String, String> tokenByHash = new HashMap<>();
        tokens.forEach(token -> tokenByHash.put(hash(token), token));
        Instant now = clock.instant();
        return database.inTransaction(tx -> tx
                .session()
                .createSelectionQuery("from ApiSession where tokenHash in :hashes", ApiSession.class)
                .setParameter("hashes", tokenByHash.keySet())
                .getResultList()
                .stream()
                .filter(session -> session.isLive(now, idleLimit))
                .map(session -> tokenByHash.get(session.getTokenHash()))
                .collect(Collectors.toSet()));
    }

    /** Ends the session of this token (sign-out); an unknown token ends nothing. */
    public void end(String token) {
        database.inTransaction(tx -> tx.session()
                .createMutationQuery("update ApiSession set endedAt = :now where tokenHash = :hash and endedAt is null")
                .setParameter("now", clock.instant())
                .setParameter("hash", hash(token))
                .executeUpdate());
    }

    /** Ends every live session of an account, inside the caller's transaction (so with the change that needs it). */
    static int endAll(Tx tx, long accountId, Instant now) {
        return tx.session()
                .createMutationQuery(
                        "update ApiSession set endedAt = :now where accountId = :account and endedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
