package org.shoetopia.domain;

/**
 * A server refused a call because this terminal's session has ended (signed out elsewhere, a
 * password change, removal from staff, an admin's revocation, or it expired): sign in again.
 */
public final class SessionEndedException extends AuthenticationException {
    public SessionEndedException(String message) {
        super(message);
    }
}
