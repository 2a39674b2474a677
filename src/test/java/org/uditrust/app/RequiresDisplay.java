package org.uditrust.app;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Put before TestFX's {@code ApplicationExtension}: skips the UI tests, with the reason, when there is no display,
 * unless {@code CI=true} (in CI a missing display is a broken set-up and must fail, not skip). Run the UI tests with
 * {@code xvfb-run -a ./mvnw test}.
 *
 * <p>A condition rather than an assumption in a callback: an aborted {@code beforeEach} would still run TestFX's
 * {@code afterEach}, which fails without a toolkit and turns the skip into an error.
 *
 * <p>It also selects TestFX's Glass robot: surefire runs with {@code java.awt.headless=true}, which rules out the
 * default AWT robot. This is set when the class loads, before TestFX builds its robots.
 */
public final class RequiresDisplay implements ExecutionCondition {

    static {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.setup.timeout", "20000");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String display = System.getenv("DISPLAY");
        if (ci || (display != null && !display.isBlank())) {
            return ConditionEvaluationResult.enabled(ci ? "CI=true: UI tests must run" : "DISPLAY=" + display);
        }
        return ConditionEvaluationResult.disabled("No DISPLAY, so this JavaFX UI test is skipped: run it with "
                + "`xvfb-run -a ./mvnw test` (with CI=true a missing display fails instead)");
    }
}
