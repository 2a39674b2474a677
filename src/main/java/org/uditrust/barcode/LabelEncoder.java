package org.uditrust.barcode;

import java.io.IOException;
import java.nio.file.Path;
import org.uditrust.udi.Udi;

/** Draws UDI labels: the symbol with the human-readable line under it. (Stub: being written.) */
public final class LabelEncoder {

    /** Writes a label to {@code out}; the format (PNG or SVG) follows the file extension. */
    public void write(Udi udi, Symbology symbology, Path out) throws IOException {
        throw new UnsupportedOperationException("Label encoding is not available yet.");
    }
}
