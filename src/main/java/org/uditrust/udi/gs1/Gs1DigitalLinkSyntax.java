package org.uditrust.udi.gs1;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the GS1 Digital Link parser and writer share: the URI character classes, percent-encoding, the deprecated
 * convenience alphas and the key-qualifier rules ({@code dlpkey=} of the GS1 Barcode Syntax Dictionary).
 */
final class Gs1DigitalLinkSyntax {

    /**
     * The GS1 Digital Link 1.1 "convenience alphas" ({@code /gtin/}, {@code /lot/}, {@code /ser/}, …), deprecated since
     * URI Syntax 1.2. Same map as the GS1 Syntax Engine's {@code alpha_ai_map} (src/c-lib/dl.c). Only used to name
     * the right AI in the error message.
     */
    static final Map<String, String> CONVENIENCE_ALPHAS = Map.ofEntries(
            Map.entry("cpid", "8010"), Map.entry("cpsn", "8011"), Map.entry("cpv", "22"), Map.entry("gcn", "255"),
            Map.entry("gdti", "253"), Map.entry("giai", "8004"), Map.entry("ginc", "401"), Map.entry("gln", "414"),
            Map.entry("glnx", "254"), Map.entry("gmn", "8013"), Map.entry("grai", "8003"), Map.entry("gsin", "402"),
            Map.entry("gsrn", "8018"), Map.entry("gsrnp", "8017"), Map.entry("gtin", "01"), Map.entry("itip", "8006"),
            Map.entry("lot", "10"), Map.entry("party", "417"), Map.entry("refno", "8020"), Map.entry("ser", "21"),
            Map.entry("srin", "8019"), Map.entry("sscc", "00"));

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Gs1DigitalLinkSyntax() {
    }

    /** RFC 3986 unreserved characters: the only ones a Digital Link value is written with unescaped. */
    static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Characters that may appear in a URI at all (RFC 3986 unreserved, reserved and {@code %}). */
    static boolean isUriCharacter(char c) {
        return isUnreserved(c) || ":/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    }

    /** Characters a host name must not contain (the GS1 Syntax Engine's {@code isBadDomainChar}). */
    static boolean isBadHostCharacter(char c) {
        return "_~?#@!$&'()*+,;=%".indexOf(c) >= 0;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** True when {@code s[i]} is {@code %} followed by two hex digits. */
    static boolean isPercentEscape(CharSequence s, int i, int end) {
        return i + 2 < end && s.charAt(i) == '%' && hexValue(s.charAt(i + 1)) >= 0
                && hexValue(s.charAt(i + 2)) >= 0;
    }

    /**
     * Percent-encodes a value for a path segment or a query value: every character but the unreserved ones is
     * escaped, as the GS1 Syntax Engine's {@code URIescape} does (so {@code / ? # & = % +} can never be misread).
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isUnreserved(c)) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
        return out.toString();
    }

    /**
     * A percent-decoded piece of the input.
     *
     * @param text     the decoded characters
     * @param rawIndex for each decoded character, the index in the encoded source where it came from; one extra
     *                 entry at the end gives the source end
     */
    record Decoded(String text, int[] rawIndex) {
    }

    /**
     * Decodes {@code s[from, to)}. A {@code %} not followed by two hex digits is kept as it is (the caller reports
     * it); in a query component {@code +} means a space (HTML form encoding, as the GS1 Syntax Engine reads it).
     * Escaped bytes of 0x80 and above are read as UTF-8; malformed UTF-8 becomes U+FFFD, which no AI allows.
     */
    static Decoded decode(String s, int from, int to, boolean query) {
        StringBuilder out = new StringBuilder(to - from);
        List<Integer> index = new ArrayList<>(to - from + 1);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isPercentEscape(s, i, to)) {
                int b = hexValue(s.charAt(i + 1)) * 16 + hexValue(s.charAt(i + 2));
                if (b < 0x80) {
                    out.append((char) b);
                    index.add(i);
                    i += 3;
                    continue;
                }
                // A run of escaped non-ASCII bytes: one UTF-8 sequence (or several).
                int start = i;
                ByteBuffer bytes = ByteBuffer.allocate((to - i) / 3 + 1);
                while (isPercentEscape(s, i, to) && hexValue(s.charAt(i + 1)) >= 8) {
                    bytes.put((byte) (hexValue(s.charAt(i + 1)) * 16 + hexValue(s.charAt(i + 2))));
                    i += 3;
                }
                bytes.flip();
                String text = utf8(bytes);
                for (int k = 0; k < text.length(); k++) {
                    out.append(text.charAt(k));
                    index.add(start);
                }
                continue;
            }
            out.append(query && c == '+' ? ' ' : c);
            index.add(i);
            i++;
        }
        index.add(to);
        int[] map = new int[index.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = index.get(k);
        }
        return new Decoded(out.toString(), map);
    }

    private static String utf8(ByteBuffer bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            // Cannot happen with REPLACE; keep the parser total anyway.
            return "\uFFFD";
        }
    }

    /**
     * True when {@code qualifiers} (the path AIs after the primary key, in order) follow one of the key's allowed
     * sequences: a subsequence of one alternative, in its order ({@code dlpkey=22,10,21|235}).
     */
    static boolean isValidQualifierSequence(Gs1Ai key, List<String> qualifiers) {
        if (qualifiers.isEmpty()) {
            return true;
        }
        for (List<String> alternative : key.dlQualifiers()) {
            if (isOrderedSubsequence(qualifiers, alternative)) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrderedSubsequence(List<String> sub, List<String> sequence) {
        int j = 0;
        for (String s : sub) {
            while (j < sequence.size() && !sequence.get(j).equals(s)) {
                j++;
            }
            if (j == sequence.size()) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** Human form of a key's qualifier rules, e.g. {@code (22), (10), (21) in this order, or (235)}. */
    static String describeQualifiers(Gs1Ai key) {
        if (key.dlQualifiers().isEmpty()) {
            return "(" + key.ai() + ") takes no key qualifiers in the path";
        }
        StringBuilder out = new StringBuilder("(" + key.ai() + ") may be followed in the path by ");
        List<List<String>> alternatives = key.dlQualifiers();
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) {
                out.append(", or ");
            }
            List<String> alt = alternatives.get(i);
            for (int j = 0; j < alt.size(); j++) {
                if (j > 0) {
                    out.append(", ");
                }
                out.append('(').append(alt.get(j)).append(')');
            }
            if (alt.size() > 1) {
                out.append(" in this order");
            }
        }
        return out.toString();
    }
}
