package org.shoetopia.domain;

import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased: the form in which it is unique. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    public static final int MAX_LENGTH = 254;

    public Email {
        if (value == null
                || !SHAPE.matcher(value).matches()
                || value.length() > MAX_LENGTH
                || !value.equals(Text.canonical(value))
                || !Text.isWellFormed(value)) {
            throw new ValidationException("email", "Enter a valid email address, like name@example.com");
        }
    }

    public static Email parse(String text) {
        return new Email(Text.canonical(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
