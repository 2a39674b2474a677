package org.uditrust.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /**
     * Skips the calling test class when there is no display, unless {@code CI=true}: in CI a missing display is a
     * broken set-up and must fail, not skip. Also selects TestFX's Glass robot, because surefire runs with
     * {@code java.awt.headless=true}, which rules out the AWT robot.
     */
    public static void requireDisplay() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String display = System.getenv("DISPLAY");
        if (!ci) {
            assumeTrue(display != null && !display.isBlank(),
                    "No DISPLAY, so the JavaFX UI tests are skipped: run them with `xvfb-run -a ./mvnw test` "
                            + "(with CI=true a missing display fails instead)");
        }
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.setup.timeout", "20000");
    }

    /** The app's window in {@code stage}, wired like the app, with tasks on {@code background}; returns its runner. */
    public static TaskRunner show(Stage stage, ExecutorService background) {
        Services services = Services.create(CLOCK, ParseOptions.defaults(CLOCK));
        TaskRunner tasks = new TaskRunner(background, Platform::runLater);
        DesktopViews views = new DesktopViews(services, tasks);
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
}
