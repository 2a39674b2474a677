package org.uditrust.registry.csv;

import java.util.Objects;

/** How an import ended. Only {@link Imported} stored anything. */
public sealed interface ImportOutcome
        permits ImportOutcome.Imported, ImportOutcome.RolledBack, ImportOutcome.Validated, ImportOutcome.Failed {

    ImportReport report();

    /**
     * The accepted rows are stored, each with its audit entry, in one transaction. In
     * {@link ImportMode#ACCEPTED_ROWS} the report may list rejected rows that were left out.
     */
    record Imported(ImportReport report) implements ImportOutcome {
    }

    /** {@link ImportMode#ALL_OR_NOTHING} found rejected rows: nothing was stored. */
    record RolledBack(ImportReport report) implements ImportOutcome {
    }

    /** {@link ImportMode#VALIDATE_ONLY}: the file was checked, nothing was stored. */
    record Validated(ImportReport report) implements ImportOutcome {
    }

    /**
     * The file cannot be imported at all (empty, no UDI column, not UTF-8, a quote never closed, …): nothing was
     * stored.
     *
     * @param code    {@code import.…} or {@code csv.…}
     * @param line    the line of the fault, or 0 when it concerns the whole file
     * @param message what is wrong and how to fix it
     * @param report  what was read up to the fault
     */
    record Failed(String code, long line, String message, ImportReport report) implements ImportOutcome {
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(report, "report");
        }
    }
}
