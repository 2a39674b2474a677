package org.uditrust.app.devices;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;

/** Binds the Devices view to its view models; file choosers and the restore confirmation live here. */
public final class DevicesController {

    private final DevicesViewModel model;
    private final DatabaseToolsViewModel tools;
    private final ResourceBundle bundle;

    @FXML
    private TextField search;
    @FXML
    private ComboBox<DeviceStatus> statusFilter;
    @FXML
    private Label count;
    @FXML
    private Label message;
    @FXML
    private TableView<Device> table;
    @FXML
    private TableColumn<Device, String> diColumn;
    @FXML
    private TableColumn<Device, String> brandColumn;
    @FXML
    private TableColumn<Device, String> lotColumn;
    @FXML
    private TableColumn<Device, String> serialColumn;
    @FXML
    private TableColumn<Device, String> expiryColumn;
    @FXML
    private TableColumn<Device, String> statusColumn;
    @FXML
    private TableColumn<Device, String> locationColumn;
    @FXML
    private TableColumn<Device, String> registeredColumn;
    @FXML
    private Label detailNone;
    @FXML
    private HBox detailBox;
    @FXML
    private TableView<FieldRow> details;
    @FXML
    private TableColumn<FieldRow, String> fieldColumn;
    @FXML
    private TableColumn<FieldRow, String> valueColumn;
    @FXML
    private ComboBox<DeviceStatus> editStatus;
    @FXML
    private Button applyStatusButton;
    @FXML
    private TextField editSite;
    @FXML
    private TextField editBuilding;
    @FXML
    private TextField editDepartment;
    @FXML
    private TextField editRoom;
    @FXML
    private Button moveButton;
    @FXML
    private TextField editOwner;
    @FXML
    private TextArea editNotes;
    @FXML
    private Button saveOwnerButton;
    @FXML
    private MenuItem gudidZipItem;
    @FXML
    private MenuItem gudidDirItem;

    public DevicesController(DevicesViewModel model, DatabaseToolsViewModel tools, ResourceBundle bundle) {
        this.model = model;
        this.tools = tools;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchProperty());
        StringConverter<DeviceStatus> statusNames = new StringConverter<>() {
            @Override
            public String toString(DeviceStatus status) {
                return model.statusText(status);
            }

            @Override
            public DeviceStatus fromString(String s) {
                return null;
            }
        };
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(DeviceStatus.values());
        statusFilter.setConverter(statusNames);
        statusFilter.setButtonCell(statusCell(statusNames));
        statusFilter.setCellFactory(list -> statusCell(statusNames));
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        count.textProperty().bind(model.countTextProperty());

        DeviceTexts texts = model.texts();
        column(diColumn, Device::di);
        column(brandColumn, model::brand);
        column(lotColumn, Device::lot);
        column(serialColumn, Device::serial);
        column(expiryColumn, d -> texts.date(d.expiry()));
        column(statusColumn, d -> texts.status(d.status()));
        column(locationColumn, texts::location);
        column(registeredColumn, d -> texts.day(d.registeredAt()));
        table.itemsProperty().bind(model.rowsProperty());
        // The rows are a lazily paged query: sorting is the database's job, so a header click re-queries.
        table.setSortPolicy(t -> {
            TableColumn<Device, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            DeviceQuery.Sort sort = first == null ? null : DeviceQuery.Sort.valueOf((String) first.getUserData());
            model.sortBy(sort, first != null && first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });

        detailNone.visibleProperty().bind(model.selectedProperty().isNull());
        detailNone.managedProperty().bind(detailNone.visibleProperty());
        detailBox.visibleProperty().bind(model.selectedProperty().isNotNull());
        detailBox.managedProperty().bind(detailBox.visibleProperty());
        details.setItems(model.details());
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        editStatus.getItems().setAll(DeviceStatus.values());
        editStatus.setConverter(statusNames);
        editStatus.setButtonCell(statusCell(statusNames));
        editStatus.setCellFactory(list -> statusCell(statusNames));
        editStatus.valueProperty().bindBidirectional(model.editStatusProperty());
        editSite.textProperty().bindBidirectional(model.editSiteProperty());
        editBuilding.textProperty().bindBidirectional(model.editBuildingProperty());
        editDepartment.textProperty().bindBidirectional(model.editDepartmentProperty());
        editRoom.textProperty().bindBidirectional(model.editRoomProperty());
        editOwner.textProperty().bindBidirectional(model.editOwnerProperty());
        editNotes.textProperty().bindBidirectional(model.editNotesProperty());
        for (Button b : Arrays.asList(applyStatusButton, moveButton, saveOwnerButton)) {
            b.disableProperty().bind(model.busyProperty());
        }

        // The last word from either model shows in one message line.
        model.messageProperty().addListener((obs, old, now) -> showMessage(now, model.messageIsErrorProperty().get()));
        tools.messageProperty().addListener((obs, old, now) -> showMessage(now, tools.messageIsErrorProperty().get()));
        gudidZipItem.setDisable(!tools.canImportGudid());
        gudidDirItem.setDisable(!tools.canImportGudid());

        // Devices are registered from the Scan view; re-read whenever this view comes on screen.
        table.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.reload();
            }
        });
        model.reload();
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        boolean shown = text != null && !text.isEmpty();
        message.setVisible(shown);
        message.setManaged(shown);
        message.getStyleClass().removeAll("error-message", "info-message");
        message.getStyleClass().add(error ? "error-message" : "info-message");
    }

    private static ListCell<DeviceStatus> statusCell(StringConverter<DeviceStatus> names) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DeviceStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        };
    }

    /** A column whose text comes from the row; a row still loading (null) shows an ellipsis. */
    private void column(TableColumn<Device, String> column, Function<Device, String> value) {
        String loading = bundle.getString("devices.loading");
        column.setCellValueFactory(c -> {
            Device d = c.getValue();
            String shown = d == null ? loading : value.apply(d);
            return new ReadOnlyStringWrapper(shown == null ? "" : shown);
        });
    }

    @FXML
    private void refresh() {
        model.reload();
    }

    @FXML
    private void applyStatus() {
        model.applyStatus();
    }

    @FXML
    private void move() {
        model.applyMove();
    }

    @FXML
    private void saveOwner() {
        model.applyOwnerAndNotes();
    }

    @FXML
    private void importGudidZip() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("devices.gudid.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("devices.gudid.filter"),
                "*.zip"));
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file != null) {
            tools.importGudid(file.toPath());
        }
    }

    @FXML
    private void importGudidDir() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(bundle.getString("devices.gudid.dirTitle"));
        File dir = chooser.showDialog(table.getScene().getWindow());
        if (dir != null) {
            tools.importGudid(dir.toPath());
        }
    }

    @FXML
    private void backup() {
        FileChooser chooser = databaseChooser("devices.backup.title");
        chooser.setInitialFileName("uditrust-backup.db");
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            tools.backup(file.toPath());
        }
    }

    @FXML
    private void restore() {
        File file = databaseChooser("devices.restore.title").showOpenDialog(table.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path source = file.toPath();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, tools.restoreQuestion(source), ButtonType.OK,
                ButtonType.CANCEL);
        confirm.initOwner(table.getScene().getWindow());
        confirm.setHeaderText(null);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            tools.restore(source);
        }
    }

    private FileChooser databaseChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("devices.db.filter"),
                "*.db", "*.sqlite"));
        return chooser;
    }
}
