package org.shoetopia.domain;

/** A shop's verification, as the shop sees it. */
public enum VerificationStatus implements Coded {
    UNVERIFIED("unverified"),
    PENDING("pending"),
    VERIFIED("verified"),
    REJECTED("rejected");

    private final String code;

    VerificationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static VerificationStatus parse(String text) {
        return Coded.parse(VerificationStatus.class, "verificationStatus", "Verification status", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<VerificationStatus> {
        public JpaConverter() {
            super(VerificationStatus.class);
        }
    }
}
