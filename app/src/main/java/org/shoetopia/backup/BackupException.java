package org.shoetopia.backup;

/** A backup that could not be made, or a backup that restore refuses; the message says why, for the user. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
