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
        address = Text.optional("address", "The address", address, MAX_ADDRESS, true);
        phone = Text.optional("phone", "The phone number", phone, MAX_PHONE, false);
        returnPolicy = Text.optional("returnPolicy", "The return policy", returnPolicy, MAX_RETURN_POLICY, true);
    }
}
