package org.shoetopia.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A shop's sales tax: whether its prices include tax (VAT style) or tax is added at the till (US
 * sales tax style), where tax is rounded, its tax registration number, and its rates. A shop with no
 * rates charges no tax.
 */
public record TaxSettings(
        boolean pricesIncludeTax, TaxRounding rounding, String registrationNumber, List<TaxRate> rates) {
    public static final int MAX_REGISTRATION_NUMBER = 40;
    public static final int MAX_RATES_PER_CATEGORY = 5;
    public static final TaxSettings NONE = new TaxSettings(false, TaxRounding.PER_LINE, null, List.of());

    /** Every setting keeps the rules, however it was made (typed at the shop's screen, or JSON from a till). */
    public TaxSettings {
        if (rounding == null) {
            rounding = TaxRounding.PER_LINE;
        }
        registrationNumber = registrationNumber == null || registrationNumber.isBlank()
                ? null
                : Text.required("taxNumber", "Tax registration number", registrationNumber, MAX_REGISTRATION_NUMBER);
        rates = rates == null ? List.of() : List.copyOf(rates);
        Set<String> names = new HashSet<>();
        for (TaxCategory category : List.of(TaxCategory.STANDARD, TaxCategory.REDUCED)) {
            List<TaxRate> ofCategory =
                    rates.stream().filter(rate -> rate.category() == category).toList();
            if (ofCategory.size() > MAX_RATES_PER_CATEGORY) {
                throw new ValidationException("taxRates", "At most " + MAX_RATES_PER_CATEGORY + " rates per category");
            }
            // Tax inside a price is taken out of it by one rate: stacked or partial rates are US sales tax.
            if (pricesIncludeTax && ofCategory.size() > 1) {
                throw new ValidationException(
                        "taxRates",
                        "With tax included in prices, each category has one rate (the " + category.code()
                                + " category has " + ofCategory.size() + ")");
            }
        }
        for (TaxRate rate : rates) {
            if (pricesIncludeTax && rate.appliesTo() == TaxAppliesTo.ABOVE) {
                throw new ValidationException(
                        "taxAppliesTo",
                        "A rate on the part of a price above a threshold is added to prices, not included in them");
            }
            if (!names.add(rate.category().code() + "/" + rate.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException(
                        "taxRateName",
                        "The " + rate.category().code() + " category has two rates named " + rate.name());
            }
        }
    }

    /** The rates a unit of {@code category} pays, in the order the shop set them. */
    public List<TaxRate> ratesFor(TaxCategory category) {
        return rates.stream().filter(rate -> rate.category() == category).toList();
    }
}
