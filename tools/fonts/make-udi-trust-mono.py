#!/usr/bin/python3
"""Builds "UDI Trust Mono": DejaVu Sans Mono with a glyph for U+241D (SYMBOL FOR GROUP SEPARATOR), subset to what
labels and the Scan view need.

Why: the Scan view shows the invisible GS (ASCII 29) as U+241D, but few fonts draw it (none of the fonts on a common
Linux desktop; DejaVu does not), so it came out as an empty box. The glyph is drawn the way Unicode's Control
Pictures chart draws it: a small "G" over a small "S", on a diagonal, built from the font's own G and S as
composite components.

The Bitstream Vera licence of DejaVu allows modified versions under another name (it may not contain "Bitstream"
or "Vera"), hence the new family name. Needs python3-fonttools (Debian) and fonts-dejavu-core.

Usage: /usr/bin/python3 tools/fonts/make-udi-trust-mono.py src/main/resources/org/uditrust/app/fonts
"""
import sys
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

SOURCES = {
    "Regular": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
}
FAMILY = "UDI Trust Mono"
GS_SYMBOL = 0x241D
# Basic Latin, Latin-1, general punctuation (dashes, ellipsis), arrows, the control pictures we draw.
KEEP = list(range(0x20, 0x7F)) + list(range(0xA0, 0x100)) + list(range(0x2010, 0x2027)) + [0x2190, 0x2192,
                                                                                        GS_SYMBOL]


def add_gs_symbol(font):
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    cmap = font.getBestCmap()
    g_name, s_name = cmap[ord("G")], cmap[ord("S")]
    advance = hmtx[g_name][0]
    upm = font["head"].unitsPerEm
    scale = 0.64
    pen = TTGlyphPen(glyf)
    # G in the upper left, S in the lower right, overlapping a little as in the Unicode chart.
    pen.addComponent(g_name, (scale, 0, 0, scale, -0.06 * advance, 0.34 * upm))
    pen.addComponent(s_name, (scale, 0, 0, scale, 0.40 * advance, -0.04 * upm))
    glyph = pen.glyph()
    name = "uni241D"
    glyf[name] = glyph
    glyph.recalcBounds(glyf)
    hmtx[name] = (advance, glyph.xMin)
    order = font.getGlyphOrder()
    if name not in order:
        font.setGlyphOrder(order + [name])
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[GS_SYMBOL] = name


def rename(font, style):
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    ps = f"UDITrustMono-{style}"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 3:
            record.string = f"{ps};derived from DejaVu Sans Mono"
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = ps


def main(out_dir):
    for style, path in SOURCES.items():
        font = TTFont(path)
        add_gs_symbol(font)
        rename(font, style)
        options = Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.hinting = False
        options.notdef_outline = True
        subsetter = Subsetter(options)
        subsetter.populate(unicodes=KEEP)
        subsetter.subset(font)
        font.save(f"{out_dir}/UDITrustMono-{style}.ttf")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
