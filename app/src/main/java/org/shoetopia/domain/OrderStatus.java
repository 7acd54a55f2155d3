package org.shoetopia.domain;

/**
 * Where a shop's part of an order is; it only moves forward. An order the shop ships goes from
 * processing to delivered; a walk-in sale at a till is collected when it is paid, and stays so.
 */
public enum OrderStatus implements Coded {
    PROCESSING("processing"),
    SHIPPED("shipped"),
    OUT_FOR_DELIVERY("out_for_delivery"),
    DELIVERED("delivered"),
    COLLECTED("collected");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status after this one; delivered and collected are the last. The declaration order is the order of the steps. */
    @SuppressWarnings("EnumOrdinal")
    public OrderStatus next() {
        return isLast() ? this : values()[ordinal() + 1];
    }

    public boolean isLast() {
        return this == DELIVERED || this == COLLECTED;
    }

    public static OrderStatus parse(String text) {
        return Coded.parse(OrderStatus.class, "orderStatus", "Order status", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<OrderStatus> {
        public JpaConverter() {
            super(OrderStatus.class);
        }
    }
}
