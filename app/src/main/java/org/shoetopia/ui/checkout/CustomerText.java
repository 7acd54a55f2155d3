package org.shoetopia.ui.checkout;

import java.util.ArrayList;
import java.util.List;
import org.shoetopia.api.CartService.CustomerMatch;

/** One of the shop's customers in one line, as the till's lookup lists them. */
final class CustomerText {
    private CustomerText() {}

    /** "Jane Doe · 555 010 2030 · jane@example.com", with "(account)" when fit and store credit apply. */
    static String of(CustomerMatch match) {
        List<String> parts = new ArrayList<>();
        parts.add(match.name());
        if (match.phone() != null) {
            parts.add(match.phone());
        }
        if (match.email() != null) {
            parts.add(match.email());
        }
        return String.join(" · ", parts) + (match.hasAccount() ? " (account)" : "");
    }
}
