package org.uditrust.registry;

import java.util.Locale;

/** Fingerprints as users type them: any case, with or without colons; a unique prefix is enough. */
final class Fingerprints {

    /** Shortest prefix accepted (32 bits: unique among the identities of any real inventory, and typeable). */
    static final int MIN_PREFIX = 8;

    private Fingerprints() {
    }

    /** Lower-case hex without separators, or "" when {@code text} is not hex. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (s.length() > 64 || !s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return "";
        }
        return s;
    }
}
