package org.uditrust.app;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.uditrust.Services;
import org.uditrust.app.scan.ScanController;
import org.uditrust.app.scan.ScanViewModel;
import org.uditrust.app.shell.MainController;
import org.uditrust.app.shell.MainViewModel;
import org.uditrust.app.shell.ViewLoader;
import org.uditrust.app.task.TaskRunner;

/**
 * The desktop face's part of the composition root: builds every view model and controller from {@link Services}
 * and one {@link TaskRunner}. The app and the UI tests both build their windows here, so tests drive the real
 * wiring.
 */
public final class DesktopViews {

    /** Base name of the UI text bundle. */
    public static final String BUNDLE = "org.uditrust.app.messages";
    /** The stylesheet every scene uses. */
    public static final String STYLESHEET = "/org/uditrust/app/uditrust.css";

    private final ViewLoader loader;

    public DesktopViews(Services services, TaskRunner tasks) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainController.class, () -> new MainController(new MainViewModel(tasks), loader()),
                ScanController.class, () -> new ScanController(new ScanViewModel(
                        options -> services.withOptions(options).parser(), services.options(), services.decoder(),
                        tasks, services.clock(), bundle), bundle));
        this.loader = new ViewLoader(bundle, controllers);
    }

    private ViewLoader loader() {
        return loader;
    }

    public ResourceBundle bundle() {
        return loader.bundle();
    }

    /** The main window's content: navigation, views and status bar. */
    public Parent mainWindow() {
        return loader.load("/org/uditrust/app/shell/MainWindow.fxml");
    }

    /** A scene for {@code root} with the app stylesheet. */
    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(DesktopViews.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }
}
