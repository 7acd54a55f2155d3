package org.shoetopia.domain;

/** The rules a new password must keep, checked by the screens as the user types and by the services again. */
public final class NewPassword {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private NewPassword() {}

    /** The password, if it keeps the rules; else a {@link ValidationException} on {@code field}. */
    public static String check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException(field, "Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new ValidationException(field, "Password must be at most " + MAX_LENGTH + " characters");
        }
        if (!Text.isWellFormed(password) || password.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, "Password must not contain control or broken characters");
        }
        if (password.isBlank()) {
            throw new ValidationException(field, "Password must not be only spaces");
        }
        return password;
    }
}
