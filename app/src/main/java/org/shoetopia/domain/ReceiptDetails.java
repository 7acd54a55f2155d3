package org.shoetopia.domain;

/**
 * What a shop's receipts print under its name: its address and phone, and, at the foot, its return
 * policy. Each is optional (blank: not printed); the address may take several lines.
 */
public record ReceiptDetails(String address, String phone, String returnPolicy) {
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_PHONE = 40;
    public static final int MAX_RETURN_POLICY = 300;
    public static final ReceiptDetails NONE = new ReceiptDetails(null, null, null);

    public ReceiptDetails {
        address = optional("address", "The address", address, MAX_ADDRESS, true);
        phone = optional("phone", "The phone number", phone, MAX_PHONE, false);
        returnPolicy = optional("returnPolicy", "The return policy", returnPolicy, MAX_RETURN_POLICY, true);
    }

    private static String optional(String field, String label, String text, int max, boolean severalLines) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String tidy = severalLines
                ? String.join(
                        "\n",
                        text.strip()
                                .lines()
                                .map(Text::tidy)
                                .filter(line -> !line.isEmpty())
                                .toList())
                : Text.tidy(text);
        if (tidy.length() > max) {
            throw new ValidationException(field, label + " is too long (at most " + max + " characters)");
        }
        String oneLine = tidy.replace('\n', ' ');
        if (oneLine.codePoints().anyMatch(Character::isISOControl) || !Text.isWellFormed(oneLine)) {
            throw new ValidationException(field, label + " has characters a receipt cannot print");
        }
        return tidy;
    }
}
