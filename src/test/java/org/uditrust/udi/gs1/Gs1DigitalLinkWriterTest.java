package org.uditrust.udi.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/**
 * Rendering UDIs as Digital Link URIs. Expected URIs are from GS1's reference generator: gs1/gs1-syntax-engine,
 * {@code src/c-lib/dl.c}, {@code test_dl_generateDLuri} and {@code test_dl_URIescape} (commit
 * 50657dbd04ce78d8734e8793e054bf70dcba294b).
 */
class Gs1DigitalLinkWriterTest {

    private static final ParseOptions OPTIONS =
            ParseOptions.defaults(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    private static final UdiParser PARSER = new UdiParser(OPTIONS);

    private static Udi udi(String hri) {
        ParseResult r = PARSER.parse(hri);
        assertThat(r.isValid()).as(hri + " " + r.problems()).isTrue();
        return ((ParseResult.Valid) r).udi();
    }

    private static String render(String base, String hri) {
        Gs1DigitalLinkWriter writer = base == null ? new Gs1DigitalLinkWriter() : new Gs1DigitalLinkWriter(base);
        Gs1DigitalLinkWriter.Rendering r = writer.render(udi(hri));
        assertThat(r).as(hri).isInstanceOf(Gs1DigitalLinkWriter.Rendered.class);
        return ((Gs1DigitalLinkWriter.Rendered) r).uri();
    }

    private static String refusal(String hri) {
        Gs1DigitalLinkWriter.Rendering r = new Gs1DigitalLinkWriter("https://example.com").render(udi(hri));
        assertThat(r).as(hri).isInstanceOf(Gs1DigitalLinkWriter.NotRenderable.class);
        return ((Gs1DigitalLinkWriter.NotRenderable) r).problem().code();
    }

    @Test
    void referenceGeneratorVectors() {
        assertThat(render(null, "(01)12312312312326(21)abc123"))
                .isEqualTo("https://id.gs1.org/01/12312312312326/21/abc123");
        assertThat(render("https://example.com", "(01)12312312312326(21)abc123"))
                .isEqualTo("https://example.com/01/12312312312326/21/abc123");
        assertThat(render("https://example.com", "(01)12312312312326(22)ABC(10)DEF(21)GHI"))
                .isEqualTo("https://example.com/01/12312312312326/22/ABC/10/DEF/21/GHI");
        assertThat(render("https://example.com", "(01)12312312312326(22)ABC(10)DEF(21)GHI(95)INT"))
                .isEqualTo("https://example.com/01/12312312312326/22/ABC/10/DEF/21/GHI?95=INT");
        assertThat(render("https://example.com", "(21)XYZ(01)12312312312333(10)ABC123(99)XYZ"))
                .isEqualTo("https://example.com/01/12312312312333/10/ABC123/21/XYZ?99=XYZ");
        // "+" is escaped in the path and in the query
        assertThat(render("https://example.com", "(01)12312312312333(10)ABC+123(99)XYZ+QWERTY"))
                .isEqualTo("https://example.com/01/12312312312333/10/ABC%2B123?99=XYZ%2BQWERTY");
        // Repeated AIs with the same value are written once
        assertThat(render("https://example.com", "(01)12312312312326(01)12312312312326(10)ABC123(99)XYZ789"))
                .isEqualTo("https://example.com/01/12312312312326/10/ABC123?99=XYZ789");
        assertThat(render("https://example.com", "(01)12312312312326(10)ABC123(99)XYZ789(99)XYZ789"))
                .isEqualTo("https://example.com/01/12312312312326/10/ABC123?99=XYZ789");
        // Trailing slash of the base is dropped
        assertThat(render("https://example.com/", "(01)12312312312326"))
                .isEqualTo("https://example.com/01/12312312312326");
        // The reference generator renders this from a DL URI that gave the (235) path; we find it from the data.
        assertThat(render("https://example.com", "(01)12312312312326(235)ABC(10)DEF"))
                .isEqualTo("https://example.com/01/12312312312326/235/ABC?10=DEF");
        // Data before the key ("composite" vector): the key still leads
        assertThat(render("https://example.com", "(99)ABC(01)12312312312333(10)DEF"))
                .isEqualTo("https://example.com/01/12312312312333/10/DEF?99=ABC");
    }

    @Test
    void predefinedLengthAttributesComeFirst() {
        // gs1_generateDLuri emits fixed-length attributes, then the others, each in received order.
        assertThat(render(null, "(01)09506000134352(10)ABC123(8012)V2(17)201225(11)200101"))
                .isEqualTo("https://id.gs1.org/01/09506000134352/10/ABC123?17=201225&11=200101&8012=V2");
    }

    @Test
    void anotherPrimaryKeyWhenTheGtinCannotCarryEverything() {
        // (7040) is a qualifier of (8004) only and no data attribute, so (01) cannot be the key here.
        String uri = render(null, "(01)09506000134352(8004)9506000ABC(7040)1A2B");
        assertThat(uri).isEqualTo("https://id.gs1.org/8004/9506000ABC/7040/1A2B?01=09506000134352");
        ParseResult back = new Gs1DigitalLinkParser(OPTIONS).parse(ScanInput.of(uri));
        assertThat(back.isValid()).as(back.problems().toString()).isTrue();
        assertThat(((ParseResult.Valid) back).udi().di()).isEqualTo("09506000134352");
        // With (8004) alone the GTIN stays the key.
        assertThat(render(null, "(01)09506000134352(8004)9506000ABC"))
                .isEqualTo("https://id.gs1.org/01/09506000134352?8004=9506000ABC");
    }

    @Test
    void refusals() {
        // (8200) is not a data attribute
        assertThat(refusal("(01)12312312312326(99)000001(8200)http://example.com(95)INT"))
                .isEqualTo("gs1dl.render-not-data-attribute");
        // (235) and (22) belong to different qualifier sequences and neither is a data attribute
        assertThat(refusal("(01)12312312312326(235)TPX9526064(99)000001(22)ABC(95)INT"))
                .isEqualTo("gs1dl.render-not-data-attribute");
        assertThat(refusal("(01)12312312312326(22)ABC(10)DEF(99)000001(235)TPX9526064(95)INT"))
                .isEqualTo("gs1dl.render-not-data-attribute");
    }

    @Test
    void nonGs1AndKeylessUdis() {
        Udi hibcc = new Udi(Issuer.HIBCC, "A123BJC5D6E71", null, null, null, null, null, null, List.of(),
                "+A123BJC5D6E71G", "+A123BJC5D6E71G");
        assertThat(new Gs1DigitalLinkWriter().render(hibcc)).isInstanceOfSatisfying(
                Gs1DigitalLinkWriter.NotRenderable.class,
                n -> assertThat(n.problem().code()).isEqualTo("gs1dl.render-not-gs1"));
        Udi noKey = new Udi(Issuer.GS1, "09506000134352", "L", null, null, null, null, null,
                List.of(new DataElement("10", "BATCH/LOT", "L", 4)), "(10)L", "(10)L");
        assertThat(new Gs1DigitalLinkWriter().render(noKey)).isInstanceOfSatisfying(
                Gs1DigitalLinkWriter.NotRenderable.class,
                n -> assertThat(n.problem().code()).isEqualTo("gs1dl.render-no-key"));
    }

    @Test
    void badBases() {
        for (String base : new String[] {"ftp://a", "https://", "https:///x", "https://a?x=1", "https://a#f",
            "https://a b", "https://a/%20"}) {
            assertThatThrownBy(() -> new Gs1DigitalLinkWriter(base)).as(base)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(render("https://example.com/some/path", "(01)09506000134352"))
                .isEqualTo("https://example.com/some/path/01/09506000134352");
    }

    @Test
    void escaping() {
        // test_dl_URIescape: unreserved characters stay, every other CSET 82 character is escaped.
        assertThat(Gs1DigitalLinkSyntax.escape("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"))
                .isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
        assertThat(Gs1DigitalLinkSyntax.escape("!\"#%&'()*+,/:;<=>?"))
                .isEqualTo("%21%22%23%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F");
    }

    @Test
    void renderedUrisReadBackToTheSameElements() {
        // "#" is not in CSET 82, so no GS1 value can hold it; the others must all be escaped.
        String hri = "(01)09506000134352(17)201225(10)A/B%C?D&F=G(21)S+1";
        Udi u = udi(hri);
        String uri = render(null, hri);
        assertThat(uri).isEqualTo(
                "https://id.gs1.org/01/09506000134352/10/A%2FB%25C%3FD%26F%3DG/21/S%2B1?17=201225");
        ParseResult back = new Gs1DigitalLinkParser(OPTIONS).parse(ScanInput.of(uri));
        assertThat(back.isValid()).isTrue();
        Udi again = ((ParseResult.Valid) back).udi();
        assertThat(again.di()).isEqualTo(u.di());
        assertThat(again.lot()).isEqualTo("A/B%C?D&F=G");
        assertThat(again.serial()).isEqualTo("S+1");
        assertThat(again.expiry()).isEqualTo(u.expiry());
    }
}
