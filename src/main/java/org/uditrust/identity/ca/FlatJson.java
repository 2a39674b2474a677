package org.uditrust.identity.ca;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CA directory's files are JSON objects of strings (one per line in the index), written and read here so the
 * core needs no JSON library. Only what this package writes is read: a flat object whose values are strings or
 * {@code null}. Anything else is a damaged file and is reported with its position.
 */
final class FlatJson {

    private FlatJson() {
    }

    /** One line, no trailing newline; null values are written as {@code null}. */
    static String write(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, e.getKey());
            out.append(':');
            if (e.getValue() == null) {
                out.append("null");
            } else {
                quote(out, e.getValue());
            }
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * Reads one object.
     *
     * @throws IllegalArgumentException naming the position and what was expected, when {@code text} is not a flat
     *                                  object of strings
     */
    static Map<String, String> read(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int[] pos = {skip(text, 0)};
        expect(text, pos, '{');
        pos[0] = skip(text, pos[0]);
        if (peek(text, pos[0]) == '}') {
            pos[0]++;
        } else {
            while (true) {
                pos[0] = skip(text, pos[0]);
                String key = string(text, pos);
                pos[0] = skip(text, pos[0]);
                expect(text, pos, ':');
                pos[0] = skip(text, pos[0]);
                String value;
                if (text.startsWith("null", pos[0])) {
                    value = null;
                    pos[0] += 4;
                } else {
                    value = string(text, pos);
                }
                if (fields.containsKey(key)) {
                    throw new IllegalArgumentException("field \"" + key + "\" appears twice (at " + pos[0] + ")");
                }
                fields.put(key, value);
                pos[0] = skip(text, pos[0]);
                char c = peek(text, pos[0]);
                pos[0]++;
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected ',' or '}' at " + (pos[0] - 1));
                }
            }
        }
        if (skip(text, pos[0]) != text.length()) {
            throw new IllegalArgumentException("text after the object at " + pos[0]);
        }
        return fields;
    }

    private static String string(String text, int[] pos) {
        expect(text, pos, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos[0] >= text.length()) {
                throw new IllegalArgumentException("unterminated string");
            }
            char c = text.charAt(pos[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = peek(text, pos[0]);
            pos[0]++;
            if (e == '"' || e == '\\' || e == '/') {
                out.append(e);
            } else if (e == 'u' && pos[0] + 4 <= text.length()) {
                try {
                    out.append((char) Integer.parseInt(text.substring(pos[0], pos[0] + 4), 16));
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("bad \\u escape at " + pos[0]);
                }
                pos[0] += 4;
            } else {
                throw new IllegalArgumentException("bad escape at " + (pos[0] - 1));
            }
        }
    }

    private static void expect(String text, int[] pos, char c) {
        if (peek(text, pos[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos[0]);
        }
        pos[0]++;
    }

    private static char peek(String text, int pos) {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static int skip(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
