package org.uditrust.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.TestScans;
import org.uditrust.barcode.LabelEncoder;
import org.uditrust.barcode.Symbology;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.UdiParser;

/** The Scan view end to end: real window, real parser and decoder, keyboard input as a wedge scanner types it. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class ScanViewFxTest {

    /** GS1 DataMatrix scanner data with GS after the lot; see {@link TestScans#GS1_SCAN}. */
    private static final String GS1_SCAN = TestScans.GS1_SCAN;

    private ExecutorService background;

    @Start
    void start(Stage stage) {
        background = FxTestSupport.backgroundThread();
        FxTestSupport.show(stage, background);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static TextField input(FxRobot robot) {
        return robot.lookup("#input").queryAs(TextField.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void groupSeparatorTypedByTheScannerStaysVisibleAndEnterSelectsTheScan(FxRobot robot) {
        robot.clickOn("#input");
        robot.write(GS1_SCAN);
        robot.type(KeyCode.ENTER);

        TextField field = input(robot);
        assertThat(field.getText()).isEqualTo("]d201095060001343521720122510ABC123\u241d21XYZ");
        assertThat(field.getSelectedText()).as("the next scan replaces this one").isEqualTo(field.getText());
    }

    @Test
    void nextScanReplacesTheSelectedOne(FxRobot robot) {
        robot.clickOn("#input");
        robot.write("hello");
        robot.type(KeyCode.ENTER);
        robot.write("+A123");

        assertThat(input(robot).getText()).isEqualTo("+A123");
    }

    @Test
    void textThatIsNoUdiShowsInvalidAndTheProblem(FxRobot robot) {
        robot.clickOn("#input");
        robot.write("hello");

        assertThat(text(robot, "#verdict")).isEqualTo("Invalid: 1 error");
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        assertThat(problems.getItems()).singleElement()
                .satisfies(p -> assertThat(((ProblemRow) p).code()).isEqualTo("udi.unrecognized"));
        assertThat(robot.lookup(".problem-message").queryAs(Label.class).getText()).startsWith("This is not a UDI");
    }

    @Test
    void clickingAProblemSelectsWhereItIsInTheInput(FxRobot robot) {
        robot.clickOn("#input");
        robot.write("hello");
        robot.clickOn(".problem-message");

        assertThat(input(robot).getSelection().getStart()).isZero();
        assertThat(input(robot).getSelectedText()).isEqualTo("h");
    }

    @Test
    void pastedTextKeepsItsGroupSeparators(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, GS1_SCAN)));
        robot.clickOn("#pasteButton");

        assertThat(input(robot).getText()).isEqualTo(GroupSeparator.toDisplay(GS1_SCAN));
    }

    @Test
    void ctrlVInTheFieldKeepsGroupSeparators(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, GS1_SCAN)));
        robot.clickOn("#input");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertThat(input(robot).getText()).isEqualTo(GroupSeparator.toDisplay(GS1_SCAN));
    }

    @Test
    void anUnreadableImageFileIsDecodedInTheBackgroundAndReported(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES,
                List.of(broken.toFile()))));

        robot.clickOn("#pasteButton");

        waitUntil(() -> text(robot, "#imageStatus").startsWith("broken.png: "));
        assertThat(input(robot).getText()).isEmpty();
    }

    @Test
    void aPictureOnTheClipboardIsDecodedInTheBackground(FxRobot robot) {
        robot.interact(() -> {
            WritableImage blank = new WritableImage(200, 120);
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 200; x++) {
                    blank.getPixelWriter().setColor(x, y, Color.WHITE);
                }
            }
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, blank));
        });

        robot.clickOn("#pasteButton");

        // A blank picture holds no barcode: the decoder's reason is shown under the picture's name.
        waitUntil(() -> text(robot, "#imageStatus").startsWith("clipboard picture: "));
        assertThat(input(robot).getText()).isEmpty();
    }


    @Test
    void scannedGs1StringShowsValidWithDiLotAndSerial(FxRobot robot) {
        robot.clickOn("#input");
        robot.write(GS1_SCAN);
        robot.type(KeyCode.ENTER);

        assertThat(text(robot, "#verdict")).isEqualTo("Valid");
        assertThat(text(robot, "#di")).isEqualTo("09506000134352");
        assertThat(text(robot, "#lot")).isEqualTo("ABC123");
        assertThat(text(robot, "#serial")).isEqualTo("XYZ");
        assertThat(text(robot, "#expiry")).isEqualTo("2020-12-25");
        assertThat(robot.lookup("#expired").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#elements").queryAs(TableView.class).getItems()).hasSize(4);
    }

    @Test
    void substituteSetInTheViewSeparatesTheLot(FxRobot robot) {
        robot.clickOn("#gsSubstitute");
        robot.write("|");
        robot.clickOn("#input");
        robot.write("]d201095060001343521720122510ABC123|21XYZ");

        assertThat(text(robot, "#verdict")).isEqualTo("Valid");
        assertThat(text(robot, "#lot")).isEqualTo("ABC123");
        assertThat(text(robot, "#serial")).isEqualTo("XYZ");
    }

    @Test
    void aLabelImageIsDecodedAndItsUdiShown(FxRobot robot, @TempDir Path dir) throws Exception {
        ParseResult parsed = new UdiParser(ParseOptions.defaults(FxTestSupport.CLOCK)).parse(GS1_SCAN);
        Path label = dir.resolve("label.png");
        new LabelEncoder().write(((ParseResult.Valid) parsed).udi(), Symbology.DATAMATRIX, label);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES,
                List.of(label.toFile()))));

        robot.clickOn("#pasteButton");

        waitUntil(() -> "Valid".equals(text(robot, "#verdict")));
        assertThat(text(robot, "#di")).isEqualTo("09506000134352");
        assertThat(text(robot, "#serial")).isEqualTo("XYZ");
        assertThat(input(robot).getText()).isEqualTo(GroupSeparator.toDisplay(GS1_SCAN));
    }
}
