package org.uditrust.barcode;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.encoder.DefaultPlacement;
import com.google.zxing.datamatrix.encoder.ErrorCorrection;
import com.google.zxing.datamatrix.encoder.SymbolInfo;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;

/**
 * A Data Matrix (ECC 200) encoded in ASCII encodation only, with FNC1 as codeword 232 (ISO/IEC 16022 §5.2.3,
 * §5.6 and annex F for the 253-state pad randomisation); ZXing does the Reed-Solomon and module placement.
 *
 * <p>Why: ZXing 3.5.3's minimal encoder, the only ZXing encoder that writes FNC1 separators, loses the separator
 * when it sits inside a C40/Text run (for example {@code 10INUL1Y<GS>215-5MD} reads back without the GS) and ends
 * EDIFACT runs without the unlatch; our property tests hit this for about half of all upper-case lots. ASCII
 * encodation packs digit pairs into one codeword, and GS1 UDI data are mostly digits, so the symbol is rarely
 * larger; it is simple enough to be obviously right, and every symbol is still decoded back before use.
 */
final class AsciiDataMatrix {

    private static final char FNC1 = 232;
    private static final char PAD = 129;
    private static final char UPPER_SHIFT = 235;

    private AsciiDataMatrix() {
    }

    /** @param gs1 FNC1 first and each GS as FNC1; otherwise every character is data */
    static BitMatrix encode(String data, boolean gs1) {
        StringBuilder cw = new StringBuilder(data.length() + 8);
        if (gs1) {
            cw.append(FNC1);
        }
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (isDigit(c) && i + 1 < data.length() && isDigit(data.charAt(i + 1))) {
                cw.append((char) (130 + (c - '0') * 10 + (data.charAt(i + 1) - '0')));
                i++;
            } else if (gs1 && c == ScannerText.GS) {
                cw.append(FNC1);
            } else if (c < 128) {
                cw.append((char) (c + 1));
            } else if (c < 256) {
                cw.append(UPPER_SHIFT).append((char) (c - 128 + 1));
            } else {
                throw new IllegalArgumentException("character U+" + Integer.toHexString(c)
                        + " cannot be carried by Data Matrix without ECI");
            }
        }
        SymbolInfo info = SymbolInfo.lookup(cw.length(), SymbolShapeHint.FORCE_SQUARE, null, null, true);
        int capacity = info.getDataCapacity();
        if (cw.length() < capacity) {
            cw.append(PAD);
        }
        while (cw.length() < capacity) {
            cw.append(randomize253(cw.length() + 1));
        }
        String full = ErrorCorrection.encodeECC200(cw.toString(), info);
        DefaultPlacement placement = new DefaultPlacement(full, info.getSymbolDataWidth(),
                info.getSymbolDataHeight());
        placement.place();
        return modules(placement, info);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ISO/IEC 16022 annex B.1.1: pad codewords after the first are randomised by their position (1-based). */
    private static char randomize253(int position) {
        int pseudoRandom = ((149 * position) % 253) + 1;
        int value = PAD + pseudoRandom;
        return (char) (value <= 254 ? value : value - 254);
    }

    /** Data regions with their finder (solid L) and clock (alternating) edges, as ZXing's writer lays them out. */
    private static BitMatrix modules(DefaultPlacement placement, SymbolInfo info) {
        BitMatrix matrix = new BitMatrix(info.getSymbolWidth(), info.getSymbolHeight());
        int dataWidth = info.getSymbolDataWidth();
        int dataHeight = info.getSymbolDataHeight();
        int my = 0;
        for (int y = 0; y < dataHeight; y++) {
            if (y % info.matrixHeight == 0) {
                for (int x = 0; x < info.getSymbolWidth(); x++) {
                    set(matrix, x, my, x % 2 == 0);
                }
                my++;
            }
            int mx = 0;
            for (int x = 0; x < dataWidth; x++) {
                if (x % info.matrixWidth == 0) {
                    set(matrix, mx++, my, true);
                }
                set(matrix, mx++, my, placement.getBit(x, y));
                if (x % info.matrixWidth == info.matrixWidth - 1) {
                    set(matrix, mx++, my, y % 2 == 0);
                }
            }
            my++;
            if (y % info.matrixHeight == info.matrixHeight - 1) {
                for (int x = 0; x < info.getSymbolWidth(); x++) {
                    set(matrix, x, my, true);
                }
                my++;
            }
        }
        return matrix;
    }

    private static void set(BitMatrix matrix, int x, int y, boolean dark) {
        if (dark) {
            matrix.set(x, y);
        }
    }
}
