package org.uditrust.audit;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes values as canonical JSON (keys sorted, no whitespace) so the same values always give the same text and the
 * same audit hash. Accepts null, String, Boolean, Number, Map with String keys, and Collection; anything else is
 * written as its {@code toString()} in a string (dates, enums).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(128);
        value(out, values);
        return out.toString();
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            // Sorting costs more than the writing: a map whose keys already come in order is written as it is.
            for (Map.Entry<?, ?> e : (inKeyOrder(map) ? map : new TreeMap<>(map)).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                value(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else {
            // Other numbers (BigDecimal, double) as strings too: their text form must not depend on the runtime.
            string(out, v.toString());
        }
    }

    /** True when every key is a String and they iterate in ascending order, as a TreeMap would give them. */
    private static boolean inKeyOrder(Map<?, ?> map) {
        String previous = null;
        for (Object key : map.keySet()) {
            if (!(key instanceof String k) || (previous != null && previous.compareTo(k) >= 0)) {
                return false;
            }
            previous = k;
        }
        return true;
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        if (!needsEscape(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
