package org.shoetopia.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The server's session rows, each read or touched by one statement on its own in autocommit: no
 * transaction, no ORM session, one round trip, because every call of the server asks. Each still
 * reads the committed row at that moment.
 */
public final class SessionRows {
    /** A session as its columns. */
    public record Row(long accountId, Instant lastUsedAt, Instant expiresAt, Instant endedAt) {}

    private final Database database;

    public SessionRows(Database database) {
        this.database = database;
    }

    public Optional<Row> find(String tokenHash) {
        return database.outsideTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select account_id, last_used_at, expires_at, ended_at from api_sessions where token_hash = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Row(row.getLong(1), instant(row, 2), instant(row, 3), instant(row, 4)))
                            : Optional.<Row>empty();
                }
            }
        });
    }

    /**
     * Writes the session's last use, one column and only while it is live: a sign-out or revocation
     * that commits meanwhile is never written back over (as a whole-row update would).
     */
    public void touch(String tokenHash, Instant now) {
        database.outsideTransaction(connection -> {
            try (PreparedStatement touch = connection.prepareStatement(
                    "update api_sessions set last_used_at = ? where token_hash = ? and ended_at is null")) {
                touch.setObject(1, now.atOffset(ZoneOffset.UTC));
                touch.setString(2, tokenHash);
                return touch.executeUpdate();
            }
        });
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
