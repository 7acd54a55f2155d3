package org.shoetopia.wire;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A certificate's SHA-256 fingerprint as the server prints it and a till shows and pins it
 * ("AB:CD:…"): one definition, so the two can always be compared.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint a certificate", e);
        }
    }

    /** The hex digits alone, upper case, for comparing a typed or pasted fingerprint with a computed one. */
    public static String normalised(String fingerprint) {
        return fingerprint == null
                ? ""
                : fingerprint.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
