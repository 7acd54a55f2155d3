package org.shoetopia.domain;

/** Who a shoe is made for. */
public enum Gender implements Coded {
    YOUTH("youth"),
    WOMEN("women"),
    MEN("men"),
    UNISEX("unisex");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Gender parse(String text) {
        return Coded.parse(Gender.class, "gender", "Gender", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<Gender> {
        public JpaConverter() {
            super(Gender.class);
        }
    }
}
