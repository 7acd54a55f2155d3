package org.shoetopia.domain;

import java.util.OptionalLong;

/**
 * Barcodes of SKUs. A SKU the manufacturer gave no code gets an EAN-13 of GS1's in-store range
 * (prefix 2, for use inside one company): "2", the listing number in eleven digits, and the check
 * digit. A manufacturer's EAN-13 or EAN-8 is kept as entered once its check digit is right, a UPC-A
 * as its EAN-13 (a leading 0).
 */
public final class Ean13 {
    private static final char IN_STORE_PREFIX = '2';
    private static final long MAX_IN_STORE_NUMBER = 99_999_999_999L;

    private Ean13() {}

    /** The in-store EAN-13 of a listing: 2, its number in eleven digits, the check digit. */
    public static String inStore(long listingId) {
        if (listingId < 1 || listingId > MAX_IN_STORE_NUMBER) {
            throw new IllegalArgumentException("No in-store barcode for listing " + listingId);
        }
        String body = IN_STORE_PREFIX + String.format("%011d", listingId);
        return body + checkDigit(body);
    }

    /** The listing number an in-store EAN-13 carries, or empty for any other code. */
    public static OptionalLong inStoreListingId(String code) {
        if (code == null || code.length() != 13 || code.charAt(0) != IN_STORE_PREFIX || !hasValidCheckDigit(code)) {
            return OptionalLong.empty();
        }
        long listingId = Long.parseLong(code.substring(1, 12));
        return listingId == 0 ? OptionalLong.empty() : OptionalLong.of(listingId);
    }

    /**
     * The GS1 check digit of the digits before it: from the right, weights 3, 1, 3, …; the digit
     * that brings the sum to a multiple of ten. The same rule for EAN-8, UPC-A and EAN-13.
     */
    public static char checkDigit(String digitsBeforeCheck) {
        int sum = 0;
        boolean triple = true;
        for (int i = digitsBeforeCheck.length() - 1; i >= 0; i--) {
            int digit = digitsBeforeCheck.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("Not a digit in " + digitsBeforeCheck);
            }
            sum += triple ? 3 * digit : digit;
            triple = !triple;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public static boolean hasValidCheckDigit(String code) {
        return code.length() > 1
                && code.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1);
    }

    /**
     * A manufacturer's code as typed (spaces and dashes dropped): 8, 12 or 13 digits with the right
     * check digit, and not of the in-store range, which Shoetopia gives out itself; a UPC-A comes
     * back as its EAN-13.
     */
    public static String manufacturerCode(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{8}|\\d{12}|\\d{13}")) {
            throw new ValidationException("barcode", "A barcode has 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13)");
        }
        if (!hasValidCheckDigit(code)) {
            throw new ValidationException(
                    "barcode", "The last digit of " + code + " does not check: was it typed right?");
        }
        if (code.length() == 13 && code.charAt(0) == IN_STORE_PREFIX) {
            throw new ValidationException(
                    "barcode", "Codes starting with 2 are the shop's own; Shoetopia prints those on its labels");
        }
        // One form for one code: a UPC-A is the EAN-13 with a leading 0, as scanners may send it.
        return code.length() == 12 ? "0" + code : code;
    }
}
