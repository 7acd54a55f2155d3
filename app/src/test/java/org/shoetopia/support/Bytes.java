package org.shoetopia.support;

/** Searching raw bytes: what a proxy sees on the wire, what a heap dump holds. */
public final class Bytes {
    private Bytes() {}

    /** Whether {@code needle} stands anywhere in the first {@code length} bytes of {@code haystack}. */
    public static boolean contains(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
