package org.uditrust.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** Binds the main window to its view model and swaps views as the navigation changes. Views load once. */
public final class MainController {

    private final MainViewModel model;
    private final ViewLoader views;
    private final ResourceBundle bundle;
    private final Map<Section, Node> loaded = new EnumMap<>(Section.class);

    @FXML
    private ListView<Section> navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label statusText;
    @FXML
    private HBox taskArea;
    @FXML
    private Label taskTitle;
    @FXML
    private Label taskMessage;
    @FXML
    private ProgressBar taskProgress;
    @FXML
    private Button cancelButton;

    public MainController(MainViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
        this.bundle = views.bundle();
    }

    @FXML
    private void initialize() {
        navigation.setItems(model.sections());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bundle.getString("nav." + item.key()));
                setId(empty || item == null ? null : "nav-" + item.key());
                getStyleClass().remove("placeholder-section");
                if (!empty && item != null && item.isPlaceholder()) {
                    getStyleClass().add("placeholder-section");
                }
            }
        });
        navigation.getSelectionModel().select(model.selectedProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.select(now));
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        show(model.selectedProperty().get());

        taskArea.visibleProperty().bind(model.taskRunningProperty());
        taskArea.managedProperty().bind(model.taskRunningProperty());
        statusText.visibleProperty().bind(model.taskRunningProperty().not());
        taskTitle.textProperty().bind(model.taskTitleProperty());
        taskMessage.textProperty().bind(model.taskMessageProperty());
        taskProgress.progressProperty().bind(model.taskProgressProperty());
    }

    @FXML
    private void cancelTask() {
        model.cancelTask();
    }

    private void show(Section section) {
        Node view = loaded.computeIfAbsent(section, this::load);
        content.getChildren().setAll(view);
        if (navigation.getSelectionModel().getSelectedItem() != section) {
            navigation.getSelectionModel().select(section);
        }
    }

    private Node load(Section section) {
        if (section.isPlaceholder()) {
            return views.load("/org/uditrust/app/shell/PlaceholderView.fxml",
                    type -> new PlaceholderController(section, bundle));
        }
        return views.load(section.fxml());
    }
}
