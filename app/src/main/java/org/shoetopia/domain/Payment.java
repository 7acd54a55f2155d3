package org.shoetopia.domain;

import java.util.regex.Pattern;

/**
 * How a checkout is paid. For a card only the brand and the last four digits exist here:
 * there is no field that could hold a full card number or security code.
 */
public record Payment(PaymentMethod method, String cardBrand, String cardLast4, Money cashTendered) {
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");

    /** Every payment keeps the rules, however it was made (a factory here, or JSON from a till). */
    public Payment {
        if (method == null) {
            throw new ValidationException("paymentMethod", "Choose cash or card");
        }
        if (method == PaymentMethod.CASH) {
            if (cardBrand != null || cardLast4 != null) {
                throw new ValidationException("paymentMethod", "A cash payment has no card");
            }
            if (cashTendered != null && cashTendered.cents() < 0) {
                throw new ValidationException("cashTendered", "Cash tendered cannot be negative");
            }
        } else {
            cardBrand = Text.required("cardBrand", "Card brand", cardBrand, 20);
            cardLast4 = cardLast4 == null ? "" : cardLast4.strip();
            if (!LAST4.matcher(cardLast4).matches()) {
                throw new ValidationException("cardLast4", "Enter only the last four digits of the card");
            }
            if (cashTendered != null) {
                throw new ValidationException("cashTendered", "A card payment has no cash tendered");
            }
        }
    }

    public static Payment cash(Money tendered) {
        return new Payment(PaymentMethod.CASH, null, null, tendered);
    }

    public static Payment card(String brand, String last4) {
        return new Payment(PaymentMethod.CARD, brand, last4, null);
    }
}
