package org.shoetopia.domain;

import java.util.regex.Pattern;

/**
 * One way a customer pays part of a sale: cash, a card (brand and last four digits only: there is no
 * field that could hold a full card number or security code), a gift card (its code), or the
 * customer's store credit at the shop. {@code amount} null: whatever is still due. Cash may be more
 * than is due (the change comes back from it); no other tender may.
 */
public record Tender(PaymentMethod method, Money amount, String cardBrand, String cardLast4, String giftCardCode) {
    private static final Pattern LAST4 = Pattern.compile("\\d{4}");

    /** Every tender keeps the rules, however it was made (a factory here, or JSON from a till). */
    public Tender {
        if (method == null) {
            throw new ValidationException("paymentMethod", "Choose how the customer pays");
        }
        if (amount != null && amount.cents() < 0) {
            throw new ValidationException(
                    method == PaymentMethod.CASH ? "cashTendered" : "tenderAmount",
                    method.label() + " cannot be a negative amount");
        }
        if (method == PaymentMethod.CARD) {
            cardBrand = Text.required("cardBrand", "Card brand", cardBrand, 20);
            cardLast4 = cardLast4 == null ? "" : cardLast4.strip();
            if (!LAST4.matcher(cardLast4).matches()) {
                throw new ValidationException("cardLast4", "Enter only the last four digits of the card");
            }
        } else if (cardBrand != null || cardLast4 != null) {
            throw new ValidationException("paymentMethod", method.label() + " has no card");
        }
        if (method == PaymentMethod.GIFT_CARD) {
            giftCardCode = GiftCardCode.normalized(giftCardCode);
        } else if (giftCardCode != null) {
            throw new ValidationException("giftCardCode", method.label() + " has no gift card code");
        }
    }

    public static Tender cash(Money tendered) {
        return new Tender(PaymentMethod.CASH, tendered, null, null, null);
    }

    public static Tender card(Money amount, String brand, String last4) {
        return new Tender(PaymentMethod.CARD, amount, brand, last4, null);
    }

    public static Tender giftCard(Money amount, String code) {
        return new Tender(PaymentMethod.GIFT_CARD, amount, null, null, code);
    }

    public static Tender storeCredit(Money amount) {
        return new Tender(PaymentMethod.STORE_CREDIT, amount, null, null, null);
    }

    /** What an exchange's returned lines pay toward its new sale; never a tender a till enters. */
    public static Tender exchange(Money amount) {
        return new Tender(PaymentMethod.EXCHANGE, amount, null, null, null);
    }

    /** Whether it pays what is still due, whatever that is. */
    public boolean paysTheRest() {
        return amount == null;
    }

    /** Gift cards and store credit: money the shop already holds for the customer. */
    public boolean isStoredValue() {
        return method == PaymentMethod.GIFT_CARD || method == PaymentMethod.STORE_CREDIT;
    }
}
