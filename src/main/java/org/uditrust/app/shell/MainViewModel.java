package org.uditrust.app.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uditrust.app.task.TaskRunner;

/** The main window's state: which section is shown and what the background task area says. */
public final class MainViewModel {

    private final ObservableList<Section> sections =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(Section.values()));
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(this, "selected", Section.SCAN);
    private final TaskRunner tasks;
    private final StringBinding taskText;

    public MainViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.taskText = Bindings.createStringBinding(() -> {
            String title = tasks.titleProperty().get();
            String message = tasks.messageProperty().get();
            return message == null || message.isEmpty() ? title : title + " — " + message;
        }, tasks.titleProperty(), tasks.messageProperty());
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    /** The section on screen; the navigation list writes it. Never null: null selections are ignored. */
    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    public void select(Section section) {
        if (section != null) {
            selected.set(section);
        }
    }

    public ReadOnlyBooleanProperty taskRunningProperty() {
        return tasks.runningProperty();
    }

    /** "Decoding label.png — Image 1 of 1: label.png". */
    public StringBinding taskTextProperty() {
        return taskText;
    }

    public ReadOnlyStringProperty taskTitleProperty() {
        return tasks.titleProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return tasks.messageProperty();
    }

    /** 0..1, or -1 for an indeterminate bar. */
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return tasks.progressProperty();
    }

    /** Cancels the task the status bar shows. */
    public void cancelTask() {
        tasks.cancel();
    }
}
