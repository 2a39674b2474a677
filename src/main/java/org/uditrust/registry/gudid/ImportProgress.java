package org.uditrust.registry.gudid;

/**
 * Receives progress from a running import, on the importing thread, about every 1 % or 100 ms (never more often),
 * with {@code done} never decreasing. The app forwards it to its task ({@code ctx.updateProgress(s.done(),
 * s.total())}), the CLI rewrites a text line with {@link ImportStatus#line()}.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = status -> { };

    void report(ImportStatus status);
}
