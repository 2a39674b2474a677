package org.uditrust.app.scan;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskHandle;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.barcode.DecodedBarcode;
import org.uditrust.barcode.LabelDecoder;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;
import org.uditrust.udi.UdiParser;

/**
 * The Scan view's state and commands, free of any node so it is tested without the toolkit.
 *
 * <p>{@link #inputProperty()} holds the text as the field shows it (GS as U+241D, see {@link GroupSeparator}); every
 * change is parsed at once, because parsing takes microseconds and a scanner user wants the verdict as the last
 * character lands. Image decoding goes through the {@link TaskRunner}.
 */
public final class ScanViewModel {

    /** Rebuilds the parser for new scanner options; in the app this is {@code services.withOptions(o).parser()}. */
    private final Function<ParseOptions, UdiParser> parserFactory;
    private final LabelDecoder decoder;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private ParseOptions options;
    private UdiParser parser;

    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final StringProperty groupSeparatorSubstitute = new SimpleStringProperty(this, "gsSubstitute", "");

    private final ReadOnlyObjectWrapper<ParseResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(this, "hasResult");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper issuer = new ReadOnlyStringWrapper(this, "issuer", "");
    private final ReadOnlyStringWrapper di = new ReadOnlyStringWrapper(this, "di", "");
    private final ReadOnlyStringWrapper lot = new ReadOnlyStringWrapper(this, "lot", "");
    private final ReadOnlyStringWrapper serial = new ReadOnlyStringWrapper(this, "serial", "");
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper(this, "expiry", "");
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper(this, "expired");
    private final ReadOnlyStringWrapper manufactured = new ReadOnlyStringWrapper(this, "manufactured", "");
    private final ReadOnlyStringWrapper softwareVersion = new ReadOnlyStringWrapper(this, "softwareVersion", "");
    private final ReadOnlyStringWrapper donationId = new ReadOnlyStringWrapper(this, "donationId", "");
    private final ObservableList<ElementRow> elements = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();

    private final ObservableList<DecodedBarcode> barcodes = FXCollections.observableArrayList();
    private final ObservableList<ElementRow> elementsView = FXCollections.unmodifiableObservableList(elements);
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<DecodedBarcode> barcodesView = FXCollections.unmodifiableObservableList(barcodes);
    private final ObjectProperty<DecodedBarcode> selectedBarcode = new SimpleObjectProperty<>(this, "barcode");
    private final ReadOnlyStringWrapper imageStatus = new ReadOnlyStringWrapper(this, "imageStatus", "");
    private final ReadOnlyBooleanWrapper decoding = new ReadOnlyBooleanWrapper(this, "decoding");
    private TaskHandle decodeHandle;

    /**
     * @param parserFactory builds a parser for scanner options (called again when the GS substitute changes)
     * @param options       the options the app started with
     * @param decoder       reads barcodes from images (called on a background thread)
     * @param tasks         runs the decoding
     * @param clock         "today" for the expired mark
     * @param text          the UI bundle ({@code org.uditrust.app.messages})
     */
    public ScanViewModel(Function<ParseOptions, UdiParser> parserFactory, ParseOptions options, LabelDecoder decoder,
                         TaskRunner tasks, Clock clock, ResourceBundle text) {
        this.parserFactory = Objects.requireNonNull(parserFactory, "parserFactory");
        this.options = Objects.requireNonNull(options, "options");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.text = Objects.requireNonNull(text, "text");
        this.parser = parserFactory.apply(options);
        String substitute = options.groupSeparatorSubstitute();
        groupSeparatorSubstitute.set(substitute == null ? "" : substitute);

        input.addListener((obs, old, now) -> reparse());
        groupSeparatorSubstitute.addListener((obs, old, now) -> changeSubstitute(now));
        selectedBarcode.addListener((obs, old, now) -> {
            if (now != null) {
                input.set(GroupSeparator.toDisplay(now.text()));
            }
        });
        show(null);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Replaces the input with pasted or dropped text (GS made visible). */
    public void useText(String pasted) {
        input.set(GroupSeparator.toDisplay(stripLineEnd(pasted)));
    }

    /** Clears the input and the result. */
    public void clear() {
        input.set("");
    }

    /** True for the files the decoder reads: PNG and JPEG, by name. */
    public static boolean isImageFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    }

