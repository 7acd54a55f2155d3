package org.shoetopia.domain;

/**
 * How wide a shoe is made. The letters differ by scale (a women's medium is a B, a men's medium a
 * D), so the stored code is the width itself and the letter is shown beside it.
 */
public enum Width implements Coded {
    NARROW("narrow", "B", "2A", "N"),
    MEDIUM("medium", "D", "B", "M"),
    WIDE("wide", "2E", "D", "W"),
    EXTRA_WIDE("extra_wide", "4E", "2E", "XW");

    private final String code;
    private final String mensLetter;
    private final String womensLetter;
    private final String youthLetter;

    Width(String code, String mensLetter, String womensLetter, String youthLetter) {
        this.code = code;
        this.mensLetter = mensLetter;
        this.womensLetter = womensLetter;
        this.youthLetter = youthLetter;
    }

    @Override
    public String code() {
        return code;
    }

    /** The width's letter on the scale a shoe of this gender is sized on: "2E" for a men's wide. */
    public String letter(Gender gender) {
        return switch (gender) {
            case MEN, UNISEX -> mensLetter;
            case WOMEN -> womensLetter;
            case YOUTH -> youthLetter;
        };
    }

    /** "wide (2E)". */
    public String label(Gender gender) {
        return code.replace('_', ' ') + " (" + letter(gender) + ")";
    }

    /** A width by its code ("wide", "extra wide") or, for a shoe of this gender, its letter ("2E"). */
    public static Width parse(String text, Gender gender) {
        String typed = text == null ? "" : text.strip();
        for (Width width : values()) {
            if (width.letter(gender).equalsIgnoreCase(typed)) {
                return width;
            }
        }
        return Coded.parse(Width.class, "width", "Width", typed);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<Width> {
        public JpaConverter() {
            super(Width.class);
        }
    }
}
