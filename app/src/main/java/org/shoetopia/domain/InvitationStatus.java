package org.shoetopia.domain;

/** Where an invitation to be a shop's cashier stands. */
public enum InvitationStatus implements Coded {
    PENDING("pending"),
    ACCEPTED("accepted"),
    DECLINED("declined"),
    WITHDRAWN("withdrawn"),
    /** Closed because its account became another shop's cashier or opened a shop: it could no longer accept. */
    LAPSED("lapsed");

    private final String code;

    InvitationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<InvitationStatus> {
        public JpaConverter() {
            super(InvitationStatus.class);
        }
    }
}
