package org.shoetopia.domain;

/**
 * The family of errors a user can read. Services throw these; the UI and the command line
 * show {@link #getMessage()} next to what caused it.
 */
public abstract class ShoetopiaException extends RuntimeException {
    protected ShoetopiaException(String message) {
        super(message);
    }

    protected ShoetopiaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the same call may succeed if simply tried again. */
    public boolean isRetryable() {
        return false;
    }
}
