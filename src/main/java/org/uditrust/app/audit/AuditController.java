package org.uditrust.app.audit;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.uditrust.audit.AuditEntry;

/** Binds the Audit view to its view model. */
public final class AuditController {

    private final AuditViewModel model;
    private final ResourceBundle bundle;

    @FXML
    private ComboBox<String> entityType;
    @FXML
    private TextField actor;
    @FXML
    private TextField search;
    @FXML
    private Label count;
    @FXML
    private Button verifyButton;
    @FXML
    private Label verdict;
    @FXML
    private TableView<AuditEntry> table;
    @FXML
    private TableColumn<AuditEntry, String> sequenceColumn;
    @FXML
    private TableColumn<AuditEntry, String> atColumn;
    @FXML
    private TableColumn<AuditEntry, String> actorColumn;
    @FXML
    private TableColumn<AuditEntry, String> actionColumn;
    @FXML
    private TableColumn<AuditEntry, String> entityColumn;
    @FXML
    private Label entryHeading;
    @FXML
    private TextArea before;
    @FXML
    private TextArea after;

    public AuditController(AuditViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        entityType.getItems().setAll(AuditViewModel.ENTITY_TYPES);
        entityType.setConverter(new StringConverter<>() {
            @Override
            public String toString(String type) {
                return type == null || type.isEmpty() ? bundle.getString("audit.entityType.any") : type;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        entityType.valueProperty().bindBidirectional(model.entityTypeProperty());
        actor.textProperty().bindBidirectional(model.actorProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        count.textProperty().bind(model.countTextProperty());
        verifyButton.disableProperty().bind(model.verifyingProperty());
        verdict.textProperty().bind(model.verdictProperty());
        model.chainProperty().addListener((obs, old, now) -> {
            verdict.getStyleClass().removeAll("chain-intact", "chain-broken");
            if (now == AuditViewModel.ChainState.INTACT) {
                verdict.getStyleClass().add("chain-intact");
            } else if (now == AuditViewModel.ChainState.BROKEN || now == AuditViewModel.ChainState.FAILED) {
                verdict.getStyleClass().add("chain-broken");
            }
        });

        column(sequenceColumn, e -> Long.toString(e.sequence()));
        column(atColumn, e -> e.at().toString());
        column(actorColumn, AuditEntry::actor);
        column(actionColumn, e -> e.change().action());
        column(entityColumn, e -> e.change().entityType() + " " + e.change().entityId());
        table.itemsProperty().bind(model.rowsProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        entryHeading.textProperty().bind(model.headingProperty());
        before.textProperty().bind(model.beforeProperty());
        after.textProperty().bind(model.afterProperty());

        // Audit entries are written from other views; re-read whenever this view comes on screen.
        table.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.reload();
            }
        });
        model.reload();
    }

    private void column(TableColumn<AuditEntry, String> column, Function<AuditEntry, String> value) {
        String loading = bundle.getString("devices.loading");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? loading
                : value.apply(c.getValue())));
    }

    @FXML
    private void verify() {
        model.verify();
    }
}
