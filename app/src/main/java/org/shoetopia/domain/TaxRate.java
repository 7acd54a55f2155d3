package org.shoetopia.domain;

/**
 * One named rate of a shop's tax category, for example "NY State" 4 % on standard-rated shoes, or
 * "NYC" 4.5 % only on units priced from 110.00. The rate is kept in thousandths of a percent, so
 * 8.875 % is exactly 8875: no floating point anywhere near money.
 */
public record TaxRate(String name, TaxCategory category, int rateThousandths, TaxAppliesTo appliesTo, Money threshold) {
    public static final int MAX_NAME = 40;
    /** 100 %: a rate above it is a typing error, not a tax. */
    public static final int MAX_RATE_THOUSANDTHS = 100_000;

    /** Every rate keeps the rules, however it was made (typed at the shop's screen, or JSON from a till). */
    public TaxRate {
        name = Text.required("taxRateName", "Rate name", name, MAX_NAME);
        if (category == null || category == TaxCategory.EXEMPT) {
            throw new ValidationException("taxCategory", "A rate belongs to the standard or the reduced category");
        }
        if (rateThousandths <= 0 || rateThousandths > MAX_RATE_THOUSANDTHS) {
            throw new ValidationException("taxRate", "A rate is more than 0 % and at most 100 %");
        }
        if (appliesTo == null) {
            appliesTo = TaxAppliesTo.ALL;
        }
        if ((appliesTo == TaxAppliesTo.ALL) != (threshold == null)) {
            throw new ValidationException(
                    "taxThreshold",
                    appliesTo == TaxAppliesTo.ALL
                            ? "A rate on all units has no threshold"
                            : "Enter the price threshold this rate depends on");
        }
        if (threshold != null && !threshold.isPositive()) {
            throw new ValidationException("taxThreshold", "A threshold is more than 0");
        }
    }

    /** A rate as typed: "8.875" (percent, at most three decimals), and a threshold like "110.00" or blank. */
    public static TaxRate parse(String name, String category, String percent, String appliesTo, String threshold) {
        TaxCategory taxCategory = TaxCategory.parse(category);
        int thousandths =
                Percent.parse("taxRate", "A rate is a percentage like 8.875 (at most three decimals)", percent, 3);
        TaxAppliesTo applies = appliesTo == null || appliesTo.isBlank()
                ? TaxAppliesTo.ALL
                : Coded.parse(TaxAppliesTo.class, "taxAppliesTo", "Applies to", appliesTo);
        Money limit =
                threshold == null || threshold.isBlank() ? null : Money.parse("taxThreshold", "Threshold", threshold);
        return new TaxRate(name, taxCategory, thousandths, applies, limit);
    }

    /** "NY State 4%", "NYC 4.5% from 110.00". */
    public String label() {
        String base = name + " " + Percent.format(rateThousandths, 3) + "%";
        return switch (appliesTo) {
            case ALL -> base;
            case BELOW -> base + " under " + threshold;
            case FROM -> base + " from " + threshold;
            case ABOVE -> base + " above " + threshold;
        };
    }
}
