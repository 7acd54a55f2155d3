package org.shoetopia.service;

import org.shoetopia.domain.Text;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with a random per-password salt; the encoded form carries its own parameters, so
 * stronger settings later still verify old hashes. Deliberately slow: never called inside a
 * database transaction.
 */
public class PasswordHasher { // not final: a test counts and holds its checks
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
}
