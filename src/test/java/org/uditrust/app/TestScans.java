package org.uditrust.app;

/** Scanner strings the app tests share. */
public final class TestScans {

    /**
     * GS1 DataMatrix scanner data: AIM ]d2, GTIN 09506000134352 (the GTIN of GS1's own Syntax Engine examples; its
     * mod-10 check digit 2 is correct), expiry (17) 2020-12-25, lot (10) ABC123, GS (FNC1) after the variable-length
     * lot, serial (21) XYZ.
     */
    public static final String GS1_SCAN = "]d201095060001343521720122510ABC123\u001d21XYZ";

    private TestScans() {
    }
}
