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
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
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

    private static void string(StringBuilder out, String s) {
        out.append('"');
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
}
