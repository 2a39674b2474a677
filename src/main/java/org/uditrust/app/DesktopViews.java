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
import org.uditrust.app.audit.AuditController;
import org.uditrust.app.audit.AuditViewModel;
import org.uditrust.app.devices.DatabaseToolsViewModel;
import org.uditrust.app.devices.DeviceTexts;
import org.uditrust.app.devices.DevicesController;
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.identity.IdentityController;
import org.uditrust.app.identity.IdentityViewModel;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.scan.RegisterController;
import org.uditrust.app.scan.RegisterViewModel;
import org.uditrust.app.scan.ScanController;
import org.uditrust.app.scan.ScanViewModel;
import org.uditrust.app.shell.MainController;
import org.uditrust.app.shell.MainViewModel;
import org.uditrust.app.shell.Section;
import org.uditrust.app.shell.ViewLoader;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.Actor;
import org.uditrust.registry.RegistryServices;
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
    private final MainViewModel main;
    private final ScanViewModel scan;
    private final DevicesViewModel devices;

    /**
     * Builds the wiring with the operating-system user as actor; call on the FX thread once the toolkit runs.
     *
     * @param settings remembered user choices; a saved GS substitute overrides the one in {@code services}
     */
    public DesktopViews(Services services, TaskRunner tasks, Settings settings) {
        this(services, services::registry, tasks, settings, Actor.operatingSystemUser(), null);
    }

    /**
     * Builds the wiring; call on the FX thread once the toolkit runs (fonts are registered here).
     *
     * @param registry the inventory services; called on background threads only (opening the database is slow
     *                 and may fail: each view reports the failure)
     * @param actor    who the audit trail names for changes made in this window
     * @param gudid    the GUDID release import, or null while this build has none
     */
    public DesktopViews(Services services, Supplier<RegistryServices> registry, TaskRunner tasks, Settings settings,
                        Actor actor, DatabaseToolsViewModel.GudidImporter gudid) {
        loadFonts();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
        DeviceTexts texts = new DeviceTexts(bundle, services.clock().getZone());
        this.main = new MainViewModel(tasks);
        this.scan = scanViewModel(services, tasks, settings, bundle);
        this.devices = new DevicesViewModel(registry, tasks, actor, bundle, texts, Debouncer.fx(250));
        RegisterViewModel register = new RegisterViewModel(scan, registry, tasks, actor, bundle, texts,
                this::openDevice);
        DatabaseToolsViewModel tools = new DatabaseToolsViewModel(registry, tasks, bundle, gudid, devices::reload);
        AuditViewModel audit = new AuditViewModel(registry, tasks, bundle, Debouncer.fx(250));
        IdentityViewModel identity = new IdentityViewModel(registry, tasks, actor, bundle);
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainController.class, () -> new MainController(main, loader()),
                ScanController.class, () -> new ScanController(scan, bundle),
                RegisterController.class, () -> new RegisterController(register),
                DevicesController.class, () -> new DevicesController(devices, tools, bundle),
                AuditController.class, () -> new AuditController(audit, bundle),
                IdentityController.class, () -> new IdentityController(identity, bundle));
        this.loader = new ViewLoader(bundle, controllers);
    }

    /** Shows a device in the Devices view (from the Scan view's "Already registered"). */
    private void openDevice(long id) {
        main.select(Section.DEVICES);
        devices.openDevice(id);
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
