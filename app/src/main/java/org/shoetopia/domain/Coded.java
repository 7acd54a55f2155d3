package org.shoetopia.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum stored and typed by a short lower-case code ("new", "out_for_delivery"). */
public interface Coded {
    String code();

    /** Finds the constant whose code matches {@code text} (case-insensitive), or explains the choices. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String label, String text) {
        String wanted =
                text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(wanted)) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
        throw new ValidationException(field, label + " must be one of: " + choices);
    }

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + code);
    }
}
