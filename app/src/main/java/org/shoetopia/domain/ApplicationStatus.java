package org.shoetopia.domain;

/** A verification application's state. */
public enum ApplicationStatus implements Coded {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ApplicationStatus parse(String text) {
        return Coded.parse(ApplicationStatus.class, "applicationStatus", "Application status", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<ApplicationStatus> {
        public JpaConverter() {
            super(ApplicationStatus.class);
        }
    }
}
