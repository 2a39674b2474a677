package org.uditrust.udi;

import java.util.List;
import org.uditrust.udi.gs1.Gs1DigitalLinkParser;
import org.uditrust.udi.gs1.Gs1ElementStringParser;
import org.uditrust.udi.hibcc.HibccParser;
import org.uditrust.udi.isbt128.Isbt128Parser;

/**
 * The one entry point for reading a UDI from scanner text, pasted text or a decoded image: tells the issuer from the
 * first characters and hands the input to that issuer's parser. Never throws for bad input.
 */
public final class UdiParser {

    private final CarrierParser gs1;
    private final CarrierParser digitalLink;
    private final CarrierParser hibcc;
    private final CarrierParser isbt128;

    public UdiParser(ParseOptions options) {
        this.gs1 = new Gs1ElementStringParser(options);
        this.digitalLink = new Gs1DigitalLinkParser(options);
        this.hibcc = new HibccParser(options);
        this.isbt128 = new Isbt128Parser(options);
    }

    public ParseResult parse(String input) {
        if (input == null || input.isEmpty()) {
            return invalid(input == null ? "" : input, "udi.empty", -1, "The input is empty: scan or type a UDI.");
        }
        if (input.length() > ParseOptions.MAX_INPUT_LENGTH) {
            return invalid(input, "udi.too-long", ParseOptions.MAX_INPUT_LENGTH,
                    "The input is " + input.length() + " characters long; no UDI label holds more than "
                            + ParseOptions.MAX_INPUT_LENGTH + ", so it was not read.");
        }
        ScanInput scan = ScanInput.of(input);
        String body = scan.body();
        if (body.isBlank()) {
            return invalid(input, "udi.empty", -1, "The input holds no characters after the scanner prefix.");
        }
        return parserFor(scan).parse(scan);
    }

    private CarrierParser parserFor(ScanInput scan) {
        String body = scan.body();
        char first = body.charAt(0);
        if ((first == 'h' || first == 'H') && startsWithHttp(body)) {
            return digitalLink;
        }
        if (scan.aim() != null && scan.aim().announcesGs1()) {
            return gs1;
        }
        if (first == '+') {
            return hibcc;
        }
        if (first == '=' || first == '&') {
            return isbt128;
        }
        if (first == '(' || first == '\u001d' || (first >= '0' && first <= '9')) {
            return gs1;
        }
        return UdiParser::unrecognized;
    }

    private static boolean startsWithHttp(String body) {
        // regionMatches, not substring + toLowerCase: this runs on every scan, millions of times a second.
        return body.regionMatches(true, 0, "http://", 0, 7) || body.regionMatches(true, 0, "https://", 0, 8);
    }

    private static ParseResult unrecognized(ScanInput scan) {
        return new ParseResult.Invalid(scan.raw(), null, List.of(), List.of(Problem.error("udi.unrecognized",
                scan.offset(),
                "This is not a UDI: a GS1 UDI starts with a digit, \"(\" or https://, a HIBCC UDI with \"+\", "
                        + "an ISBT 128 UDI with \"=\" or \"&\".")));
    }

    private static ParseResult invalid(String input, String code, int position, String message) {
        return new ParseResult.Invalid(input, null, List.of(), List.of(Problem.error(code, position, message)));
    }
}
