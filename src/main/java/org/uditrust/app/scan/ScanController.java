package org.uditrust.app.scan;

import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.uditrust.barcode.DecodedBarcode;

/**
 * Binds the Scan view to {@link ScanViewModel}. Besides binding it only adapts the toolkit: keeps GS visible in the
 * field, selects the text after Enter, and turns clipboard, drag-and-drop and file-chooser input into commands.
 */
public final class ScanController {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final ScanViewModel model;
    private final ResourceBundle bundle;

    @FXML
    private TextField input;
    @FXML
    private TextField gsSubstitute;
    @FXML
    private Label verdict;
    @FXML
    private Label issuer;
    @FXML
    private Label di;
    @FXML
    private Label lot;
    @FXML
    private Label serial;
    @FXML
    private Label expiry;
    @FXML
    private Label expired;
    @FXML
    private Label manufactured;
    @FXML
    private Label softwareVersion;
    @FXML
    private Label donationId;
    @FXML
    private TableView<ElementRow> elements;
    @FXML
    private TableColumn<ElementRow, String> keyColumn;
    @FXML
    private TableColumn<ElementRow, String> titleColumn;
    @FXML
    private TableColumn<ElementRow, String> valueColumn;
    @FXML
    private ListView<ProblemRow> problems;
    @FXML
    private VBox dropZone;
    @FXML
    private Label imageStatus;
    @FXML
    private VBox barcodeBox;
    @FXML
    private ListView<DecodedBarcode> barcodes;

    public ScanController(ScanViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        bindInput();
        bindResult();
        bindImages();
    }

