package org.shoetopia.domain;

/** How a discount is given: a percentage off, an amount off, or (a line only) a new unit price. */
public enum DiscountKind implements Coded {
    PERCENT("percent"),
    AMOUNT("amount"),
    PRICE("price");

    private final String code;

    DiscountKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<DiscountKind> {
        public JpaConverter() {
            super(DiscountKind.class);
        }
    }
}
