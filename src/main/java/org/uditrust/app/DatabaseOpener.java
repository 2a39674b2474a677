package org.uditrust.app;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.uditrust.Services;
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;

/**
 * Opens (and, with {@code --demo}, first builds) the database in the background as soon as the window shows, so a
 * file that is not ours or is newer than the app is reported at once in a dialog, not as a crash or as a failure in
 * the first view that reads it. Scanning keeps working either way.
 */
final class DatabaseOpener {

    private DatabaseOpener() {
    }

    static void open(Window owner, Services services, TaskRunner tasks, ResourceBundle bundle, boolean demo) {
        tasks.submit(new BackgroundTask<Void>() {
            @Override
            public String title() {
                return bundle.getString(demo ? "db.task.demo" : "db.task.open");
            }

            @Override
            public Void call(TaskContext context) {
                if (demo) {
                    DemoDatabase.fill(services, context);
                } else {
                    services.registry();
                }
                return null;
            }
        }, new TaskCallbacks<>(ok -> { }, e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(bundle.getString("db.error.title"));
            alert.setHeaderText(bundle.getString("db.error.header"));
            alert.setContentText(MessageFormat.format(bundle.getString("db.error.text"),
                    DevicesViewModel.describe(e), services.databaseFile()));
            alert.getDialogPane().setMinWidth(560);
            alert.getDialogPane().setId("databaseError");
            alert.show();
        }, null));
    }
}
