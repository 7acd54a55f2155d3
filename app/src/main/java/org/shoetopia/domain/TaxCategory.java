package org.shoetopia.domain;

/** What rates a listing's units pay: the shop's standard rates, its reduced rates, or none. */
public enum TaxCategory implements Coded {
    STANDARD("standard"),
    REDUCED("reduced"),
    EXEMPT("exempt");

    private final String code;

    TaxCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** "standard", "reduced" or "exempt"; blank means standard, what most shoes pay. */
    public static TaxCategory parse(String text) {
        return text == null || text.isBlank()
                ? STANDARD
                : Coded.parse(TaxCategory.class, "taxCategory", "Tax category", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<TaxCategory> {
        public JpaConverter() {
            super(TaxCategory.class);
        }
    }
}
