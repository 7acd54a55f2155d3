package org.shoetopia.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A gift card's code: 16 characters of Crockford's base 32 (no I, L, O or U, so nothing reads as
 * another), printed in groups of four, 80 random bits from {@link SecureRandom}: too many to guess.
 * The database keeps only its SHA-256 and its last four characters, so a copy of the database
 * spends no card; a fast hash is enough for 80 random bits, unlike a password.
 */
public final class GiftCardCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GiftCardCode() {}

    /** A new random code, "7KQ2-M9XD-…". */
    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as typed or scanned, in the printed form: case, spaces and dashes do not matter, and
     * O, I and L read as 0, 1 and 1 (Crockford's rule), so a misread code still finds its card.
     */
    public static String normalized(String typed) {
        String plain = (typed == null ? "" : typed)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new ValidationException(
                    "giftCardCode", "A gift card code is 16 letters and digits, as printed: XXXX-XXXX-XXXX-XXXX");
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
                + plain.substring(12);
    }

    /** What the database keeps to find the card: the SHA-256 of the normalized code, in hex. */
    public static String hash(String normalizedCode) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalizedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /** The last four characters, which receipts and screens show of a card already sold. */
    public static String last4(String normalizedCode) {
        return normalizedCode.substring(normalizedCode.length() - 4);
    }
}
