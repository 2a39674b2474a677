package org.uditrust.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress line on standard error for long work (imports, exports), so standard output stays clean for
 * {@code --json}. At most one line a second: stderr is often a log file, not a terminal, so lines are appended,
 * never redrawn with carriage returns.
 */
final class ProgressLine {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final PrintWriter err;
    private final String title;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private String lastStep;

    ProgressLine(PrintWriter err, String title) {
        this.err = err;
        this.title = title;
    }

    /** Reports {@code done} of {@code total} (total &lt;= 0 when unknown) if a second has passed since the last line. */
    void update(long done, long total, String unit) {
        long now = System.nanoTime();
        if (now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        err.println(line(done, total, unit, now));
        err.flush();
    }

    /**
     * Prints {@code text} if a second has passed since the last line or the step changed (so "Committing" is never
     * swallowed by the throttle).
     */
    void line(String step, String text) {
        long now = System.nanoTime();
        if (step.equals(lastStep) && now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastStep = step;
        lastPrinted = now;
        err.println(title + ": " + text);
        err.flush();
    }

    /** The closing line, always printed. */
    void done(long done, String unit) {
        err.println(title + ": " + done + " " + unit + " in " + seconds(System.nanoTime()) + " s");
        err.flush();
    }

    private String line(long done, long total, String unit, long now) {
        String count = total > 0
                ? String.format(Locale.ROOT, "%d of %d %s (%d%%)", done, total, unit, done * 100 / total)
                : done + " " + unit;
        return title + ": " + count + ", " + seconds(now) + " s";
    }

    private String seconds(long now) {
        return String.format(Locale.ROOT, "%.1f", (now - started) / 1e9);
    }
}