    private void bindInput() {
        // Scanners send GS as a control character, which the field would drop; show it as the visible symbol.
        input.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().indexOf(GroupSeparator.GS) >= 0) {
                change.setText(GroupSeparator.toDisplay(change.getText()));
            }
            return change;
        }));
        input.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (event.getCharacter().indexOf(GroupSeparator.GS) >= 0) {
                input.replaceSelection(String.valueOf(GroupSeparator.SYMBOL));
                event.consume();
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event) && pastePicture()) {
                event.consume();
            }
        });
        input.setOnAction(event -> input.selectAll());
        input.textProperty().bindBidirectional(model.inputProperty());
        gsSubstitute.textProperty().bindBidirectional(model.groupSeparatorSubstituteProperty());
    }

    private void bindResult() {
        verdict.textProperty().bind(model.verdictProperty());
        model.hasResultProperty().addListener((obs, old, now) -> styleVerdict());
        model.validProperty().addListener((obs, old, now) -> styleVerdict());
        styleVerdict();
        issuer.textProperty().bind(model.issuerProperty());
        issuer.visibleProperty().bind(model.issuerProperty().isNotEmpty());
        bindValue(di, model.diProperty());
        bindValue(lot, model.lotProperty());
        bindValue(serial, model.serialProperty());
        bindValue(expiry, model.expiryProperty());
        bindValue(manufactured, model.manufacturedProperty());
        bindValue(softwareVersion, model.softwareVersionProperty());
        bindValue(donationId, model.donationIdProperty());
        expired.visibleProperty().bind(model.expiredProperty());
        expired.managedProperty().bind(model.expiredProperty());

        elements.setItems(model.elements());
        keyColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().key()));
        titleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().title()));
        valueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value()));

        problems.setItems(model.problems());
        problems.setCellFactory(list -> new ProblemCell());
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showPosition(now));
        problems.setOnMouseClicked(event -> showPosition(problems.getSelectionModel().getSelectedItem()));
    }

    /** Shows a dash for an absent field, greyed through the :empty pseudo-class. */
    private static void bindValue(Label label, javafx.beans.value.ObservableStringValue value) {
        label.textProperty().bind(Bindings.when(Bindings.isEmpty(value)).then("—").otherwise(value));
        value.addListener((obs, old, now) -> label.pseudoClassStateChanged(EMPTY, now == null || now.isEmpty()));
        label.pseudoClassStateChanged(EMPTY, value.get() == null || value.get().isEmpty());
    }

    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");
    private static final javafx.css.PseudoClass VALID = javafx.css.PseudoClass.getPseudoClass("valid");
    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    private void styleVerdict() {
        boolean has = model.hasResultProperty().get();
        verdict.pseudoClassStateChanged(VALID, has && model.validProperty().get());
        verdict.pseudoClassStateChanged(INVALID, has && !model.validProperty().get());
    }

    /** Selects the character a problem points at, so the user sees where in the scan it is. */
    private void showPosition(ProblemRow row) {
        if (row == null || row.position() < 0) {
            return;
        }
        // Later, because the click that chose the problem is still giving focus to the list; a field that loses
        // focus drops its selection.
        Platform.runLater(() -> {
            int length = input.getLength();
            int start = Math.min(row.position(), length);
            input.requestFocus();
            input.selectRange(start, Math.min(start + 1, length));
        });
    }

    private void bindImages() {
        imageStatus.textProperty().bind(model.imageStatusProperty());
        barcodes.setItems(model.barcodes());
        barcodes.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DecodedBarcode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.symbology() + ": " + GroupSeparator.toDisplay(item.text()));
            }
        });
        barcodes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedBarcodeProperty().set(now);
            }
        });
        model.selectedBarcodeProperty().addListener((obs, old, now) -> {
            if (now != null && barcodes.getSelectionModel().getSelectedItem() != now) {
                barcodes.getSelectionModel().select(now);
            }
        });
        barcodeBox.visibleProperty().bind(Bindings.size(model.barcodes()).greaterThan(1));
        barcodeBox.managedProperty().bind(barcodeBox.visibleProperty());

        dropZone.setOnDragOver(this::dragOver);
        dropZone.setOnDragExited(event -> dropZone.pseudoClassStateChanged(DRAG, false));
        dropZone.setOnDragDropped(this::dragDropped);
    }

    private static final javafx.css.PseudoClass DRAG = javafx.css.PseudoClass.getPseudoClass("drag");

    private void dragOver(DragEvent event) {
        boolean images = event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream()
                .anyMatch(f -> ScanViewModel.isImageFile(f.toPath()));
        if (images || event.getDragboard().hasString()) {
            event.acceptTransferModes(TransferMode.COPY);
            dropZone.pseudoClassStateChanged(DRAG, true);
        }
        event.consume();
    }

    /** Image files are decoded; dragged text (say, from a document) is read like a scan. */
    private void dragDropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles() || event.getDragboard().hasString();
        if (event.getDragboard().hasFiles()) {
            model.decodeFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        } else if (event.getDragboard().hasString()) {
            model.useText(event.getDragboard().getString());
        }
        dropZone.pseudoClassStateChanged(DRAG, false);
        event.setDropCompleted(accepted);
        event.consume();
    }

    @FXML
    private void openImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("scan.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("scan.open.filter"),
                "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
        // The sample labels shipped with the project are the first thing a new user wants to try.
        File samples = new File("samples/labels");
        if (samples.isDirectory()) {
            chooser.setInitialDirectory(samples);
        }
        List<File> files = chooser.showOpenMultipleDialog(input.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.decodeFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Paste button: a picture or image files on the clipboard are decoded; text replaces the input. */
    @FXML
    private void paste() {
        if (pastePicture()) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            model.useText(clipboard.getString());
            input.requestFocus();
            input.selectAll();
        }
    }

    /** Decodes a picture (or image files) on the clipboard; false when the clipboard holds neither. */
    private boolean pastePicture() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasImage() && !clipboard.hasString()) {
            model.decodeImage(SwingFXUtils.fromFXImage(clipboard.getImage(), null));
            return true;
        }
        if (clipboard.hasFiles() && clipboard.getFiles().stream().anyMatch(f -> ScanViewModel.isImageFile(f.toPath()))) {
            model.decodeFiles(clipboard.getFiles().stream().map(File::toPath).toList());
            return true;
        }
        return false;
    }

    @FXML
    private void clear() {
        model.clear();
        input.requestFocus();
    }

    /** For keyboards without a way to type GS: puts one at the cursor. */
    @FXML
    private void insertGroupSeparator() {
        input.requestFocus();
        input.replaceSelection(String.valueOf(GroupSeparator.SYMBOL));
    }

    /** One problem: severity chip, position and message. */
    private final class ProblemCell extends ListCell<ProblemRow> {
        private final Label severity = new Label();
        private final Label where = new Label();
        private final Label message = new Label();
        private final VBox box = new VBox(2, new javafx.scene.layout.HBox(8, severity, where), message);

        ProblemCell() {
            message.setWrapText(true);
            message.getStyleClass().add("problem-message");
            where.getStyleClass().add("problem-position");
            severity.getStyleClass().add("severity-chip");
            message.maxWidthProperty().bind(widthProperty().subtract(28));
            box.getStyleClass().add("problem-cell-box");
        }

        @Override
        protected void updateItem(ProblemRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            severity.setText(item.severity());
            severity.pseudoClassStateChanged(INVALID, item.error());
            where.setText(item.position() < 0 ? bundle.getString("scan.problem.whole")
                    : MessageFormat.format(bundle.getString("scan.problem.position"), item.position() + 1));
            message.setText(item.message());
            setGraphic(box);
        }
    }
}
