package org.shoetopia.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.shoetopia.domain.ValidationException;

/**
 * The messages a form shows next to its fields, plus one for the form as a whole. A service's
 * {@link ValidationException} lands next to the field it names; any other error on the form.
 */
public final class FieldErrors {
    public static final String FORM = "";
    private final Map<String, ReadOnlyStringWrapper> messages = new HashMap<>();

    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty form() {
        return of(FORM);
    }

    public void set(String field, String message) {
        wrapper(field).set(message);
    }

    public void clear() {
        messages.values().forEach(message -> message.set(""));
    }

    public boolean isEmpty() {
        return messages.values().stream()
                .allMatch(message -> message.get() == null || message.get().isEmpty());
    }

    /** Shows an error from a service call where it belongs. */
    public void show(Throwable error) {
        if (!(error instanceof ValidationException validation)) {
            set(FORM, UserMessages.of(error));
            return;
        }
        // every broken rule beside its field at once; one with no field here goes to the form's line
        java.util.Map<String, java.util.List<String>> byField = new java.util.LinkedHashMap<>();
        for (ValidationException.Invalid invalid : validation.all()) {
            String field = invalid.field() != null && messages.containsKey(invalid.field()) ? invalid.field() : FORM;
            byField.computeIfAbsent(field, key -> new java.util.ArrayList<>()).add(invalid.message());
        }
        byField.forEach((field, said) -> set(field, String.join("; ", said)));
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return messages.computeIfAbsent(field, key -> new ReadOnlyStringWrapper(this, key, ""));
    }

    /**
     * Clears the field's message as soon as what it is about changes (the cashier types in it): an
     * error stays only while its cause is there.
     */
    public FieldErrors clearOnChange(String field, ObservableValue<?> input) {
        input.addListener((observed, was, now) -> set(field, ""));
        return this;
    }

    /** Registers a field so its errors show next to it rather than on the form. */
    public FieldErrors field(String name) {
        wrapper(name);
        return this;
    }
}
