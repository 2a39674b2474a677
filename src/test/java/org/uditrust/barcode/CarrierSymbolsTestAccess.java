package org.uditrust.barcode;

import com.google.zxing.common.BitMatrix;
import org.uditrust.udi.CarrierText;
import org.uditrust.udi.Udi;

/** Counts modules of an encoded symbol, for tests about the renderers. */
final class CarrierSymbolsTestAccess {

    private CarrierSymbolsTestAccess() {
    }

    static int darkModules(Udi udi, Symbology symbology) {
        BitMatrix m = CarrierSymbols.encode(CarrierText.of(udi), udi.issuer(), symbology);
        int n = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
