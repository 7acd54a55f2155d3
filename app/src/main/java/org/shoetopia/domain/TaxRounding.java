package org.shoetopia.domain;

/** Where tax is rounded to the cent: each line's tax per rate, or each rate's tax over the receipt (then spread over the lines by largest remainder, so every line still holds its cents). */
public enum TaxRounding implements Coded {
    PER_LINE("line"),
    PER_RECEIPT("receipt");

    private final String code;

    TaxRounding(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<TaxRounding> {
        public JpaConverter() {
            super(TaxRounding.class);
        }
    }
}
