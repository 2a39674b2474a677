package org.uditrust.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.uditrust.Services;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.udi.ParseOptions;

/**
 * Shared set-up of the TestFX tests: a real X display (Xvfb in CI, {@code xvfb-run -a ./mvnw ...}), the real
 * wiring from {@link DesktopViews}, a fixed clock, and a real background thread for tasks.
 */
public final class FxTestSupport {

    /** 2026-11-25, fixed so "expired" and the GS1 century rule do not depend on the day the test runs. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private FxTestSupport() {
    }

    /** The app's window in {@code stage}, wired like the app, with tasks on {@code background}; returns its runner. */
    public static TaskRunner show(Stage stage, ExecutorService background) {
        return show(stage, background, Settings.inMemory());
    }

    /** As {@link #show(Stage, ExecutorService)}, with the given remembered settings. */
    public static TaskRunner show(Stage stage, ExecutorService background, Settings settings) {
        return show(stage, background, settings, services(freshDatabase()));
    }

    /** Services on {@code databaseFile} with the fixed clock. */
    public static Services services(Path databaseFile) {
        return Services.create(CLOCK, ParseOptions.defaults(CLOCK), databaseFile);
    }

    /** A database file in a new temporary folder: UI tests never open the user's real inventory. */
    public static Path freshDatabase() {
        try {
            Path dir = Files.createTempDirectory("uditrust-fx-test");
            dir.toFile().deleteOnExit();
            return dir.resolve("inventory.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's window on {@code services} (and its database), acting as {@link TestInventory#ACTOR}. */
    public static TaskRunner show(Stage stage, ExecutorService background, Settings settings, Services services) {
        TaskRunner tasks = new TaskRunner(background, Platform::runLater);
        DesktopViews views = new DesktopViews(services, services::registry, tasks, settings, TestInventory.ACTOR,
                null);
        stage.setScene(DesktopViews.scene(views.mainWindow(), DesktopApp.WIDTH, DesktopApp.HEIGHT));
        stage.setTitle(views.bundle().getString("app.title"));
        stage.show();
        return tasks;
    }

    public static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-task");
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits (polling, up to 10 s) until {@code condition} holds on the FX thread's latest state. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /**
     * Writes the window as {@code name} into {@code -Dscreenshots.dir} when that property is set (the screenshots in
     * docs/screenshots are made this way); does nothing otherwise.
     */
    public static void screenshot(org.testfx.api.FxRobot robot, Stage stage, String name) {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        robot.sleep(300);
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null),
                null));
        try {
            Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(image[0], "png", Path.of(dir).resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
