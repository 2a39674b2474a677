package org.uditrust;

import java.time.Clock;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.barcode.LabelEncoder;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

/**
 * The composition root: the one place that builds services and hands them to the faces. Faces take what they need
 * from here through their constructors; nothing else calls {@code new} on a service.
 *
 * @param clock   the clock every date decision uses
 * @param options how scanner input is read
 * @param parser  the UDI parser
 * @param decoder reads UDI barcodes from images
 * @param encoder draws UDI labels
 */
public record Services(Clock clock, ParseOptions options, UdiParser parser, LabelDecoder decoder,
                       LabelEncoder encoder) {

    public static Services create() {
        return create(Clock.systemDefaultZone(), ParseOptions.defaults(Clock.systemDefaultZone()));
    }

    public static Services create(Clock clock, ParseOptions options) {
        UdiParser parser = new UdiParser(options);
        return new Services(clock, options, parser, new LabelDecoder(), new LabelEncoder());
    }

    /** The same services with another way of reading scanner input (for example a GS substitute). */
    public Services withOptions(ParseOptions newOptions) {
        return create(clock, newOptions);
    }
}
