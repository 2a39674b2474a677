package org.uditrust.barcode;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a {@link LabelLayout} with Java2D; works headless (no display needed). */
final class PngLabelRenderer {

    /** Logical fonts always exist in a JRE; the next is tried only if the platform cannot render the first. */
    private static final String[] FONTS = {Font.MONOSPACED, Font.SANS_SERIF, Font.DIALOG};

    private PngLabelRenderer() {
    }

    static BufferedImage image(LabelLayout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(Color.BLACK);
            // Modules stay crisp: no antialiasing on the symbol, it would grey the module edges.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            int barHeight = layout.moduleH();
            for (int y = 0; y < layout.rows(); y++) {
                for (int[] run : layout.runs(y)) {
                    g.fillRect(layout.symbolX() + run[0] * layout.moduleW(), layout.symbolY() + y * layout.moduleH(),
                            run[1] * layout.moduleW(), barHeight);
                }
            }
            drawText(g, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] png(LabelLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(layout), "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG writer.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawText(Graphics2D g, LabelLayout layout) {
        if (layout.lines().isEmpty()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        RuntimeException lastFailure = null;
        for (String family : FONTS) {
            try {
                Font font = new Font(family, Font.PLAIN, layout.fontSize());
                g.setFont(font);
                FontMetrics metrics = g.getFontMetrics();
                int baseline = layout.firstBaseline();
                for (String line : layout.lines()) {
                    int x = (layout.width() - metrics.stringWidth(line)) / 2;
                    g.drawString(line, Math.max(0, x), baseline);
                    baseline += layout.lineHeight();
                }
                return;
            } catch (RuntimeException | InternalError e) {
                // A JRE without fontconfig fonts fails here; try the next logical font.
                lastFailure = e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
        // A label without its human-readable line is not a compliant label: better no label than a wrong one.
        throw new IllegalStateException("No font is available to draw the human-readable line.", lastFailure);
    }
}
