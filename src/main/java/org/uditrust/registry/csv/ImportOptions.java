package org.uditrust.registry.csv;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * How to import a device file.
 *
 * @param mode             what to do when rows are rejected ({@link ImportMode#ALL_OR_NOTHING} by default)
 * @param limits           CSV size limits
 * @param maxRejectedListed how many rejected rows the report lists with their reasons (all are counted)
 * @param progress         told the number of data rows read so far, every {@link #PROGRESS_STEP} rows and at the
 *                         end, on the importing thread
 */
public record ImportOptions(ImportMode mode, CsvLimits limits, int maxRejectedListed, LongConsumer progress) {

    public static final int PROGRESS_STEP = 10_000;

    public ImportOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(limits, "limits");
        if (maxRejectedListed < 0) {
            throw new IllegalArgumentException("maxRejectedListed < 0");
        }
        if (progress == null) {
            progress = rows -> { };
        }
    }

    /** All or nothing, default limits, up to 1,000 rejected rows listed, no progress reports. */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, CsvLimits.DEFAULT, 1_000, null);
    }

    public ImportOptions withMode(ImportMode newMode) {
        return new ImportOptions(newMode, limits, maxRejectedListed, progress);
    }

    public ImportOptions withProgress(LongConsumer newProgress) {
        return new ImportOptions(mode, limits, maxRejectedListed, newProgress);
    }
}
