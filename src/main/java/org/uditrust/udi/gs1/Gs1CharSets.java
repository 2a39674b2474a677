package org.uditrust.udi.gs1;

/** Membership tests for the GS1 AI encodable character sets (GenSpecs figures 7.11-1 to 7.11-3), by table. */
final class Gs1CharSets {

    private static final boolean[] CSET82 = new boolean[128];
    private static final boolean[] CSET39 = new boolean[128];
    private static final boolean[] CSET64 = new boolean[128];

    static {
        for (char c : "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
                .toCharArray()) {
            CSET82[c] = true;
        }
        for (char c : "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            CSET39[c] = true;
        }
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray()) {
            CSET64[c] = true;
        }
    }

    private Gs1CharSets() {
    }

    static boolean isCset82(char c) {
        return c < 128 && CSET82[c];
    }

    static boolean isCset39(char c) {
        return c < 128 && CSET39[c];
    }

    /** First index in {@code s[from,to)} that breaks base64url with up to two {@code =} pads at the end, or -1. */
    static int firstBadCset64(CharSequence s, int from, int to) {
        int pads = 0;
        while (pads < to - from && s.charAt(to - 1 - pads) == '=') {
            pads++;
        }
        int end = to - pads;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !CSET64[c]) {
                return i;
            }
        }
        if (pads > 2 || (pads > 0 && (to - from) % 3 != 0)) {
            return end;
        }
        return -1;
    }
}