    /** Decodes dropped or chosen image files in the background; other files are skipped. */
    public void decodeFiles(List<Path> files) {
        List<DecodeImagesTask.Source> sources = files.stream().filter(ScanViewModel::isImageFile)
                .<DecodeImagesTask.Source>map(DecodeImagesTask.FileSource::new).toList();
        if (sources.isEmpty()) {
            imageStatus.set(text.getString("scan.image.noImageFiles"));
            return;
        }
        String title = sources.size() == 1
                ? MessageFormat.format(text.getString("scan.task.decodeOne"), sources.get(0).name())
                : MessageFormat.format(text.getString("scan.task.decodeMany"), sources.size());
        startDecoding(sources, title);
    }

    /** Decodes a picture from the clipboard in the background. */
    public void decodeImage(BufferedImage image) {
        String name = text.getString("scan.image.clipboard");
        startDecoding(List.of(new DecodeImagesTask.ImageSource(name, image)),
                MessageFormat.format(text.getString("scan.task.decodeOne"), name));
    }

    private void startDecoding(List<DecodeImagesTask.Source> sources, String title) {
        if (decodeHandle != null && !decodeHandle.isDone()) {
            decodeHandle.cancel();
        }
        barcodes.clear();
        imageStatus.set("");
        decoding.set(true);
        DecodeImagesTask task = new DecodeImagesTask(decoder, sources, title, text.getString("scan.task.progress"));
        decodeHandle = tasks.submit(task, new TaskCallbacks<>(this::showDecoded, this::showDecodeFailure,
                () -> {
                    decoding.set(false);
                    imageStatus.set(text.getString("scan.image.cancelled"));
                }));
    }

    private void showDecoded(DecodeImagesTask.Outcome outcome) {
        decoding.set(false);
        barcodes.setAll(outcome.barcodes());
        String notes = String.join("\n", outcome.notes());
        if (outcome.barcodes().isEmpty()) {
            imageStatus.set(notes.isEmpty() ? text.getString("scan.image.none") : notes);
            return;
        }
        String found = MessageFormat.format(text.getString("scan.image.found"), outcome.barcodes().size());
        imageStatus.set(notes.isEmpty() ? found : found + "\n" + notes);
        selectedBarcode.set(null);
        selectedBarcode.set(outcome.barcodes().get(0));
    }

