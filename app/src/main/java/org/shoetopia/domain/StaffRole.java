package org.shoetopia.domain;

/** What a member of a shop's staff may do: sell (cashier), or also what needs a manager. */
public enum StaffRole implements Coded {
    CASHIER("cashier"),
    MANAGER("manager");

    private final String code;

    StaffRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<StaffRole> {
        public JpaConverter() {
            super(StaffRole.class);
        }
    }
}
