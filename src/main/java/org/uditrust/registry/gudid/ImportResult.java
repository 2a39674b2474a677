package org.uditrust.registry.gudid;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** How a GUDID import ended. */
public sealed interface ImportResult {

    /**
     * The release is live.
     *
     * @param releaseName  the release's name, as recorded in the audit trail
     * @param rowsRead     data rows read per file
     * @param absentFiles  known files the release did not contain
     * @param devicesStaged device rows staged
     * @param modelsLive   models live after the commit
     * @param problems     row problems (skipped rows, ignored fields)
     */
    record Imported(String releaseName, Map<GudidFile, Long> rowsRead, Set<GudidFile> absentFiles,
                    long devicesStaged, long modelsLive, RowProblemReport problems) implements ImportResult {
        public Imported {
            Objects.requireNonNull(releaseName, "releaseName");
            rowsRead = Map.copyOf(rowsRead);
            absentFiles = Set.copyOf(absentFiles);
            Objects.requireNonNull(problems, "problems");
        }
    }

    /** Nothing changed: the release could not be imported, for the reason given in one or two sentences. */
    record Failed(String message) implements ImportResult {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Nothing changed: the user cancelled after {@code rowsRead} rows. */
    record Cancelled(long rowsRead) implements ImportResult {
    }
}
