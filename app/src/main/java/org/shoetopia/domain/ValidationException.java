package org.shoetopia.domain;

/** Input broke a rule; {@link #field()} names the input so a form can show the message beside it. */
public final class ValidationException extends ShoetopiaException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
