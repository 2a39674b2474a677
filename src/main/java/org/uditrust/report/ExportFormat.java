package org.uditrust.report;

import java.util.Locale;

/** The inventory export formats. */
public enum ExportFormat {
    /** CSV with a header, the columns {@code DeviceImportService} reads first, so an export imports again. */
    CSV,
    /** One JSON array of device objects (for people and tools that load a whole document). */
    JSON,
    /** JSON Lines: one device object per line (for streaming tools, {@code jq -c}, log pipelines). */
    JSON_LINES,
    /**
     * FHIR R4 {@code Device} resources as NDJSON, one per line, as the FHIR Bulk Data Access specification
     * ({@code application/fhir+ndjson}) exchanges large sets: the default FHIR form, since a million devices in one
     * Bundle is a document few servers accept.
     */
    FHIR_NDJSON,
    /** FHIR R4 {@code Bundle} of type {@code collection} holding the {@code Device} resources (one document). */
    FHIR_BUNDLE;

    /**
     * The format a file name asks for: {@code .csv}, {@code .json}, {@code .jsonl}, {@code .ndjson} (FHIR NDJSON),
     * {@code .fhir.json} (FHIR Bundle); null when the extension names none.
     */
    public static ExportFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return CSV;
        }
        if (n.endsWith(".fhir.json")) {
            return FHIR_BUNDLE;
        }
        if (n.endsWith(".ndjson")) {
            return FHIR_NDJSON;
        }
        if (n.endsWith(".jsonl")) {
            return JSON_LINES;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        return null;
    }
}
