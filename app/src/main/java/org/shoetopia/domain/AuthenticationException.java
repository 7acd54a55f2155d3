package org.shoetopia.domain;

/** Login failed or the account is locked; one message for wrong email and wrong password. */
public final class AuthenticationException extends ShoetopiaException {
    public AuthenticationException(String message) {
        super(message);
    }
}
