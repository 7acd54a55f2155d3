package org.shoetopia.domain;

/** The catalogue's colours. */
public enum Color implements Coded {
    BLACK("black"),
    GREY("grey"),
    WHITE("white"),
    IVORY("ivory"),
    BEIGE("beige"),
    BROWN("brown"),
    METALLIC("metallic"),
    PURPLE("purple"),
    BLUE("blue"),
    GREEN("green"),
    YELLOW("yellow"),
    ORANGE("orange"),
    PINK("pink"),
    RED("red"),
    BURGUNDY("burgundy"),
    OTHER("other");

    private final String code;

    Color(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Color parse(String text) {
        return Coded.parse(Color.class, "color", "Colour", text);
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<Color> {
        public JpaConverter() {
            super(Color.class);
        }
    }
}
