package org.uditrust.app.audit;

/**
 * Indents canonical JSON (one line, as the audit trail stores it) so a reader can compare before and after. A
 * character walk that respects strings; it does not validate, since the trail's JSON was written by our own
 * {@code CanonicalJson}.
 */
final class Json {

    private Json() {
    }

    static String indent(String json) {
        StringBuilder out = new StringBuilder(json.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    boolean empty = i + 1 < json.length() && (json.charAt(i + 1) == '}' || json.charAt(i + 1) == ']');
                    out.append(c);
                    if (empty) {
                        out.append(json.charAt(++i));
                    } else {
                        depth++;
                        newline(out, depth);
                    }
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    newline(out, depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }

    /**
     * The lines of {@code after} that {@code before} lacks, once both are indented: for a status change, the new
     * status and version. Enough to see at a glance what an update did; the full values are shown beside it.
     */
    static String changedLines(String before, String after) {
        java.util.Set<String> old = new java.util.HashSet<>(java.util.Arrays.asList(strip(indent(before))));
        java.util.StringJoiner changed = new java.util.StringJoiner(", ");
        for (String line : strip(indent(after))) {
            if (!old.contains(line) && line.contains(":") && !line.endsWith("{") && !line.endsWith("[")) {
                changed.add(line.replace("\"", ""));
            }
        }
        return changed.toString();
    }

    private static String[] strip(String indented) {
        String[] lines = indented.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            lines[i] = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
        }
        return lines;
    }
}
