package org.shoetopia.domain;

/**
 * Login failed or the account is locked; one message for wrong email and wrong password. (Open for
 * {@link SessionEndedException} only.)
 */
public sealed class AuthenticationException extends ShoetopiaException permits SessionEndedException {
    public AuthenticationException(String message) {
        super(message);
    }
}
