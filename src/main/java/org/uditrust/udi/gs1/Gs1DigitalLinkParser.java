package org.uditrust.udi.gs1;

import java.util.List;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/** Reads GS1 Digital Link URIs. (Stub: being written.) */
public final class Gs1DigitalLinkParser implements CarrierParser {

    private final ParseOptions options;

    public Gs1DigitalLinkParser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public ParseResult parse(ScanInput input) {
        return new ParseResult.Invalid(input.raw(), null, List.of(),
                List.of(Problem.error("udi.not-implemented", -1, "This syntax is not supported yet.")));
    }
}
