package org.uditrust.udi.isbt128;

import java.util.List;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/** Reads ICCBBA ISBT 128 data structures used by device UDIs (ST-017). (Stub: being written.) */
public final class Isbt128Parser implements CarrierParser {

    private final ParseOptions options;

    public Isbt128Parser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public ParseResult parse(ScanInput input) {
        return new ParseResult.Invalid(input.raw(), null, List.of(),
                List.of(Problem.error("udi.not-implemented", -1, "This syntax is not supported yet.")));
    }
}
