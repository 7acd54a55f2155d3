package org.shoetopia.domain;

/** Where a shop's part of an order is; it only moves forward. */
public enum OrderStatus implements Coded {
    PROCESSING("processing"),
    SHIPPED("shipped"),
    OUT_FOR_DELIVERY("out_for_delivery"),
    DELIVERED("delivered");

    private final String code;

    OrderStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status after this one; delivered is the last. The declaration order is the order of the steps. */
    @SuppressWarnings("EnumOrdinal")
    public OrderStatus next() {
        OrderStatus[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : this;
    }

    public boolean isLast() {
        return this == DELIVERED;
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
