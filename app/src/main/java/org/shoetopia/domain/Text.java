package org.shoetopia.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shared rules for free text typed by staff. */
public final class Text {
    /** What the regex {@code \s} matches, the whitespace {@link #tidy} collapses. */
    private static final String SPACES = " \t\n\u000B\f\r";

    private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");

    private Text() {}

    /** Trimmed, inner whitespace collapsed to one space; control characters rejected by {@link #required}. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        // Text read back from the database is tidy already: checked in one pass, where
        // String.replaceAll compiled its pattern on every call (a tenth of a checkout's CPU).
        String stripped = text.strip();
        return isCollapsed(stripped)
                ? stripped
                : RUNS_OF_SPACE.matcher(stripped).replaceAll(" ");
    }

    /** Whether every whitespace of {@code text} is a lone space. */
    private static boolean isCollapsed(String text) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = SPACES.indexOf(c) >= 0;
            if (space && (c != ' ' || afterSpace)) {
                return false;
            }
            afterSpace = space;
        }
        return true;
    }

    /** The case-insensitive key of a name: tidied and lower-cased. */
    public static String canonical(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Each word with a capital first letter, the rest lower-case, as PostgreSQL's {@code initcap}
     * (a word starts after any character that is not a letter or digit): "new balance" is "New
     * Balance". db/h2/V43 calls it by name, so it must keep its name and class.
     */
    public static String capitalisedWords(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder words = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            words.appendCodePoint(wordStart ? Character.toTitleCase(c) : Character.toLowerCase(c));
            wordStart = !Character.isLetterOrDigit(c);
            i += Character.charCount(c);
        }
        return words.toString();
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
        if (!isWellFormed(tidy)) {
            throw new ValidationException(field, label + " contains a broken character");
        }
        return tidy;
    }

    /**
     * What a search box may match on: canonical, with control characters and half surrogate pairs
     * dropped (no stored name holds them, and PostgreSQL refuses a NUL in a query).
     */
    public static String searchable(String text) {
        StringBuilder kept = new StringBuilder();
        canonical(text)
                .codePoints()
                .filter(c -> !Character.isISOControl(c) && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** False when the text holds half of a surrogate pair, which no database or hash can store. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Optional text as a receipt prints it: null when blank, else tidied (each line, if it may take
     * {@code severalLines}, with empty lines dropped) and refused when too long or unprintable.
     */
    public static String optional(String field, String label, String text, int max, boolean severalLines) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String tidy = severalLines
                ? String.join(
                        "\n",
                        text.strip()
                                .lines()
                                .map(Text::tidy)
                                .filter(line -> !line.isEmpty())
                                .toList())
                : tidy(text);
        if (tidy.length() > max) {
            throw new ValidationException(field, label + " is too long (at most " + max + " characters)");
        }
        String oneLine = tidy.replace('\n', ' ');
        if (oneLine.codePoints().anyMatch(Character::isISOControl) || !isWellFormed(oneLine)) {
            throw new ValidationException(field, label + " has characters a receipt cannot print");
        }
        return tidy;
    }
}
