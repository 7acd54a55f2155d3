package org.shoetopia.domain;

/** The request clashes with what is already there: a taken email or name, sold out, a state that does not allow it. */
public final class ConflictException extends ShoetopiaException {
    public ConflictException(String message) {
        super(message);
    }
}
