package org.uditrust.app.identity;

import java.io.File;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.ValidationState;

/** Binds the Identity view to its view model and draws the chain, root to leaf, a status badge per link. */
public final class IdentityController {

    private final IdentityViewModel model;
    private final ResourceBundle bundle;

    @FXML
    private TextField deviceRef;
    @FXML
    private Button validateButton;
    @FXML
    private Label message;
    @FXML
    private Label deviceHeading;
    @FXML
    private ListView<IdentityRow> identities;
    @FXML
    private Label bindingState;
    @FXML
    private VBox chain;
    @FXML
    private TableView<AnchorRow> anchors;
    @FXML
    private TableColumn<AnchorRow, String> manufacturerColumn;
    @FXML
    private TableColumn<AnchorRow, String> subjectColumn;
    @FXML
    private TableColumn<AnchorRow, String> untilColumn;
    @FXML
    private TableColumn<AnchorRow, String> pinsColumn;
    @FXML
    private ListView<String> rules;
    @FXML
    private ListView<String> crls;
    @FXML
    private TextField certificateFile;
    @FXML
    private Button certificateBrowse;
    @FXML
    private ComboBox<IdentityKind> kind;
    @FXML
    private Button importCertificateButton;
    @FXML
    private Label importResult;
    @FXML
    private TextField trustFile;
    @FXML
    private Button trustBrowse;
    @FXML
    private TextField manufacturer;
    @FXML
    private TextField pinDi;
    @FXML
    private PasswordField password;
    @FXML
    private Button importAnchorsButton;
    @FXML
    private Button importCrlButton;
    @FXML
    private Button pinButton;
    @FXML
    private Button unpinButton;
    @FXML
    private Label trustMessage;
    @FXML
    private ComboBox<SerialSource> serialSource;
    @FXML
    private ComboBox<ModelSource> modelSource;
    @FXML
    private TextArea hwTypes;
    @FXML
    private Button saveRuleButton;
    @FXML
    private TextField days;
    @FXML
    private Button revalidateButton;
    @FXML
    private ListView<String> clones;
    @FXML
    private ListView<String> expiring;
    @FXML
    private ListView<String> problems;

