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
        return aim + data(aim, result.getText() == null ? "" : result.getText());
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
