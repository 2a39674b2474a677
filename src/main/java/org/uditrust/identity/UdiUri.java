package org.uditrust.identity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.gs1.Gs1DigitalLinkParser;

/**
 * A UDI named by a certificate's SAN URI: a GS1 Digital Link ({@code https://id.gs1.org/01/…/21/…}, read by the
 * UDI engine's own parser so every GS1 rule applies) or an EPC pure-identity URN
 * {@code urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial} (GS1 EPC Tag Data Standard 2.1 §6.3.1).
 *
 * @param di     GTIN-14
 * @param serial the serial (AI 21), or null when the URI names only the model
 * @param uri    the URI as found in the certificate
 */
public record UdiUri(String di, String serial, String uri) {

    private static final String SGTIN_PREFIX = "urn:epc:id:sgtin:";
    /** Longer than any real Digital Link; the UDI parser has its own limit as well. */
    private static final int MAX_URI_LENGTH = 2048;

    public UdiUri {
        Objects.requireNonNull(di, "di");
        Objects.requireNonNull(uri, "uri");
    }

    /** Reads URIs with a Digital Link parser on {@code options} (its clock serves the GS1 century rule only). */
    public static Reader reader(ParseOptions options) {
        return new Reader(new Gs1DigitalLinkParser(options));
    }

    /** Reads SAN URIs; thread-safe. */
    public static final class Reader {
        private final Gs1DigitalLinkParser digitalLink;

        private Reader(Gs1DigitalLinkParser digitalLink) {
            this.digitalLink = digitalLink;
        }

        /** The UDI the URI names, or empty when it names none (another kind of URI, or a broken one). */
        public Optional<UdiUri> read(String uri) {
            if (uri == null || uri.length() > MAX_URI_LENGTH) {
                return Optional.empty();
            }
            if (uri.regionMatches(true, 0, SGTIN_PREFIX, 0, SGTIN_PREFIX.length())) {
                return sgtin(uri);
            }
            String lower = uri.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                return Optional.empty();
            }
            ParseResult result = digitalLink.parse(ScanInput.of(uri));
            if (result instanceof ParseResult.Valid) {
                Udi udi = ((ParseResult.Valid) result).udi();
                return Optional.of(new UdiUri(DeviceIdentifiers.normalize(udi.di()), udi.serial(), uri));
            }
            return Optional.empty();
        }
    }

    /**
     * {@code urn:epc:id:sgtin:0614141.812345.6789}: company prefix 0614141, indicator 8 + item reference 12345,
     * serial 6789 → GTIN-14 8 0614141 12345 + check digit. Together the prefix and indicator/item reference are 13
     * digits (TDS Table 6-2). The serial is percent-encoded (TDS §5, "GS3A3" characters).
     */
    static Optional<UdiUri> sgtin(String uri) {
        String body = uri.substring(SGTIN_PREFIX.length());
        String[] parts = body.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        String companyPrefix = parts[0];
        String indicatorItem = parts[1];
        if (!DeviceIdentifiers.isDigits(companyPrefix) || !DeviceIdentifiers.isDigits(indicatorItem)
                || companyPrefix.length() < 6 || companyPrefix.length() > 12
                || companyPrefix.length() + indicatorItem.length() != 13) {
            return Optional.empty();
        }
        String first13 = indicatorItem.charAt(0) + companyPrefix + indicatorItem.substring(1);
        String gtin = first13 + DeviceIdentifiers.gs1CheckDigit(first13);
        Optional<String> serial = percentDecode(parts[2]);
        if (serial.isEmpty() || serial.get().isEmpty() || serial.get().length() > 20) {
            return Optional.empty();
        }
        return Optional.of(new UdiUri(gtin, serial.get(), uri));
    }

    private static Optional<String> percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                out.write(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString(StandardCharsets.US_ASCII));
    }
}