    public IdentityController(IdentityViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        deviceRef.textProperty().bindBidirectional(model.deviceRefProperty());
        validateButton.disableProperty().bind(model.busyProperty());
        revalidateButton.disableProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        deviceHeading.textProperty().bind(model.deviceHeadingProperty());
        identities.setItems(model.identities());
        identities.setCellFactory(list -> new IdentityCell());
        identities.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && identities.getSelectionModel().getSelectedItem() != now) {
                identities.getSelectionModel().select(now);
            }
            styleBinding(now);
        });
        bindingState.textProperty().bind(model.bindingTextProperty());
        model.chain().addListener((ListChangeListener<ChainRow>) change -> drawChain());

        column(manufacturerColumn, AnchorRow::manufacturer);
        column(subjectColumn, AnchorRow::subject);
        column(untilColumn, AnchorRow::validUntil);
        column(pinsColumn, AnchorRow::pinnedTo);
        anchors.setItems(model.anchors());
        rules.setItems(model.rules());
        rules.setCellFactory(list -> new WrappingCell());
        crls.setItems(model.crls());
        crls.setCellFactory(list -> new WrappingCell());
        clones.setItems(model.clones());
        expiring.setItems(model.expiring());
        problems.setItems(model.problems());
        days.setText(Integer.toString(model.daysProperty().get()));
        days.textProperty().addListener((obs, old, now) -> {
            try {
                model.daysProperty().set(Math.max(0, Math.min(36_500, Integer.parseInt(now.strip()))));
            } catch (NumberFormatException e) {
                // Keeps the last number until the field holds one again.
            }
        });
        bindCertificateImport();
        bindTrust();
        model.refresh();
    }

    private void bindCertificateImport() {
        certificateFile.textProperty().bindBidirectional(model.certificateFileProperty());
        kind.getItems().setAll(IdentityViewModel.certificateKinds());
        kind.setConverter(names("identity.kind."));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        BooleanBinding noDevice = model.shownDeviceProperty().isNull().or(model.busyProperty());
        for (Node n : new Node[] {certificateFile, certificateBrowse, kind, importCertificateButton}) {
            n.disableProperty().bind(noDevice);
        }
        importResult.textProperty().bind(model.importResultProperty());
        model.importStateProperty().addListener((obs, old, now) -> {
            importResult.getStyleClass().removeAll("state-good", "state-bad", "state-neutral");
            if (now != null && now != IdentityViewModel.ImportState.NONE) {
                importResult.getStyleClass().add(now == IdentityViewModel.ImportState.BOUND ? "state-good"
                        : now == IdentityViewModel.ImportState.NOT_BOUND ? "state-neutral" : "state-bad");
            }
        });
    }

    private void bindTrust() {
        ManufacturerTrustViewModel trust = model.trust();
        trustFile.textProperty().bindBidirectional(trust.fileProperty());
        manufacturer.textProperty().bindBidirectional(trust.manufacturerProperty());
        pinDi.textProperty().bindBidirectional(trust.pinDiProperty());
        for (Node n : new Node[] {importAnchorsButton, importCrlButton, saveRuleButton, trustBrowse}) {
            n.disableProperty().bind(trust.busyProperty());
        }
        BooleanBinding noAnchor = trust.selectedAnchorProperty().isNull().or(trust.busyProperty());
        pinButton.disableProperty().bind(noAnchor);
        unpinButton.disableProperty().bind(noAnchor);
        trustMessage.textProperty().bind(trust.messageProperty());
        trust.rejectedProperty().addListener((obs, old, now) -> {
            trustMessage.getStyleClass().removeAll("state-bad");
            if (now) {
                trustMessage.getStyleClass().add("state-bad");
            }
        });
        anchors.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                trust.selectedAnchorProperty().set(now));
        trust.selectedAnchorProperty().addListener((obs, old, now) -> {
            if (anchors.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    anchors.getSelectionModel().clearSelection();
                } else {
                    anchors.getSelectionModel().select(now);
                }
            }
        });
        serialSource.getItems().setAll(SerialSource.values());
        serialSource.setConverter(names("identity.serial."));
        serialSource.valueProperty().bindBidirectional(trust.serialSourceProperty());
        modelSource.getItems().setAll(ModelSource.values());
        modelSource.setConverter(names("identity.model."));
        modelSource.valueProperty().bindBidirectional(trust.modelSourceProperty());
        hwTypes.textProperty().bindBidirectional(trust.hwTypesProperty());
        hwTypes.disableProperty().bind(trust.modelSourceProperty().isNotEqualTo(ModelSource.HARDWARE_MODULE_TYPE));
    }

    /** Shows an enum constant by its bundle text ({@code prefix + NAME}). */
    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : bundle.getString(prefix + value.name());
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Asks for a file; null when the user cancels. */
    private Path choose(String titleKey, boolean crl) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString(titleKey));
        FileChooser.ExtensionFilter certificates = new FileChooser.ExtensionFilter(
                bundle.getString("identity.file.certificates"), "*.pem", "*.crt", "*.cer", "*.der", "*.p7b", "*.p7c",
                "*.p12", "*.pfx");
        FileChooser.ExtensionFilter crls = new FileChooser.ExtensionFilter(bundle.getString("identity.file.crls"),
                "*.crl", "*.pem", "*.der");
        chooser.getExtensionFilters().addAll(crl ? crls : certificates,
                new FileChooser.ExtensionFilter(bundle.getString("identity.file.all"), "*"));
        File file = chooser.showOpenDialog(anchors.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    /** The file the field names, or (when blank) one the user chooses now; false when there is none. */
    private boolean fileChosen(TextField field, String titleKey, boolean crl) {
        if (!field.getText().isBlank()) {
            return true;
        }
        Path path = choose(titleKey, crl);
        if (path != null) {
            field.setText(path.toString());
        }
        return path != null;
    }

    @FXML
    private void browseCertificate() {
        Path path = choose("identity.file.chooseCertificate", false);
        if (path != null) {
            certificateFile.setText(path.toString());
        }
    }

    @FXML
    private void importCertificate() {
        if (fileChosen(certificateFile, "identity.file.chooseCertificate", false)) {
            model.importCertificate();
        }
    }

    @FXML
    private void browseTrustFile() {
        Path path = choose("identity.file.chooseAnchors", false);
        if (path != null) {
            trustFile.setText(path.toString());
        }
    }

    @FXML
    private void importAnchors() {
        if (fileChosen(trustFile, "identity.file.chooseAnchors", false)) {
            char[] secret = password.getText().toCharArray();
            password.clear();
            model.trust().importAnchors(secret);
        }
    }

    @FXML
    private void importCrl() {
        if (fileChosen(trustFile, "identity.file.chooseCrl", true)) {
            model.trust().importCrl();
        }
    }

    @FXML
    private void pin() {
        model.trust().pinSelected();
    }

    @FXML
    private void unpin() {
        model.trust().unpinSelected();
    }

    @FXML
    private void saveRule() {
        model.trust().saveRule();
    }

    private static void column(TableColumn<AnchorRow, String> column, Function<AnchorRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void showDevice() {
        model.showDevice();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void revalidate() {
        model.revalidateAll();
    }

    private void styleBinding(IdentityRow row) {
        bindingState.getStyleClass().removeAll("state-good", "state-bad", "state-neutral");
        if (row != null) {
            bindingState.getStyleClass().add(row.binding() == BindingState.BOUND ? "state-good"
                    : row.binding() == BindingState.CONFLICTING ? "state-bad" : "state-neutral");
        }
    }

    /** One box per certificate, indented towards the leaf, each with a badge (anchor / valid / failed). */
    private void drawChain() {
        chain.getChildren().clear();
        for (ChainRow row : model.chain()) {
            Label badge = new Label(bundle.getString(row.passes() ? "identity.badge.ok" : "identity.badge.failed"));
            String state = !row.passes() ? "failed" : row.warned() ? "warn" : "ok";
            badge.getStyleClass().addAll("link-badge", "link-" + state);
            badge.setMinWidth(60);
            Label subject = new Label(row.subject());
            subject.getStyleClass().add("link-subject");
            Label status = new Label(row.status());
            status.getStyleClass().add("link-status");
            status.setWrapText(true);
            VBox text = new VBox(2, subject, status);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox link = new HBox(10, badge, text);
            link.getStyleClass().addAll("chain-link", "chain-link-" + state);
            VBox.setMargin(link, new javafx.geometry.Insets(0, 0, 0, 24 * row.depth()));
            chain.getChildren().add(link);
        }
    }

    /** A text row that wraps to the list's width instead of scrolling sideways. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** A list row marked by its validation and binding state. */
    private static final class IdentityCell extends ListCell<IdentityRow> {
        @Override
        protected void updateItem(IdentityRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("identity-valid", "identity-invalid", "identity-conflicting");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.summary());
            setWrapText(true);
            if (row.binding() == BindingState.CONFLICTING) {
                getStyleClass().add("identity-conflicting");
            } else if (row.validation() == ValidationState.VALID) {
                getStyleClass().add("identity-valid");
            } else if (row.validation() != ValidationState.NOT_VALIDATED) {
                getStyleClass().add("identity-invalid");
            }
        }
    }
}
