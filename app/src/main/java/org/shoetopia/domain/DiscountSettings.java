package org.shoetopia.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A shop's discount rules: how much a cashier may take off without a manager (hundredths of a
 * percent of a line or of the sale, 10 % unless the owner sets another), and the reasons a discount
 * may give. A shop that has set no reasons has {@link #DEFAULT_REASONS}.
 */
public record DiscountSettings(int cashierLimitHundredths, List<String> reasons) {
    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_REASONS = 20;
    public static final List<String> DEFAULT_REASONS =
            List.of("Price match", "Shop-worn or damaged", "Loyal customer", "Staff purchase", "Goodwill");

    public DiscountSettings {
        if (cashierLimitHundredths < 0 || cashierLimitHundredths > 10_000) {
            throw new ValidationException("discountLimit", "The cashiers' limit is 0 to 100 %");
        }
        List<String> tidy = reasons == null
                ? List.of()
                : reasons.stream()
                        .map(reason -> Text.required("discountReasons", "A reason", reason, Discount.MAX_REASON))
                        .toList();
        if (tidy.isEmpty()) {
            throw new ValidationException("discountReasons", "Give at least one reason a discount may have");
        }
        if (tidy.size() > MAX_REASONS) {
            throw new ValidationException("discountReasons", "At most " + MAX_REASONS + " reasons");
        }
        Set<String> seen = new HashSet<>();
        for (String reason : tidy) {
            if (!seen.add(reason.toLowerCase(Locale.ROOT))) {
                throw new ValidationException("discountReasons", "\"" + reason + "\" is listed twice");
            }
        }
        reasons = tidy;
    }

    /** The limit as typed: "10" or "12.5" (percent, 0 to 100). */
    public static int parseLimit(String percent) {
        return Percent.parse("discountLimit", "The cashiers' limit is a percentage like 10 or 12.5", percent, 2);
    }

    /** "10", "12.5". */
    public String cashierLimitPercent() {
        return Percent.format(cashierLimitHundredths, 2);
    }

    /** Whether {@code reason} is one of the shop's, as it is spelt there (case aside). */
    public String reasonOrNull(String reason) {
        if (reason == null) {
            return null;
        }
        String wanted = reason.strip();
        return reasons.stream()
                .filter(known -> known.equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
    }
}
