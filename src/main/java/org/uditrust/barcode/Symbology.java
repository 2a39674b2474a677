package org.uditrust.barcode;

/** The label symbologies UDI Trust prints. */
public enum Symbology {
    /** GS1 DataMatrix for GS1 UDIs (FNC1 first); plain ECC 200 DataMatrix for HIBCC and ISBT 128. */
    DATAMATRIX,
    /** GS1-128 for GS1 UDIs; plain Code 128 for HIBCC and ISBT 128. */
    GS1_128,
    /** GS1 QR Code (FNC1 first) for GS1; plain QR otherwise. */
    QR
}
