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
import org.uditrust.udi.UdiDate;
import org.uditrust.udi.UdiParser;

/** GS1 input through the one entry point the application uses. */
class Gs1UdiParserFacadeTest {

    private final UdiParser parser = new UdiParser(
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)));

    @Test
    void dataMatrixScanWithCrLf() {
        ParseResult r = parser.parse("]d20109506000134352" + "17201225" + "10ABC123\u001d21SN1\r\n");
        assertThat(r.isValid()).isTrue();
        ParseResult.Valid v = (ParseResult.Valid) r;
        assertThat(v.udi().issuer()).isEqualTo(Issuer.GS1);
        assertThat(v.udi().di()).isEqualTo("09506000134352");
        assertThat(v.udi().serial()).isEqualTo("SN1");
        assertThat(v.udi().expiry()).isEqualTo(UdiDate.ofDay(LocalDate.of(2020, 12, 25)));
    }

    @Test
    void accessGudidExampleIsRejected() {
        ParseResult r = parser.parse("(01)00208851107345(17)150331");
        assertThat(r.isValid()).isFalse();
        assertThat(((ParseResult.Invalid) r).issuer()).isEqualTo(Issuer.GS1);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("gs1.check-digit");
        assertThat(r.problems().get(0).position()).isEqualTo(17);
    }

    @Test
    void leadingGsFromZxing() {
        ParseResult r = parser.parse("\u001d0109506000134352" + "11250300" + "8012V1.2");
        assertThat(r.isValid()).isTrue();
        ParseResult.Valid v = (ParseResult.Valid) r;
        assertThat(v.udi().manufactured()).isEqualTo(UdiDate.ofMonth(2025, 3));
        assertThat(v.udi().softwareVersion()).isEqualTo("V1.2");
    }

    @Test
    void wedgeSubstitute() {
        UdiParser wedge = new UdiParser(ParseOptions.defaults(Clock.systemUTC()).withGroupSeparatorSubstitute("|"));
        ParseResult r = wedge.parse("0109506000134352" + "10LOT7|21SER9");
        assertThat(r.isValid()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().lot()).isEqualTo("LOT7");
    }

    @Test
    void eanUpcScanIsABareGtin() {
        // EAN-13 9506000134352 (GS1's example GTIN 09506000134352 without its leading zero), AIM ]E0
        ParseResult r = parser.parse("]E09506000134352");
        assertThat(r.isValid()).isTrue();
        assertThat(((ParseResult.Valid) r).udi().di()).isEqualTo("09506000134352");
        assertThat(((ParseResult.Valid) r).udi().hasProductionIdentifier()).isFalse();
        assertThat(r.problems()).isEmpty();
        assertThat(parser.parse("]E09506000134353").problems()).extracting(Problem::code)
                .containsExactly("gs1.check-digit");
    }
}
