package org.uditrust.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.app.DesktopViews;
import org.uditrust.app.TestScans;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.barcode.DecodedBarcode;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.barcode.LabelEncoder;
import org.uditrust.barcode.Symbology;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.UdiParser;

/**
 * The Scan view model without the toolkit (JavaFX properties work without it) and with a synchronous task runner,
 * driving the real parser and decoder.
 */
class ScanViewModelTest {

    /** 2026-11-25, fixed so "expired" and the GS1 century rule do not depend on the day the test runs. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    static final String GS1_SCAN = TestScans.GS1_SCAN;

    private final List<ParseOptions> parsersBuilt = new ArrayList<>();
    private final ScanViewModel model = new ScanViewModel(options -> {
        parsersBuilt.add(options);
        return new UdiParser(options);
    }, ParseOptions.defaults(CLOCK), new LabelDecoder(), TaskRunner.synchronous(), CLOCK,
            ResourceBundle.getBundle(DesktopViews.BUNDLE));

    @Test
    void startsEmptyAndWaiting() {
        assertThat(model.hasResultProperty().get()).isFalse();
        assertThat(model.verdictProperty().get()).isEqualTo("Waiting for a scan");
        assertThat(model.problems()).isEmpty();
        assertThat(model.elements()).isEmpty();
    }

    @Test
    void textThatIsNoUdiIsInvalidWithTheParsersProblem() {
        model.inputProperty().set("hello");

        assertThat(model.hasResultProperty().get()).isTrue();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.verdictProperty().get()).isEqualTo("Invalid: 1 error");
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("udi.unrecognized");
            assertThat(p.error()).isTrue();
            assertThat(p.severity()).isEqualTo("Error");
            assertThat(p.position()).isZero();
        });
        assertThat(model.diProperty().get()).isEmpty();
    }

    @Test
    void visibleGroupSeparatorReachesTheParserAsAscii29() {
        model.inputProperty().set(GroupSeparator.toDisplay(GS1_SCAN));

        assertThat(model.inputProperty().get()).contains("\u241d").doesNotContain("\u001d");
        assertThat(model.resultProperty().get().input()).isEqualTo(GS1_SCAN);
    }

    @Test
    void pastedTextShowsGsAndLosesTheScannersLineEnd() {
        model.useText(GS1_SCAN + "\r\n");

        assertThat(model.inputProperty().get()).isEqualTo("]d201095060001343521720122510ABC123\u241d21XYZ");
    }

    @Test
    void clearingTheInputClearsTheResult() {
        model.inputProperty().set("hello");
        model.clear();

        assertThat(model.hasResultProperty().get()).isFalse();
        assertThat(model.problems()).isEmpty();
        assertThat(model.verdictProperty().get()).isEqualTo("Waiting for a scan");
    }

    @Test
    void changingTheSubstituteRebuildsTheParserWithItAndReparses() {
        model.inputProperty().set("hello");
        ParseResult before = model.resultProperty().get();

        model.groupSeparatorSubstituteProperty().set("|");

        assertThat(parsersBuilt).last().extracting(ParseOptions::groupSeparatorSubstitute).isEqualTo("|");
        assertThat(parsersBuilt.get(parsersBuilt.size() - 1).clock()).isSameAs(CLOCK);
        assertThat(model.resultProperty().get()).as("re-parsed with the new parser").isNotSameAs(before);

        model.groupSeparatorSubstituteProperty().set("");
        assertThat(parsersBuilt).last().extracting(ParseOptions::groupSeparatorSubstitute).isNull();
    }

    @Test
    void onlyPngAndJpegCountAsImages() {
        assertThat(ScanViewModel.isImageFile(Path.of("label.PNG"))).isTrue();
        assertThat(ScanViewModel.isImageFile(Path.of("a/label.jpeg"))).isTrue();
        assertThat(ScanViewModel.isImageFile(Path.of("label.jpg"))).isTrue();
        assertThat(ScanViewModel.isImageFile(Path.of("label.gif"))).isFalse();
        assertThat(ScanViewModel.isImageFile(Path.of("png"))).isFalse();
    }

    @Test
    void droppingNoImageFilesSaysSoWithoutStartingATask() {
        model.decodeFiles(List.of(Path.of("notes.txt")));

        assertThat(model.imageStatusProperty().get()).isEqualTo("Only PNG and JPEG pictures can be decoded.");
        assertThat(model.decodingProperty().get()).isFalse();
    }

    @Test
    void anImageThatCannotBeReadIsReportedByName(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.png");
        java.nio.file.Files.writeString(broken, "this is not a PNG");

        model.decodeFiles(List.of(broken));

        assertThat(model.decodingProperty().get()).isFalse();
        assertThat(model.barcodes()).isEmpty();
        assertThat(model.imageStatusProperty().get()).startsWith("broken.png: ");
    }

    @Test
    void cancellingADecodeSaysSoAndDropsTheResult(@TempDir Path dir) throws Exception {
        List<Runnable> background = new ArrayList<>();
        TaskRunner runner = new TaskRunner(background::add, Runnable::run);
        ScanViewModel withQueue = new ScanViewModel(UdiParser::new, ParseOptions.defaults(CLOCK),
                new LabelDecoder(), runner, CLOCK, ResourceBundle.getBundle(DesktopViews.BUNDLE));
        Path image = dir.resolve("label.png");
        java.nio.file.Files.writeString(image, "not a PNG");

        withQueue.decodeFiles(List.of(image));
        assertThat(withQueue.decodingProperty().get()).isTrue();
        assertThat(runner.titleProperty().get()).isEqualTo("Decoding label.png");
        runner.cancel();
        background.forEach(Runnable::run);

        assertThat(withQueue.decodingProperty().get()).isFalse();
        assertThat(withQueue.imageStatusProperty().get()).isEqualTo("Decoding cancelled.");
        assertThat(withQueue.barcodes()).isEmpty();
    }


    @Test
    void validGs1ScanShowsTheUdiFields() {

        model.inputProperty().set(GroupSeparator.toDisplay(GS1_SCAN));

        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.verdictProperty().get()).isEqualTo("Valid");
        assertThat(model.issuerProperty().get()).isEqualTo("GS1");
        assertThat(model.diProperty().get()).isEqualTo("09506000134352");
        assertThat(model.lotProperty().get()).isEqualTo("ABC123");
        assertThat(model.serialProperty().get()).isEqualTo("XYZ");
        assertThat(model.expiryProperty().get()).isEqualTo("2020-12-25");
        assertThat(model.expiredProperty().get()).as("2020-12-25 is before 2026-11-25").isTrue();
        assertThat(model.manufacturedProperty().get()).isEmpty();
        assertThat(model.elements()).extracting(ElementRow::key).containsExactly("01", "17", "10", "21");
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void substituteLetsAWedgeScannerWithoutGsSeparateTheLot() {
        model.groupSeparatorSubstituteProperty().set("|");

        model.inputProperty().set("]d201095060001343521720122510ABC123|21XYZ");

        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.lotProperty().get()).isEqualTo("ABC123");
        assertThat(model.serialProperty().get()).isEqualTo("XYZ");
    }

    @Test
    void badGtinCheckDigitIsAnError() {
        // AccessGUDID's documented example (01)00208851107345: the check digit should be 7 (udi.md, "Published
        // examples that are wrong").
        model.inputProperty().set("(01)00208851107345(17)150331");

        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problems()).anySatisfy(p -> assertThat(p.error()).isTrue());
        assertThat(model.verdictProperty().get()).startsWith("Invalid");
    }

    @Test
    void severalBarcodesAreListedAndTheFirstIsShown(@TempDir Path dir) throws Exception {
        // Two labels of the same device with different serials, drawn by the app's own encoder (barcode package).
        String second = "]d201095060001343521720122510ABC123\u001d21XYZ2";
        Path first = dir.resolve("first.png");
        Path other = dir.resolve("second.png");
        LabelEncoder encoder = new LabelEncoder();
        encoder.write(((ParseResult.Valid) new UdiParser(ParseOptions.defaults(CLOCK)).parse(GS1_SCAN)).udi(),
                Symbology.DATAMATRIX, first);
        encoder.write(((ParseResult.Valid) new UdiParser(ParseOptions.defaults(CLOCK)).parse(second)).udi(),
                Symbology.DATAMATRIX, other);

        model.decodeFiles(List.of(first, other));

        assertThat(model.barcodes()).extracting(DecodedBarcode::text).containsExactly(GS1_SCAN, second);
        assertThat(model.imageStatusProperty().get()).startsWith("2 barcodes found");
        assertThat(model.serialProperty().get()).isEqualTo("XYZ");

        model.selectedBarcodeProperty().set(model.barcodes().get(1));

        assertThat(model.serialProperty().get()).isEqualTo("XYZ2");
        assertThat(model.inputProperty().get()).isEqualTo(GroupSeparator.toDisplay(second));
    }
}
