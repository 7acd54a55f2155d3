package org.shoetopia.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A drawer counted by denomination: how many of each note and coin (in cents). Denominations are the
 * US dollar's, the currency the app prices in; a count of zero is left out.
 */
public record CashCount(Map<Integer, Integer> quantityByDenomination) {
    /** Notes and coins, largest first: 100, 50, 20, 10, 5, 2 and 1 dollars; 25, 10, 5 and 1 cents. */
    public static final List<Integer> DENOMINATIONS =
            List.of(100_00, 50_00, 20_00, 10_00, 5_00, 2_00, 1_00, 25, 10, 5, 1);

    public static final int MAX_QUANTITY = 100_000;

    public CashCount {
        if (quantityByDenomination == null) {
            throw new ValidationException("count", "Count the drawer");
        }
        Map<Integer, Integer> counted = new TreeMap<>(java.util.Comparator.reverseOrder());
        quantityByDenomination.forEach((denomination, quantity) -> {
            if (denomination == null || !DENOMINATIONS.contains(denomination)) {
                throw new ValidationException(
                        "count",
                        "There is no " + Money.ofCents(denomination == null ? 0 : denomination) + " note or coin");
            }
            if (quantity == null || quantity < 0 || quantity > MAX_QUANTITY) {
                throw new ValidationException(
                        "count",
                        "Count each note and coin from 0 to " + MAX_QUANTITY + " (" + Money.ofCents(denomination)
                                + ")");
            }
            if (quantity > 0) {
                counted.put(denomination, quantity);
            }
        });
        quantityByDenomination = java.util.Collections.unmodifiableMap(counted);
    }

    public Money total() {
        long cents = 0;
        for (var entry : quantityByDenomination.entrySet()) {
            cents += (long) entry.getKey() * entry.getValue();
        }
        return Money.ofCents(cents);
    }
}
