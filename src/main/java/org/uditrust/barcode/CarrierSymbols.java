package org.uditrust.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;
import org.uditrust.udi.Issuer;

/**
 * Encodes carrier data into a module grid with ZXing: one matrix cell per module, no quiet zone (the label adds
 * its own). GS1 data get FNC1 in first position and FNC1 for every GS; HIBCC and ISBT 128 data are encoded plain,
 * as their standards require.
 */
final class CarrierSymbols {

    /** How ZXing's Code 128 writer is told "FNC1 here". */
    private static final char CODE128_FNC1 = '\u00f1';

    private CarrierSymbols() {
    }

    /** The modules of the symbol; a linear symbol is one row high. */
    static BitMatrix encode(String data, Issuer issuer, Symbology symbology) {
        boolean gs1 = issuer == Issuer.GS1;
        try {
            return switch (symbology) {
                case DATAMATRIX -> dataMatrix(data, gs1);
                case GS1_128 -> code128(data, gs1);
                case QR -> qr(data, gs1);
            };
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot encode this UDI as " + symbology + ": " + e.getMessage(), e);
        }
    }

    /**
     * ZXing's minimal (compact) encoder is tried first (smallest symbol, FNC1 separators), but in 3.5.3 it loses a
     * GS1 separator inside a C40/Text run and ends EDIFACT runs without the unlatch, so a reader appends the
     * padding as text (" U03"; the same fault is described in ppf.datamatrix issue 13). Every symbol is therefore
     * decoded again from its modules; when it does not read back exactly, our plain ASCII encodation is used.
     */
    private static BitMatrix dataMatrix(String data, boolean gs1) {
        String expected = gs1 ? ScannerText.GS + data : data;
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        hints.put(EncodeHintType.DATA_MATRIX_COMPACT, Boolean.TRUE);
        if (gs1) {
            hints.put(EncodeHintType.GS1_FORMAT, Boolean.TRUE);
        }
        try {
            BitMatrix symbol = new DataMatrixWriter().encode(data, BarcodeFormat.DATA_MATRIX, 0, 0, hints);
            if (dataMatrixReadsBack(symbol, expected)) {
                return symbol;
            }
        } catch (RuntimeException | AssertionError e) {
            // With -ea the minimal encoder's own assertion trips on exactly this C40 fault (MinimalEncoder.java:760).
        }
        BitMatrix symbol = AsciiDataMatrix.encode(data, gs1);
        if (!dataMatrixReadsBack(symbol, expected)) {
            throw new IllegalArgumentException("no Data Matrix encoding reads back as the data");
        }
        return symbol;
    }

    static boolean dataMatrixReadsBack(BitMatrix symbol, String expected) {
        return readsBack(() -> new com.google.zxing.datamatrix.decoder.Decoder().decode(symbol.clone()), expected);
    }

    /** Characters of the QR alphanumeric mode (ISO/IEC 18004 table 5). */
    private static final String QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    /**
     * In FNC1 mode a QR alphanumeric segment reads {@code %} as FNC1 and {@code %%} as a percent sign (ISO/IEC
     * 18004 §7.4.8.1), but ZXing's writer picks alphanumeric mode for such data without escaping, so a lot
     * {@code A%B} came back as {@code A<GS>B}. When the writer will choose alphanumeric mode (every character
     * alphanumeric, GS aside) we hand it the escaped form; otherwise it uses byte mode, where GS is 0x1D and
     * {@code %} is itself.
     */
    static String gs1QrContent(String data) {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c != ScannerText.GS && QR_ALPHANUMERIC.indexOf(c) < 0) {
                return data;
            }
        }
        return data.replace("%", "%%").replace(ScannerText.GS, '%');
    }

    private interface SymbolDecode {
        DecoderResult decode() throws ChecksumException, FormatException;
    }

    private static boolean readsBack(SymbolDecode decode, String expected) {
        try {
            return expected.equals(decode.decode().getText());
        } catch (ChecksumException | FormatException | RuntimeException e) {
            return false;
        }
    }

    private static BitMatrix code128(String data, boolean gs1) {
        String content = data;
        if (gs1) {
            content = CODE128_FNC1 + data.replace(ScannerText.GS, CODE128_FNC1);
        } else if (data.indexOf(CODE128_FNC1) >= 0) {
            throw new IllegalArgumentException("the data contains U+00F1, which the Code 128 writer reads as FNC1");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        return new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1, hints);
    }

    private static BitMatrix qr(String data, boolean gs1) throws WriterException {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        // M: labels get scuffed; 15 % recovery is the usual choice for printed packaging.
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (gs1) {
            hints.put(EncodeHintType.GS1_FORMAT, Boolean.TRUE);
        }
        BitMatrix symbol = new QRCodeWriter().encode(gs1 ? gs1QrContent(data) : data, BarcodeFormat.QR_CODE, 0, 0,
                hints);
        // Same safety net as Data Matrix: a symbol that does not read back exactly is never printed. (On a copy:
        // the QR decoder unmasks the matrix in place.)
        if (!readsBack(() -> new com.google.zxing.qrcode.decoder.Decoder().decode(symbol.clone()), data)) {
            throw new IllegalArgumentException("ZXing could not make a QR Code that reads back as the data");
        }
        return symbol;
    }
}
