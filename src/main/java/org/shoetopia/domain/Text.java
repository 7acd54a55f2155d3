package org.shoetopia.domain;

import java.util.Locale;

/** Shared rules for free text typed by staff. */
public final class Text {
    private Text() {
    }

    /** Trimmed, inner whitespace collapsed to one space; control characters rejected by {@link #required}. */
    public static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The case-insensitive key of a name: tidied and lower-cased. */
    public static String canonical(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /** A tidied, non-blank value of at most {@code maxLength} characters, without control characters. */
    public static String required(String field, String label, String text, int maxLength) {
        String tidy = tidy(text);
        if (tidy.isEmpty()) {
            throw new ValidationException(field, label + " must not be blank");
        }
        if (tidy.length() > maxLength) {
            throw new ValidationException(field, label + " must be at most " + maxLength + " characters");
        }
        if (tidy.codePoints().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, label + " must not contain control characters");
        }
        return tidy;
    }
}
