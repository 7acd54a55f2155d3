package org.shoetopia.domain;

import java.util.regex.Pattern;

/** A US shoe size, whole or half, kept as a count of half sizes (10.5 is 21). */
public record ShoeSize(int halves) implements Comparable<ShoeSize> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,2})(?:\\.(0|5))?");
    public static final int MAX_HALVES = 60;

    public ShoeSize {
        if (halves < 1 || halves > MAX_HALVES) {
            throw new ValidationException("size", "Size must be between 0.5 and 30 (US), in whole or half sizes");
        }
    }

    public static ShoeSize parse(String text) {
        // "9,5" where a comma is the decimal mark: a size has no thousands to confuse it with
        var matcher = SIZE.matcher(text == null ? "" : text.strip().replace(',', '.'));
        if (!matcher.matches()) {
            throw new ValidationException("size", "Size must be a whole or half US size, like 9 or 9.5");
        }
        int halves = Integer.parseInt(matcher.group(1)) * 2 + ("5".equals(matcher.group(2)) ? 1 : 0);
        return new ShoeSize(halves);
    }

    @Override
    public int compareTo(ShoeSize other) {
        return Integer.compare(halves, other.halves);
    }

    @Override
    public String toString() {
        return halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    }
}
