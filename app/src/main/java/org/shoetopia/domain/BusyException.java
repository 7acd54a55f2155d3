package org.shoetopia.domain;

/** Another terminal holds what this call needs (a lock timed out); trying again shortly will work. */
public final class BusyException extends ShoetopiaException {
    public BusyException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
