package org.shoetopia.domain;

import java.util.List;

/**
 * Input broke a rule; {@link #field()} names the input so a form can show the message beside it.
 * A whole form checked at once breaks several: {@link #all()} has each, the first is this one's.
 */
public final class ValidationException extends ShoetopiaException {
    /** One field's broken rule. */
    public record Invalid(String field, String message) {}

    private final List<Invalid> all;

    public ValidationException(String field, String message) {
        super(message);
        this.all = List.of(new Invalid(field, message));
    }

    /** Every rule a form broke, in the form's order; at least one. */
    public ValidationException(List<Invalid> all) {
        super(all.get(0).message());
        this.all = List.copyOf(all);
    }

    public String field() {
        return all.get(0).field();
    }

    public List<Invalid> all() {
        return all;
    }

    /** Every broken rule's message, a line each, as a form asked again shows them. */
    public String allMessages() {
        return String.join("\n", all.stream().map(Invalid::message).toList());
    }
}
