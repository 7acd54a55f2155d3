package org.shoetopia.domain;

/** What makes a shoe the same shoe in the shared catalogue: canonical brand, colour and style. */
public record ShoeKey(String brand, Color color, String style) {
    public static final int MAX_BRAND = 60;
    public static final int MAX_STYLE = 80;

    public static ShoeKey of(String brand, String color, String style) {
        Validation checks = new Validation();
        String checkedBrand = checks.check(() -> Text.canonical(Text.required("brand", "Brand", brand, MAX_BRAND)));
        Color checkedColor = checks.check(() -> Color.parse(color));
        String checkedStyle = checks.check(() -> Text.canonical(Text.required("style", "Style", style, MAX_STYLE)));
        checks.done();
        return new ShoeKey(checkedBrand, checkedColor, checkedStyle);
    }
}
