package org.shoetopia.domain;

/** New or used stock. */
public enum Condition implements Coded {
    NEW("new"),
    USED("used");

    private final String code;

    Condition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Condition parse(String text) {
        return Coded.parse(Condition.class, "condition", "Condition", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<Condition> {
        public JpaConverter() {
            super(Condition.class);
        }
    }
}
