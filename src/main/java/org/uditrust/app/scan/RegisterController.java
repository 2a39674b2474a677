package org.uditrust.app.scan;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.uditrust.app.devices.FieldRow;

/** Binds the Scan view's register panel to its view model. */
public final class RegisterController {

    private final RegisterViewModel model;

    @FXML
    private Label emptyHint;
    @FXML
    private Label lookingUp;
    @FXML
    private VBox content;
    @FXML
    private GridPane modelGrid;
    @FXML
    private VBox findings;
    @FXML
    private HBox existingBox;
    @FXML
    private Label existingText;
    @FXML
    private VBox form;
    @FXML
    private TextField site;
    @FXML
    private TextField building;
    @FXML
    private TextField department;
    @FXML
    private TextField room;
    @FXML
    private TextField owner;
    @FXML
    private TextField notes;
    @FXML
    private Button registerButton;
    @FXML
    private Label message;

    public RegisterController(RegisterViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        show(emptyHint, model.stateProperty().isEqualTo(RegisterViewModel.State.EMPTY));
        show(lookingUp, model.stateProperty().isEqualTo(RegisterViewModel.State.LOOKING_UP));
        show(content, model.stateProperty().isEqualTo(RegisterViewModel.State.NEW)
                .or(model.stateProperty().isEqualTo(RegisterViewModel.State.ALREADY_REGISTERED)));
        show(existingBox, model.stateProperty().isEqualTo(RegisterViewModel.State.ALREADY_REGISTERED));
        show(form, model.stateProperty().isEqualTo(RegisterViewModel.State.NEW));
        existingText.textProperty().bind(model.existingTextProperty());
        message.textProperty().bind(model.messageProperty());
        show(message, model.messageProperty().isNotEmpty());
        site.textProperty().bindBidirectional(model.siteProperty());
        building.textProperty().bindBidirectional(model.buildingProperty());
        department.textProperty().bindBidirectional(model.departmentProperty());
        room.textProperty().bindBidirectional(model.roomProperty());
        owner.textProperty().bindBidirectional(model.ownerProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        registerButton.disableProperty().bind(model.canRegisterProperty().not());

        model.model().addListener((ListChangeListener<FieldRow>) change -> fillModel());
        model.findings().addListener((ListChangeListener<String>) change -> fillFindings());
        fillModel();
        fillFindings();
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private void fillModel() {
        modelGrid.getChildren().clear();
        int row = 0;
        for (FieldRow field : model.model()) {
            Label name = new Label(field.name());
            name.getStyleClass().add("field-name");
            Label value = new Label(field.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            modelGrid.addRow(row++, name, value);
        }
    }

    private void fillFindings() {
        findings.getChildren().clear();
        if (model.findings().isEmpty()) {
            Label ok = new Label(model.findingsOkText());
            ok.getStyleClass().add("hint");
            findings.getChildren().add(ok);
            return;
        }
        for (String finding : model.findings()) {
            Label line = new Label("⚠ " + finding);
            line.setWrapText(true);
            line.getStyleClass().add("finding");
            findings.getChildren().add(line);
        }
    }

    @FXML
    private void register() {
        model.register();
    }

    @FXML
    private void openExisting() {
        model.openExisting();
    }
}
