package org.uditrust.udi;

import org.uditrust.udi.gs1.Gs1ElementStrings;

/** The data a barcode must encode to carry a UDI, without scanner artefacts (AIM identifier, line ending). */
public final class CarrierText {

    private CarrierText() {
    }

    /**
     * For GS1, the canonical element string (GS only where needed; the symbol's leading FNC1 is the encoder's job);
     * for HIBCC and ISBT 128, the data characters exactly as scanned.
     */
    public static String of(Udi udi) {
        return switch (udi.issuer()) {
            case GS1 -> Gs1ElementStrings.toElementString(udi.elements());
            case HIBCC, ICCBBA -> ScanInput.of(udi.raw()).body();
        };
    }
}
