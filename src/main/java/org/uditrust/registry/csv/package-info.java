/**
 * Device import from CSV: the inventory spreadsheets hospitals keep, saved as CSV (UTF-8, comma, semicolon or tab).
 *
 * <ul>
 *   <li>{@link org.uditrust.registry.csv.CsvReader}: a streaming RFC 4180 reader (quoted cells with delimiters,
 *   line breaks and doubled quotes; BOM; delimiter told from the header line; bounded record length and width;
 *   faults as {@link org.uditrust.registry.csv.CsvRow.Malformed} with line numbers, never exceptions).
 *   {@link org.uditrust.registry.csv.CsvWriter} writes what it reads, spreadsheet-safe
 *   ({@link org.uditrust.registry.csv.FormulaGuard}).</li>
 *   <li>{@link org.uditrust.registry.csv.DeviceImportService}: columns by header name
 *   ({@link org.uditrust.registry.csv.ImportColumn}: udi/carrier/barcode, site, building, department, room, or
 *   location as {@code Site/Building/Department/Room}, owner, notes, status), each row's UDI parsed by
 *   {@code UdiParser}, the status checked, duplicates refused within the file (whatever the notation: HRI, scanner
 *   data, Digital Link) and against the inventory; a report of rejected rows with line and reason.</li>
 *   <li>Never half-imported: the file is read in one write transaction. {@link
 *   org.uditrust.registry.csv.ImportMode#ALL_OR_NOTHING} (default) commits only when no row is rejected;
 *   {@link org.uditrust.registry.csv.ImportMode#ACCEPTED_ROWS} commits the valid rows and reports the others;
 *   {@link org.uditrust.registry.csv.ImportMode#VALIDATE_ONLY} stores nothing. A fault that breaks the file's
 *   structure (quote never closed, oversized record, bytes that are not UTF-8, bad header) stores nothing in any
 *   mode.</li>
 *   <li>Fast on large files: devices and their audit entries are written in batches ({@code
 *   DeviceRegistrar.Batch}: one entry per device, the same hashes as row by row), and a large import lets the store
 *   rebuild its query indexes once at the end instead of updating them per row. Rows are read and parsed, and
 *   their UDI keys made, on a second thread a few blocks ahead ({@code ParsedRows}); a million rows take ~19 s
 *   (BENCHMARKS.md).</li>
 * </ul>
 */
package org.uditrust.registry.csv;
