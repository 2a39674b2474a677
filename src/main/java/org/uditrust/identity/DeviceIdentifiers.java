package org.uditrust.identity;

import java.util.Locale;

/**
 * UDI-DIs in the one form they are compared in. A GTIN may be written with 8, 12, 13 or 14 digits (a certificate's
 * Digital Link may zero-suppress it, a label always carries 14); GS1 pads it with leading zeros to GTIN-14
 * (GenSpecs 3.3.2), so two DIs are the same model exactly when their GTIN-14s are equal. Other DIs (HIBCC LIC +
 * product, ISBT 128 PPIC) compare upper-cased, as their character sets are upper-case.
 */
public final class DeviceIdentifiers {

    private DeviceIdentifiers() {
    }

    /** {@code di} as GTIN-14 when it is a GTIN, else trimmed and upper-cased. */
    public static String normalize(String di) {
        String s = di.strip();
        if (isDigits(s) && (s.length() == 8 || s.length() == 12 || s.length() == 13 || s.length() == 14)) {
            return "0".repeat(14 - s.length()) + s;
        }
        return s.toUpperCase(Locale.ROOT);
    }

    /** True when both name the same model. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** GS1 mod-10 check digit of {@code digits} (all of them are data, the check digit is not among them). */
    static int gs1CheckDigit(String digits) {
        int sum = 0;
        boolean three = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }
}
