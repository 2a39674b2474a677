package org.uditrust.barcode;

/**
 * Writes a {@link LabelLayout} as SVG: one {@code <rect>} per run of dark modules in a row (a Code 128 bar is one
 * rectangle), and the human-readable lines as {@code <text>}, so the file stays small and prints sharply at any
 * size.
 */
final class SvgLabelRenderer {

    private SvgLabelRenderer() {
    }

    static String svg(LabelLayout layout) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width())
                .append(' ').append(layout.height()).append("\" shape-rendering=\"crispEdges\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<g fill=\"#000000\">\n");
        for (int y = 0; y < layout.rows(); y++) {
            for (int[] run : layout.runs(y)) {
                out.append("<rect x=\"").append(layout.symbolX() + run[0] * layout.moduleW())
                        .append("\" y=\"").append(layout.symbolY() + y * layout.moduleH())
                        .append("\" width=\"").append(run[1] * layout.moduleW())
                        .append("\" height=\"").append(layout.moduleH()).append("\"/>\n");
            }
        }
        out.append("</g>\n");
        int baseline = layout.firstBaseline();
        for (String line : layout.lines()) {
            out.append("<text x=\"").append(layout.width() / 2).append("\" y=\"").append(baseline)
                    .append("\" font-family=\"'DejaVu Sans Mono', 'Courier New', monospace\" font-size=\"")
                    .append(layout.fontSize()).append("\" text-anchor=\"middle\" xml:space=\"preserve\">")
                    .append(escape(line)).append("</text>\n");
            baseline += layout.lineHeight();
        }
        out.append("</svg>\n");
        return out.toString();
    }

    /** XML-escapes text; control characters, which XML 1.0 forbids, become U+FFFD so the file still parses. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
