package org.shoetopia.domain;

/** The thing asked for does not exist (or is not visible to the caller). */
public final class NotFoundException extends ShoetopiaException {
    public NotFoundException(String message) {
        super(message);
    }
}
