package org.shoetopia.domain;

/** The caller's role does not allow this operation. */
public final class ForbiddenException extends ShoetopiaException {
    public ForbiddenException(String message) {
        super(message);
    }
}
