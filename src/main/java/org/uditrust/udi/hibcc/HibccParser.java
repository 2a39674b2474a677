package org.uditrust.udi.hibcc;

import java.util.List;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/** Reads HIBCC (ANSI/HIBC 2.6) primary, secondary and concatenated data structures. (Stub: being written.) */
public final class HibccParser implements CarrierParser {

    private final ParseOptions options;

    public HibccParser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public ParseResult parse(ScanInput input) {
        return new ParseResult.Invalid(input.raw(), null, List.of(),
                List.of(Problem.error("udi.not-implemented", -1, "This syntax is not supported yet.")));
    }
}
