package org.shoetopia.service;

import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with a random per-password salt; the encoded form carries its own parameters, so
 * stronger settings later still verify old hashes. Deliberately slow: never called inside a
 * database transaction.
 */
public final class PasswordHasher {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder;

    public PasswordHasher(int memoryKiB, int iterations) {
        this.encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKiB, iterations);
    }

    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 iterations, parallelism 1. */
    public static PasswordHasher recommended() {
        return new PasswordHasher(19 * 1024, 2);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && Text.isWellFormed(password) && encoder.matches(password, hash);
    }

    /** The rules a new password must keep. */
    public static String validNewPassword(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException(field, "Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException(field, "Password must be at most " + MAX_LENGTH + " characters");
        }
        if (!Text.isWellFormed(password) || password.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "Password must not contain control or broken characters");
        }
        if (password.isBlank()) {
            throw new ValidationException(field, "Password must not be only spaces");
        }
        return password;
    }
}
