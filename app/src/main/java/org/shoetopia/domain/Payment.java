package org.shoetopia.domain;

import java.util.regex.Pattern;

/**
 * How a checkout is paid. For a card only the brand and the last four digits exist here:
 * there is no field that could hold a full card number or security code.
 */
public record Payment(PaymentMethod method, String cardBrand, String cardLast4, Money cashTendered) {
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");

    public static Payment cash(Money tendered) {
        if (tendered != null && tendered.cents() < 0) {
            throw new ValidationException("cashTendered", "Cash tendered cannot be negative");
        }
        return new Payment(PaymentMethod.CASH, null, null, tendered);
    }

    public static Payment card(String brand, String last4) {
        String tidyBrand = Text.required("cardBrand", "Card brand", brand, 20);
        String digits = last4 == null ? "" : last4.strip();
        if (!LAST4.matcher(digits).matches()) {
            throw new ValidationException("cardLast4", "Enter only the last four digits of the card");
        }
        return new Payment(PaymentMethod.CARD, tidyBrand, digits, null);
    }
}
