package org.shoetopia.ui;

import java.util.OptionalInt;

/** What a cashier types into a number field, read the one way every screen reads it. */
public final class Typed {
    private Typed() {}

    /** "5", " +5 " or "-2" as a whole number; empty for anything else (the screen says what it wants). */
    public static OptionalInt wholeNumber(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
