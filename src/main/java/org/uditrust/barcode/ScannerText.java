package org.uditrust.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

/**
 * Turns a ZXing result into what a scanner in AIM mode would type: the symbology identifier, then the data with
 * every FNC1 after the first as GS.
 *
 * <p>ZXing marks the leading FNC1 differently per symbology (checked against ZXing 3.5.3 sources and tests):
 * Data Matrix puts a GS in the text for it; Code 128 with {@code ASSUME_GS1} puts the literal {@code ]C1} in the
 * text; QR puts nothing. In every case the identifier in {@link ResultMetadataType#SYMBOLOGY_IDENTIFIER} is the
 * truth, so the leading marker is removed only when that identifier says FNC1 came first.
 */
final class ScannerText {

    static final char GS = '\u001d';

    private ScannerText() {
    }

    static String of(Result result) {
        String aim = aimIdentifier(result);
        String text = result.getText() == null ? "" : result.getText();
        if (result.getBarcodeFormat() == BarcodeFormat.CODE_128) {
            int check = code128CheckCodeword(result.getRawBytes());
            // ZXing 3.5.3 runs the Code 128 check codeword through its decoding switch as if it were data. A check
            // value of 97 (FNC2 in sets A/B) turns the identifier into ]C4; a check value of 102 (FNC1) appends a
            // GS to the text. Both seen in our property tests, e.g. lots "LOTQ" and "LOT1L" in GS1-128.
            if (check == 97 && aim.equals("]C4")) {
                aim = text.startsWith("]C1") ? "]C1" : code128FnC1Second(result.getRawBytes()) ? "]C2" : "]C0";
            }
            if (check == 102 && text.endsWith(String.valueOf(GS))) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return aim + data(aim, text);
    }

    /** The check codeword: the one before STOP (106) in ZXing's raw Code 128 codes, or -1. */
    private static int code128CheckCodeword(byte[] raw) {
        if (raw == null || raw.length < 3 || (raw[raw.length - 1] & 0xff) != 106) {
            return -1;
        }
        return raw[raw.length - 2] & 0xff;
    }

    private static boolean code128FnC1Second(byte[] raw) {
        return raw != null && raw.length > 3 && (raw[2] & 0xff) == 102;
    }

    static String aimIdentifier(Result result) {
        Object id = result.getResultMetadata() == null ? null
                : result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        if (id instanceof String s && s.length() == 3 && s.charAt(0) == ']') {
            return s;
        }
        // Fallback when a reader gave no identifier: the "no FNC1" modifier of each symbology.
        return switch (result.getBarcodeFormat()) {
            case DATA_MATRIX -> "]d1";
            case CODE_128 -> "]C0";
            case QR_CODE -> "]Q1";
            case CODE_39 -> "]A0";
            default -> "]X0";
        };
    }

    static String data(String aim, String text) {
        switch (aim) {
            case "]d2":
                // Data Matrix: one GS stands for the FNC1 in first position; a second GS would be real data.
                return text.startsWith(String.valueOf(GS)) ? text.substring(1) : text;
            case "]C1":
                // Code 128 with ASSUME_GS1 writes the identifier itself into the text for the leading FNC1.
                return text.startsWith("]C1") ? text.substring(3) : text;
            case "]C2":
                // FNC1 in second position: the application indicator stays, the FNC1 after it is not transmitted.
                return text.length() >= 2 && text.charAt(1) == GS ? text.charAt(0) + text.substring(2) : text;
            default:
                return text;
        }
    }

    /** Human name for display, "GS1-128" rather than "Code 128" when the symbol carried FNC1 first. */
    static String symbologyName(BarcodeFormat format, String aim) {
        boolean gs1 = aim.equals("]d2") || aim.equals("]C1") || aim.equals("]Q3");
        return switch (format) {
            case DATA_MATRIX -> gs1 ? "GS1 DataMatrix" : "Data Matrix";
            case CODE_128 -> gs1 ? "GS1-128" : "Code 128";
            case QR_CODE -> gs1 ? "GS1 QR Code" : "QR Code";
            case CODE_39 -> "Code 39";
            default -> format.name();
        };
    }
}
