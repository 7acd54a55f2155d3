package org.shoetopia.domain;

/**
 * A catalogue shoe as screens and receipts show it: brand and style as its first lister typed them,
 * tidied but with their case kept. Its {@link ShoeKey} (lower-case) is what makes it the same shoe.
 */
public record ShownShoe(String brand, Color color, String style) {
    /** Brand and style as typed, tidied; {@code key} is theirs, already checked. */
    public static ShownShoe typed(ShoeKey key, String brand, String style) {
        return new ShownShoe(Text.tidy(brand), key.color(), Text.tidy(style));
    }
}