    private void showDecodeFailure(Exception e) {
        decoding.set(false);
        imageStatus.set(MessageFormat.format(text.getString("scan.image.failed"),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    // ---- parsing --------------------------------------------------------------------------------------------

    private void changeSubstitute(String substitute) {
        options = options.withGroupSeparatorSubstitute(substitute == null || substitute.isEmpty() ? null : substitute);
        parser = parserFactory.apply(options);
        reparse();
    }

    private void reparse() {
        String shown = input.get();
        if (shown == null || shown.isEmpty()) {
            show(null);
            return;
        }
        show(parser.parse(GroupSeparator.toData(shown)));
    }

    private void show(ParseResult parsed) {
        result.set(parsed);
        hasResult.set(parsed != null);
        valid.set(parsed != null && parsed.isValid());
        Udi udi = parsed instanceof ParseResult.Valid v ? v.udi() : null;
        verdict.set(verdictText(parsed));
        issuer.set(issuerText(parsed, udi));
        di.set(udi == null ? elementValue(parsed, "01") : udi.di());
        lot.set(udi == null ? "" : orEmpty(udi.lot()));
        serial.set(udi == null ? "" : orEmpty(udi.serial()));
        expiry.set(udi == null ? "" : dateText(udi.expiry()));
        expired.set(udi != null && udi.expiry() != null && udi.expiry().date().isBefore(LocalDate.now(clock)));
        manufactured.set(udi == null ? "" : dateText(udi.manufactured()));
        softwareVersion.set(udi == null ? "" : orEmpty(udi.softwareVersion()));
        donationId.set(udi == null ? "" : orEmpty(udi.donationId()));
        if (parsed == null) {
            elements.clear();
            problems.clear();
            return;
        }
        elements.setAll(parsed.elements().stream().map(ScanViewModel::row).toList());
        problems.setAll(parsed.problems().stream().map(this::row).toList());
    }

    private String verdictText(ParseResult parsed) {
        if (parsed == null) {
            return text.getString("scan.verdict.none");
        }
        if (parsed.isValid()) {
            return parsed.problems().isEmpty() ? text.getString("scan.verdict.valid")
                    : MessageFormat.format(text.getString("scan.verdict.validWithWarnings"), parsed.problems().size());
        }
        long errors = parsed.problems().stream().filter(Problem::isError).count();
        return MessageFormat.format(text.getString("scan.verdict.invalid"), errors);
    }

    private String issuerText(ParseResult parsed, Udi udi) {
        Issuer found = udi != null ? udi.issuer()
                : parsed instanceof ParseResult.Invalid invalid ? invalid.issuer() : null;
        return found == null ? "" : text.getString("issuer." + found.name());
    }

    /** For an invalid GS1 input the GTIN may still have been read; showing it helps find the label. */
    private static String elementValue(ParseResult parsed, String key) {
        if (parsed == null) {
            return "";
        }
        return parsed.elements().stream().filter(e -> e.key().equals(key)).map(DataElement::value).findFirst()
                .orElse("");
    }

    private String dateText(UdiDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case MONTH -> MessageFormat.format(text.getString("scan.date.month"), date.display());
            case DAY, HOUR, MINUTE -> date.display();
        };
    }

    private static ElementRow row(DataElement element) {
        return new ElementRow(element.key(), element.title(), GroupSeparator.toDisplay(element.value()),
                element.position());
    }

    private ProblemRow row(Problem problem) {
        return new ProblemRow(text.getString(problem.isError() ? "scan.problem.error" : "scan.problem.warning"),
                problem.isError(), problem.position(), problem.code(), problem.message());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String stripLineEnd(String value) {
        if (value == null) {
            return "";
        }
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == '\n' || value.charAt(end - 1) == '\r')) {
            end--;
        }
        return value.substring(0, end);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** The field's text, GS shown as U+241D; the one writable input. */
    public StringProperty inputProperty() {
        return input;
    }

    /** What the scanner types instead of GS; empty when it sends GS itself. Changing it re-parses. */
    public StringProperty groupSeparatorSubstituteProperty() {
        return groupSeparatorSubstitute;
    }

    /** The barcode picked from an image with several; setting it puts its text into the input. */
    public ObjectProperty<DecodedBarcode> selectedBarcodeProperty() {
        return selectedBarcode;
    }

    public ReadOnlyObjectProperty<ParseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "Valid", "Invalid: 2 errors", or a prompt when nothing was entered. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issuerProperty() {
        return issuer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diProperty() {
        return di.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lotProperty() {
        return lot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serialProperty() {
        return serial.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    /** True when the expiry date lies before today (by the injected clock). */
    public ReadOnlyBooleanProperty expiredProperty() {
        return expired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty manufacturedProperty() {
        return manufactured.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty softwareVersionProperty() {
        return softwareVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty donationIdProperty() {
        return donationId.getReadOnlyProperty();
    }

    /** Every element read, in carrier order. Read-only for views. */
    public ObservableList<ElementRow> elements() {
        return elementsView;
    }

    /** Every problem, in input order. Read-only for views. */
    public ObservableList<ProblemRow> problems() {
        return problemsView;
    }

    /** Barcodes found in the last image(s). Read-only for views. */
    public ObservableList<DecodedBarcode> barcodes() {
        return barcodesView;
    }

    /** What the last image decoding gave, in words (empty before any). */
    public ReadOnlyStringProperty imageStatusProperty() {
        return imageStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decodingProperty() {
        return decoding.getReadOnlyProperty();
    }
}
