package org.uditrust.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uditrust.udi.CarrierText;
import org.uditrust.udi.Udi;

/** Encode, then decode the PNG: the decoder must give back exactly what a scanner would type. */
class LabelRoundTripTest {

    private final LabelEncoder encoder = new LabelEncoder();
    private final LabelDecoder decoder = new LabelDecoder();

    // GS1 General Specifications / GS1 DataMatrix guideline example: (01)09506000134352(17)201225(10)ABC123(21)XYZ
    static final Udi GS1_FULL = TestUdis.gs1("01", "09506000134352", "17", "201225", "10", "ABC123", "21", "XYZ");
    // Variable-length AI in the middle: the separator must survive as GS.
    static final Udi GS1_LOT_FIRST = TestUdis.gs1("01", "09506000134352", "10", "ABC123", "21", "12345",
            "17", "201225");
    static final Udi GS1_DI_ONLY = TestUdis.gs1("01", "09506000134352");
    // ANSI/HIBC 2.6 primary example and its concatenated primary/secondary form (check characters computed).
    static final Udi HIBCC_PRIMARY = TestUdis.hibcc("+A123BJC5D6E71");
    static final Udi HIBCC_CONCAT = TestUdis.hibcc("+A123BJC5D6E71/$$52001510X3");
    // ICCBBA ST-017 worked example.
    static final Udi ISBT = TestUdis.isbt(
            "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123", "A9999XYZ100T0476");

    // Found by LabelRoundTripProperties: ZXing 3.5.3's compact Data Matrix encoder drops this GS (C40 run), and its
    // Code 128 reader misreports the check codewords 97 (as ]C4) and 102 (as a trailing GS) for lots LOTQ, LOT1L.
    static final Udi GS1_C40_SEPARATOR = TestUdis.gs1("01", "09506000134352", "17", "261231", "10", "INUL1Y",
            "21", "5-5MD");
    static final Udi GS1_CHECK_97 = TestUdis.gs1("01", "09506000134352", "10", "LOTQ", "21", "X");
    static final Udi GS1_CHECK_102 = TestUdis.gs1("01", "09506000134352", "10", "LOT1L", "21", "X");
    // HIBCC data whose compact Data Matrix ended EDIFACT without unlatch (read back with " U03" appended).
    static final Udi HIBCC_EDIFACT = TestUdis.hibcc("+A00A000A0A0/$0");
    // GS1 QR whose data suit the alphanumeric mode, where % means FNC1 unless doubled.
    static final Udi GS1_PERCENT = TestUdis.gs1("01", "09506000134352", "10", "100%", "21", "A%B");
    static final Udi GS1_PERCENT_LAST = TestUdis.gs1("01", "09506000134352", "21", "A%B");
    // Plain Code 128 whose check codeword is 97: ZXing reports ]C4 for it.
    static final Udi HIBCC_CHECK_97 = TestUdis.hibcc("+CM000000323N66/$9J");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(GS1_C40_SEPARATOR, Symbology.DATAMATRIX, "]d2"),
                Arguments.of(GS1_CHECK_97, Symbology.GS1_128, "]C1"),
                Arguments.of(GS1_CHECK_102, Symbology.GS1_128, "]C1"),
                Arguments.of(HIBCC_EDIFACT, Symbology.DATAMATRIX, "]d1"),
                Arguments.of(HIBCC_CHECK_97, Symbology.GS1_128, "]C0"),
                Arguments.of(GS1_PERCENT, Symbology.QR, "]Q3"),
                Arguments.of(GS1_PERCENT_LAST, Symbology.QR, "]Q3"),
                Arguments.of(GS1_PERCENT, Symbology.DATAMATRIX, "]d2"),
                Arguments.of(GS1_PERCENT, Symbology.GS1_128, "]C1"),
                Arguments.of(GS1_FULL, Symbology.DATAMATRIX, "]d2"),
                Arguments.of(GS1_FULL, Symbology.GS1_128, "]C1"),
                Arguments.of(GS1_FULL, Symbology.QR, "]Q3"),
                Arguments.of(GS1_LOT_FIRST, Symbology.DATAMATRIX, "]d2"),
                Arguments.of(GS1_LOT_FIRST, Symbology.GS1_128, "]C1"),
                Arguments.of(GS1_LOT_FIRST, Symbology.QR, "]Q3"),
                Arguments.of(GS1_DI_ONLY, Symbology.DATAMATRIX, "]d2"),
                Arguments.of(GS1_DI_ONLY, Symbology.GS1_128, "]C1"),
                Arguments.of(GS1_DI_ONLY, Symbology.QR, "]Q3"),
                Arguments.of(HIBCC_PRIMARY, Symbology.DATAMATRIX, "]d1"),
                Arguments.of(HIBCC_PRIMARY, Symbology.GS1_128, "]C0"),
                Arguments.of(HIBCC_PRIMARY, Symbology.QR, "]Q1"),
                Arguments.of(HIBCC_CONCAT, Symbology.DATAMATRIX, "]d1"),
                Arguments.of(HIBCC_CONCAT, Symbology.GS1_128, "]C0"),
                Arguments.of(HIBCC_CONCAT, Symbology.QR, "]Q1"),
                Arguments.of(ISBT, Symbology.DATAMATRIX, "]d1"),
                Arguments.of(ISBT, Symbology.GS1_128, "]C0"),
                Arguments.of(ISBT, Symbology.QR, "]Q1"));
    }

    @ParameterizedTest(name = "{1} {2} {0}")
    @MethodSource("cases")
    void pngRoundTripGivesScannerText(Udi udi, Symbology symbology, String aim) {
        DecodeResult result = decoder.decode(encoder.image(udi, symbology));

        assertThat(result).isInstanceOf(DecodeResult.Found.class);
        DecodeResult.Found found = (DecodeResult.Found) result;
        assertThat(found.barcodes()).hasSize(1);
        assertThat(found.barcodes().get(0).text()).isEqualTo(aim + CarrierText.of(udi));
        boolean gs1 = aim.equals("]d2") || aim.equals("]C1") || aim.equals("]Q3");
        assertThat(found.barcodes().get(0).symbology().startsWith("GS1")).isEqualTo(gs1);
    }
}
