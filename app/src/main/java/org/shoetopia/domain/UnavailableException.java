package org.shoetopia.domain;

/** The database cannot be reached or dropped the connection; nothing of the call was kept. */
public final class UnavailableException extends ShoetopiaException {
    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
