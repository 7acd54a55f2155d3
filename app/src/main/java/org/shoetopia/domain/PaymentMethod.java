package org.shoetopia.domain;

/** How a checkout was paid. */
public enum PaymentMethod implements Coded {
    CASH("cash"),
    CARD("card");

    private final String code;

    PaymentMethod(String code) {
        this.code = code;
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
