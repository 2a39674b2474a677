package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uditrust.udi.Udi;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The label files: PNG that decodes, SVG that is well-formed XML carrying the HRI, and small. */
class LabelEncoderTest {

    @TempDir
    Path tmp;

    private final LabelEncoder encoder = new LabelEncoder();

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void svgIsWellFormedAndCarriesTheHumanReadableText(Symbology symbology) throws Exception {
        Udi udi = LabelRoundTripTest.GS1_FULL;
        Document doc = parse(encoder.svg(udi, symbology));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(text(doc)).isEqualTo(udi.humanReadable());
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void svgRectanglesDrawASymbolThatDecodes(Symbology symbology) throws Exception {
        Udi udi = LabelRoundTripTest.GS1_LOT_FIRST;
        Document doc = parse(encoder.svg(udi, symbology));
        int w = Integer.parseInt(doc.getDocumentElement().getAttribute("width"));
        int h = Integer.parseInt(doc.getDocumentElement().getAttribute("height"));
        java.awt.image.BufferedImage raster = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = raster.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(java.awt.Color.BLACK);
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 1; i < rects.getLength(); i++) { // 0 is the white background
            org.w3c.dom.Element r = (org.w3c.dom.Element) rects.item(i);
            g.fillRect(Integer.parseInt(r.getAttribute("x")), Integer.parseInt(r.getAttribute("y")),
                    Integer.parseInt(r.getAttribute("width")), Integer.parseInt(r.getAttribute("height")));
        }
        g.dispose();

        DecodeResult result = new LabelDecoder().decode(raster);

        assertThat(result).isInstanceOf(DecodeResult.Found.class);
        assertThat(((DecodeResult.Found) result).barcodes().get(0).text())
                .endsWith(org.uditrust.udi.CarrierText.of(udi));
    }

    @Test
    void svgEscapesMarkupCharactersThatCset82Allows() throws Exception {
        // & < > " ' are all legal in a GS1 lot (CSET 82); the SVG must still parse and show them.
        Udi udi = TestUdis.gs1("01", "09506000134352", "10", "A&B<C>\"D'");
        Document doc = parse(encoder.svg(udi, Symbology.DATAMATRIX));

        assertThat(text(doc)).isEqualTo("(01)09506000134352(10)A&B<C>\"D'");
    }

    @Test
    void svgMergesRunsOfModules() throws Exception {
        Document doc = parse(encoder.svg(LabelRoundTripTest.GS1_FULL, Symbology.GS1_128));
        // A Code 128 symbol is drawn bar by bar: one rect per bar plus the background, not one per module.
        int bars = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() - 1;
        int modules = CarrierSymbolsTestAccess.darkModules(LabelRoundTripTest.GS1_FULL, Symbology.GS1_128);
        assertThat(bars).isLessThan(modules).isGreaterThan(modules / 4);
    }

    @Test
    void longHumanReadableTextIsWrappedAtElementBoundaries() {
        assertThat(LabelLayout.wrap("(01)09506000134352(17)201225(10)ABC123(21)XYZ", 24))
                .containsExactly("(01)09506000134352", "(17)201225(10)ABC123", "(21)XYZ");
    }

    @Test
    void writeChoosesTheFormatFromTheExtension() throws IOException {
        Path png = tmp.resolve("label.PNG");
        Path svg = tmp.resolve("label.svg");
        encoder.write(LabelRoundTripTest.HIBCC_PRIMARY, Symbology.DATAMATRIX, png);
        encoder.write(LabelRoundTripTest.HIBCC_PRIMARY, Symbology.DATAMATRIX, svg);

        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("*+A123BJC5D6E71G*");
        assertThat(new LabelDecoder().decode(png)).isInstanceOf(DecodeResult.Found.class);
        assertThatThrownBy(() -> encoder.write(LabelRoundTripTest.HIBCC_PRIMARY, Symbology.QR,
                tmp.resolve("label.gif"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".svg");
    }

    @Test
    void dataASymbologyCannotCarryIsRefusedWithAReason() {
        Udi udi = TestUdis.gs1("01", "09506000134352", "10", "LOT\u20ac");
        assertThatThrownBy(() -> encoder.png(udi, Symbology.GS1_128))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GS1_128");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** All text lines joined: wrapping must not lose or add a character. */
    private static String text(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            out.append(texts.item(i).getTextContent());
        }
        return out.toString();
    }
}
