package org.uditrust.app;

import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.uditrust.Services;
import java.util.ResourceBundle;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.Actor;

/**
 * The desktop face: one window with a navigation list, the views, and a status bar for background work.
 *
 * <p>{@code Main} calls {@link #launch(Services, String...)}; JavaFX then builds this class itself, which is why the
 * services pass through a static field (the toolkit offers no constructor injection for the application class).
 */
public final class DesktopApp extends Application {

    /** Width and height of a new window, in pixels. */
    static final double WIDTH = 1200;
    static final double HEIGHT = 800;

    private static volatile Services services;

    private ExecutorService background;

    public static void launch(Services wired, String... args) {
        services = wired;
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newFixedThreadPool(2, daemonThreads());
        TaskRunner tasks = new TaskRunner(background, Platform::runLater);
        boolean demo = getParameters().getRaw().contains("--demo");
        Services wired = demo ? DemoDatabase.services(services) : services;
        if (demo) {
            DemoDatabase.reset(wired.databaseFile()); // before any view can open the old file
        }
        Actor actor = Actor.operatingSystemUser();
        DesktopViews views = new DesktopViews(wired, wired::registry, tasks, Settings.userPreferences(), actor,
                GudidImport.importer(actor, ResourceBundle.getBundle(DesktopViews.BUNDLE)));
        stage.setTitle(views.bundle().getString("app.title"));
        stage.setScene(DesktopViews.scene(views.mainWindow(), WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        addIcons(stage);
        stage.show();
        DatabaseOpener.open(stage, wired, tasks, views.bundle(), demo);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    private static void addIcons(Stage stage) {
        for (String size : new String[] {"32", "64", "256"}) {
            try (InputStream in = DesktopApp.class.getResourceAsStream("/org/uditrust/app/icon-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An icon that cannot be read leaves the platform default; not worth stopping the app for.
            }
        }
    }

    /** Background threads never keep the JVM alive after the window closes. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "uditrust-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
