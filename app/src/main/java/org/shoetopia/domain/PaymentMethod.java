package org.shoetopia.domain;

/** How one tender of a checkout was paid. Only cash gives change. */
public enum PaymentMethod implements Coded {
    CASH("cash", "Cash"),
    CARD("card", "Card"),
    GIFT_CARD("gift_card", "Gift card"),
    STORE_CREDIT("store_credit", "Store credit"),
    /** What an exchange's returned shoes pay toward its new sale: made only by the exchange itself. */
    EXCHANGE("exchange", "Exchange");

    private final String code;
    private final String label;

    PaymentMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** "Gift card": as receipts and screens name it. */
    public String label() {
        return label;
    }

    @Override
    public String code() {
        return code;
    }

    public static PaymentMethod parse(String text) {
        return Coded.parse(PaymentMethod.class, "paymentMethod", "Payment method", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<PaymentMethod> {
        public JpaConverter() {
            super(PaymentMethod.class);
        }
    }
}
