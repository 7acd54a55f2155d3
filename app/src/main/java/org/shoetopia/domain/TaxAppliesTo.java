package org.shoetopia.domain;

/** Which units a tax rate applies to, by the price a unit is charged (after sale price and discounts): all, only units under the threshold, only units at or above it, or only the part of each unit's price above it (US style: several states tax footwear only above a per-item price). */
public enum TaxAppliesTo implements Coded {
    ALL("all"),
    BELOW("below"),
    FROM("from"),
    ABOVE("above");

    private final String code;

    TaxAppliesTo(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<TaxAppliesTo> {
        public JpaConverter() {
            super(TaxAppliesTo.class);
        }
    }
}
