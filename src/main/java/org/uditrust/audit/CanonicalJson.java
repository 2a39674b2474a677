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

    /**
     * A JSON object written straight into text, for records written a million times (a bulk import's audit
     * entries), where building a map first costs more than the writing. Keys must come in ascending order, so the
     * text is the same as {@link #write} gives for the same values; a key out of order throws.
     */
    public static ObjectWriter object() {
        return new ObjectWriter(new StringBuilder(512));
    }

    /** See {@link #object()}; one writer per object, nested objects through {@link #beginObject}. */
    public static final class ObjectWriter {

        private final StringBuilder out;
        /** The last key of each open object, innermost last; null before an object's first key. */
        private final String[] lastKeys = new String[8];
        private int depth;

        private ObjectWriter(StringBuilder out) {
            this.out = out;
            out.append('{');
        }

        private void key(String key) {
            String last = lastKeys[depth];
            if (last != null) {
                if (last.compareTo(key) >= 0) {
                    throw new IllegalStateException("key \"" + key + "\" after \"" + last
                            + "\": canonical JSON needs ascending keys");
                }
                out.append(',');
            }
            lastKeys[depth] = key;
            string(out, key);
            out.append(':');
        }

        /** A string member; null is written as JSON null. */
        public ObjectWriter put(String key, String value) {
            key(key);
            if (value == null) {
                out.append("null");
            } else {
                string(out, value);
            }
            return this;
        }

        public ObjectWriter put(String key, long value) {
            key(key);
            out.append(value);
            return this;
        }

        /** A member holding an array of flat string-valued objects, each given as alternating keys and values. */
        public ObjectWriter putObjects(String key, java.util.List<String[]> objects) {
            key(key);
            out.append('[');
            for (int i = 0; i < objects.size(); i++) {
                out.append(i == 0 ? "" : ",");
                ObjectWriter item = new ObjectWriter(out);
                String[] pairs = objects.get(i);
                for (int k = 0; k < pairs.length; k += 2) {
                    item.put(pairs[k], pairs[k + 1]);
                }
                item.end();
            }
            out.append(']');
            return this;
        }

        /** Opens an object member; its keys restart, and {@link #endObject()} closes it. */
        public ObjectWriter beginObject(String key) {
            key(key);
            if (depth + 1 == lastKeys.length) {
                throw new IllegalStateException("objects nested deeper than " + (lastKeys.length - 1));
            }
            lastKeys[++depth] = null;
            out.append('{');
            return this;
        }

        public ObjectWriter endObject() {
            if (depth == 0) {
                throw new IllegalStateException("no object is open");
            }
            depth--;
            out.append('}');
            return this;
        }

        private void end() {
            out.append('}');
        }

        /** Closes the object and returns its text. */
        public String toJson() {
            if (depth != 0) {
                throw new IllegalStateException(depth + " nested object(s) still open");
            }
            end();
            return out.toString();
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
