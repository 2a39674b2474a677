package org.uditrust.barcode;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes on a label, in pixels, shared by the PNG and the SVG renderer so both draw the same label.
 *
 * @param modules    the symbol, one cell per module
 * @param linear     true for Code 128 (one row of modules drawn as full-height bars)
 * @param moduleW    width of one module in pixels
 * @param moduleH    height of one module row in pixels (the bar height for a linear symbol)
 * @param symbolX    left edge of the symbol
 * @param symbolY    top edge of the symbol
 * @param lines      the human-readable lines, top first
 * @param fontSize   font size in pixels
 * @param firstBaseline baseline of the first text line
 * @param lineHeight distance between baselines
 * @param width      label width
 * @param height     label height
 */
record LabelLayout(BitMatrix modules, boolean linear, int moduleW, int moduleH, int symbolX, int symbolY,
        List<String> lines, int fontSize, int firstBaseline, int lineHeight, int width, int height) {

    /** Advance of one monospaced character as a fraction of the font size (DejaVu Sans Mono, Courier: 0.6). */
    static final double CHAR_WIDTH_EM = 0.6;

    static LabelLayout of(BitMatrix modules, Symbology symbology, String humanReadable, int modulePixels) {
        boolean linear = symbology == Symbology.GS1_128;
        int moduleW;
        int moduleH;
        int quietModules;
        if (linear) {
            // A Code 128 X-dimension about 3/8 of a 2D module keeps the symbols of one UDI a similar size.
            moduleW = Math.max(1, Math.round(modulePixels * 3 / 8f));
            // Code 128 needs 10 X of quiet zone each side (ISO/IEC 15417); bars at least 50 X tall, a quarter of the
            // width, so a photo taken askew still crosses every bar.
            quietModules = 10;
            moduleH = Math.max(50 * moduleW, modules.getWidth() * moduleW / 4);
        } else {
            moduleW = modulePixels;
            moduleH = modulePixels;
            // QR needs 4 modules of quiet zone, Data Matrix 1; 2 gives a scanner some slack on a crowded label.
            quietModules = symbology == Symbology.QR ? 4 : 2;
        }
        int symbolW = modules.getWidth() * moduleW;
        int symbolH = linear ? moduleH : modules.getHeight() * moduleH;
        int quiet = quietModules * moduleW;
        int margin = Math.max(quiet, modulePixels);

        int fontSize = Math.max(12, Math.round(modulePixels * 1.75f));
        double charW = fontSize * CHAR_WIDTH_EM;
        int usable = Math.max(symbolW + 2 * quiet - 2 * margin, 0);
        int perLine = Math.max(24, (int) Math.floor(usable / charW));
        List<String> lines = wrap(humanReadable, perLine);
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        int textW = (int) Math.ceil(longest * charW);

        int width = Math.max(symbolW + 2 * quiet, textW + 2 * margin);
        int lineHeight = Math.round(fontSize * 1.25f);
        int gap = Math.max(fontSize / 2, modulePixels);
        int symbolX = (width - symbolW) / 2;
        int symbolY = quiet;
        int firstBaseline = symbolY + symbolH + gap + fontSize;
        int height = firstBaseline + (lines.size() - 1) * lineHeight + Math.max(fontSize / 3, 2) + margin;
        if (lines.isEmpty()) {
            height = symbolY + symbolH + quiet;
        }
        return new LabelLayout(modules, linear, moduleW, moduleH, symbolX, symbolY, List.copyOf(lines), fontSize,
                firstBaseline, lineHeight, width, height);
    }

    /**
     * Splits the human-readable text into lines of at most {@code perLine} characters, preferring to break before
     * a GS1 "(AI)" or an ISBT 128 data identifier ({@code =} or {@code &}) so no value is split if it can be
     * helped.
     */
    static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > perLine) {
            int cut = -1;
            for (int i = perLine; i > 0; i--) {
                char c = rest.charAt(i);
                if (c == '(' || c == '=' || c == '&') {
                    cut = i;
                    break;
                }
            }
            if (cut <= 0) {
                cut = perLine;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** Dark runs of row {@code y} as {x, length} pairs, so renderers draw one rectangle per run. */
    List<int[]> runs(int y) {
        List<int[]> runs = new ArrayList<>();
        int w = modules.getWidth();
        int x = 0;
        while (x < w) {
            if (modules.get(x, y)) {
                int start = x;
                while (x < w && modules.get(x, y)) {
                    x++;
                }
                runs.add(new int[] {start, x - start});
            } else {
                x++;
            }
        }
        return runs;
    }

    /** Rows of modules to draw: one for a linear symbol (its bars span the whole height). */
    int rows() {
        return linear ? 1 : modules.getHeight();
    }
}
