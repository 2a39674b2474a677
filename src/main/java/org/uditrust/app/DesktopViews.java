package org.uditrust.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.uditrust.Services;
import org.uditrust.app.scan.ScanController;
import org.uditrust.app.scan.ScanViewModel;
import org.uditrust.app.shell.MainController;
import org.uditrust.app.shell.MainViewModel;
import org.uditrust.app.shell.ViewLoader;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.udi.ParseOptions;

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

    /** Monospace font with a glyph for U+241D, the visible group separator (see fonts/README.md). */
    public static final String MONO_FONT = "UDI Trust Mono";

    private static final AtomicBoolean FONTS_LOADED = new AtomicBoolean();

    private final ViewLoader loader;

    /**
     * Builds the wiring; call on the FX thread once the toolkit runs (fonts are registered here).
     *
     * @param settings remembered user choices; a saved GS substitute overrides the one in {@code services}
     */
    public DesktopViews(Services services, TaskRunner tasks, Settings settings) {
        loadFonts();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainController.class, () -> new MainController(new MainViewModel(tasks), loader()),
                ScanController.class, () -> new ScanController(scanViewModel(services, tasks, settings, bundle),
                        bundle));
        this.loader = new ViewLoader(bundle, controllers);
    }

    private static ScanViewModel scanViewModel(Services services, TaskRunner tasks, Settings settings,
                                               ResourceBundle bundle) {
        ParseOptions options = settings.get(Settings.GS_SUBSTITUTE)
                .map(services.options()::withGroupSeparatorSubstitute)
                .orElse(services.options());
        ScanViewModel model = new ScanViewModel(o -> services.withOptions(o).parser(), options, services.decoder(),
                tasks, services.clock(), bundle);
        model.groupSeparatorSubstituteProperty()
                .addListener((obs, old, now) -> settings.put(Settings.GS_SUBSTITUTE, now));
        return model;
    }

    private ViewLoader loader() {
        return loader;
    }

    public ResourceBundle bundle() {
        return loader.bundle();
    }

    private static void loadFonts() {
        if (!FONTS_LOADED.compareAndSet(false, true)) {
            return;
        }
        for (String style : new String[] {"Regular", "Bold"}) {
            try (InputStream in = DesktopViews.class.getResourceAsStream(
                    "/org/uditrust/app/fonts/UDITrustMono-" + style + ".ttf")) {
                if (in != null) {
                    Font.loadFont(in, 13);
                }
            } catch (IOException e) {
                // Without it the CSS falls back to the platform's monospace font; GS may then show as a box.
            }
        }
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
