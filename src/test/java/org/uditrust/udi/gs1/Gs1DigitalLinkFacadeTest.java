package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;
import org.uditrust.udi.UdiParser;

/** Digital Link input through the one entry point the application uses. */
class Gs1DigitalLinkFacadeTest {

    private final UdiParser parser = new UdiParser(
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)));

    @Test
    void qrCodeScanWithAimIdAndEnter() {
        // ]Q1 = QR Code, plain data (a Digital Link QR is not GS1-mode); Enter appended by the wedge scanner.
        String scan = "]Q1https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201225\r\n";
        ParseResult r = parser.parse(scan);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        Udi udi = ((ParseResult.Valid) r).udi();
        assertThat(udi.issuer()).isEqualTo(Issuer.GS1);
        assertThat(udi.di()).isEqualTo("09506000134352");
        assertThat(udi.lot()).isEqualTo("ABC123");
        assertThat(udi.serial()).isEqualTo("XYZ");
        assertThat(udi.expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 12, 25)));
        assertThat(udi.humanReadable()).isEqualTo("(01)09506000134352(10)ABC123(21)XYZ(17)201225");
        assertThat(udi.raw()).isEqualTo(scan);
        // Positions index the raw scan, AIM identifier included.
        assertThat(r.elements().get(0).position()).isEqualTo(scan.indexOf("09506000134352"));
    }

    @Test
    void anyDomainAndPathPrefixUpperCaseScheme() {
        ParseResult r = parser.parse("HTTPS://example.com/some/path/01/09506000134352?11=250300&linkType=gs1:pip");
        assertThat(r.isValid()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().manufactured()).isEqualTo(UdiDate.ofMonth(2025, 3));
    }

    @Test
    void checkDigitErrorPointsIntoTheUri() {
        String uri = "https://id.gs1.org/01/09506000134353";
        ParseResult r = parser.parse(uri);
        assertThat(r.isValid()).isFalse();
        assertThat(((ParseResult.Invalid) r).issuer()).isEqualTo(Issuer.GS1);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1.check-digit");
        assertThat(r.problems().get(0).position()).isEqualTo(uri.length() - 1);
    }

    @Test
    void aWebAddressThatIsNoDigitalLink() {
        ParseResult r = parser.parse("https://www.example.com/products/stent?ref=42");
        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1dl.no-primary-key");
    }

    @Test
    void renderAScannedLabelAsDigitalLink() {
        ParseResult scanned = parser.parse("]d2010950600013435217201225" + "10ABC123\u001d21XYZ");
        Udi udi = ((ParseResult.Valid) scanned).udi();
        Gs1DigitalLinkWriter.Rendering r = new Gs1DigitalLinkWriter().render(udi);
        assertThat(r).isEqualTo(new Gs1DigitalLinkWriter.Rendered(
                "https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201225"));
        ParseResult back = parser.parse(((Gs1DigitalLinkWriter.Rendered) r).uri());
        assertThat(((ParseResult.Valid) back).udi().expiry()).isEqualTo(udi.expiry());
    }
}
