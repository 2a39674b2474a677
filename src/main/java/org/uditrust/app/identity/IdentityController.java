package org.uditrust.app.identity;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.uditrust.registry.BindingState;
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
        crls.setItems(model.crls());
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
        model.refresh();
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
