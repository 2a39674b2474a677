package org.uditrust.registry.csv;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceRepository;
import org.uditrust.registry.DeviceRegistrar;
import org.uditrust.registry.LabelChecks;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.ModelCache;
import org.uditrust.registry.Repositories;
import org.uditrust.registry.Transactions;
import org.uditrust.udi.UdiParser;

/**
 * Imports devices from a CSV file (for example an inventory spreadsheet saved as CSV): columns found by their header
 * names ({@link ImportColumn}), each row's UDI parsed and checked, duplicates in the file and against the inventory
 * refused, and the result reported row by row.
 *
 * <p>Nothing is ever half-imported. The whole file is read inside ONE write transaction and every accepted row is
 * stored there with its audit entry ({@code device.import}, the same record scan-to-register writes, through
 * {@link DeviceRegistrar.Batch}, a few hundred rows at a time); the transaction commits at the end or rolls back,
 * as the {@link ImportMode} says. Once an import is large (10,000 rows, and at least half the inventory) the store
 * may set its query indexes aside and rebuild them before the commit ({@link
 * org.uditrust.registry.DeviceRepository#deferQueryIndexes}); the UDI key stays unique row by row. One
 * transaction for a million rows is what makes the import fast (no commit per row) and safe (a crash or a kill
 * leaves the inventory as it was). The file is streamed: memory holds one row, a 64-bit hash per accepted row for
 * in-file duplicates, and a bounded cache of GUDID models per DI.
 *
 * <p>Imported devices get no scan event: nobody scanned them. Cancelling (interrupting the importing thread) throws
 * {@link CancellationException} and rolls back.
 */
public final class DeviceImportService {

    private static final int MODEL_CACHE_SIZE = 10_000;

    /**
     * Rows stored before the store may set its query indexes aside (see {@link #deferIndexesAfter}): a small import
     * is cheaper with the indexes kept up to date row by row than with them rebuilt.
     */
    static final int DEFER_INDEXES_AFTER = 10_000;

    /** Devices written together ({@link DeviceRegistrar.Batch}); the store splits them into statements. */
    private static final int BATCH_SIZE = 256;

    private final UdiParser parser;
    private final Transactions transactions;
    private final Clock clock;

    public DeviceImportService(UdiParser parser, Transactions transactions, Clock clock) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports the CSV in {@code in} (UTF-8, comma, semicolon or tab, header on line 1). The stream is read to the
     * end or to the first fatal fault; the caller closes it.
     */
    public ImportOutcome importCsv(InputStream in, ImportOptions options, Actor actor) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(actor, "actor");
        CsvReader reader = CsvReader.open(in, options.limits());
        CsvRow first = reader.next();
        Run run = new Run(options, reader.delimiter(), actor);
        if (first == null) {
            return run.failed("import.empty", 0, "The file is empty: it needs a header line naming the columns "
                    + "(at least \"udi\") and one row per device.");
        }
        if (first instanceof CsvRow.Malformed bad) {
            return run.failed(bad.code(), bad.line(), bad.message());
        }
        ImportHeader.Read read = ImportHeader.read(((CsvRow.Record) first).fields());
        if (read.refusal() != null) {
            List<String> cells = ((CsvRow.Record) first).fields();
            if (read.refusal().code().equals("import.no-udi-column") && parser.parse(cells.get(0).strip()).isValid()) {
                return run.failed("import.no-header", 1, "Line 1 holds a UDI, not column names: add a header line "
                        + "such as \"udi,site,building,department,room,owner,notes,status\" above the data.");
            }
            return run.failed(read.refusal().code(), 1, read.refusal().message());
        }
        run.header = read.header();
        ImportRowReader rows = new ImportRowReader(parser, read.header(), reader.delimiter());
        if (options.mode() == ImportMode.VALIDATE_ONLY) {
            transactions.read(repos -> run.readAll(reader, rows, repos, false));
            return run.fatal != null ? run.failedOnFatal() : new ImportOutcome.Validated(run.report(false));
        }
        try {
            transactions.write(repos -> {
                run.readAll(reader, rows, repos, true);
                if (run.fatal != null || (options.mode() == ImportMode.ALL_OR_NOTHING && run.rejectedCount > 0)) {
                    throw new RollBack();
                }
                run.deferral.restore();
                return null;
            });
        } catch (RuntimeException e) {
            if (!causedByRollBack(e)) {
                throw e;
            }
            return run.fatal != null ? run.failedOnFatal() : new ImportOutcome.RolledBack(run.report(false));
        }
        return new ImportOutcome.Imported(run.report(true));
    }

    /**
     * After how many stored rows the query indexes are set aside until the end: rebuilding them costs about as much
     * as the rows already in the inventory, so only an import at least half that size defers them.
     */
    static long deferIndexesAfter(long existingDevices) {
        return Math.max(DEFER_INDEXES_AFTER, existingDevices / 2);
    }

    private static boolean causedByRollBack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RollBack) {
                return true;
            }
        }
        return false;
    }

    /** Thrown inside the transaction to roll it back; carries nothing, the run holds the report. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RollBack() {
            super("import rolled back", null, false, false);
        }
    }

    /** The state of one import. */
    private final class Run {
        private final ImportOptions options;
        private final char delimiter;
        private final Actor actor;
        private ImportHeader header;
        private long rowsRead;
        private long accepted;
        private long flagged;
        private long rejectedCount;
        private final List<RejectedRow> rejected = new ArrayList<>();
        private CsvRow.Malformed fatal;
        private DeviceRepository.IndexDeferral deferral = DeviceRepository.IndexDeferral.NONE;

        Run(ImportOptions options, char delimiter, Actor actor) {
            this.options = options;
            this.delimiter = delimiter;
            this.actor = actor;
        }

        Void readAll(CsvReader reader, ImportRowReader rows, Repositories repos, boolean write) {
            // No store lookup per row when the inventory is empty, the common case of a first import.
            boolean inventoryEmpty = repos.devices().find(DeviceQuery.all(), 0, 1).isEmpty();
            long deferAfter = write ? deferIndexesAfter(inventoryEmpty ? 0 : repos.devices().count(DeviceQuery.all()))
                    : Long.MAX_VALUE;
            boolean inserting = write;
            UdiKeyIndex seen = new UdiKeyIndex();
            ModelCache models = new ModelCache(repos.models(), MODEL_CACHE_SIZE);
            Instant now = clock.instant();
            DeviceRegistrar.Batch batch = write ? new DeviceRegistrar.Batch(repos, "device.import", actor, now,
                    BATCH_SIZE) : null;
            try (ParsedRows parsed = new ParsedRows(reader, rows)) {
            long line = 1;
                for (ParsedRows.Parsed p = next(parsed, line); p != null; p = next(parsed, line)) {
                    CsvRow row = p.row();
                    line = row.line();
                    if ((rowsRead & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                        throw cancelled(line);
                    }
                    if (row instanceof CsvRow.Malformed bad) {
                        if (bad.fatal()) {
                            fatal = bad;
                            break;
                        }
                        rowsRead++;
                        reject(new RejectedRow(bad.line(), bad.code(), bad.message()));
                    } else {
                        ImportRow read = p.read();
                        if (read instanceof ImportRow.Blank) {
                            continue;
                        }
                        rowsRead++;
                        if (read instanceof ImportRow.Rejected r) {
                            reject(r.row());
                        } else {
                            ImportRow.Accepted ok = (ImportRow.Accepted) read;
                            RejectedRow duplicate = duplicate(ok, seen, repos, inventoryEmpty, inserting, batch);
                            if (duplicate != null) {
                                reject(duplicate);
                            } else {
                                accepted++;
                                if (inserting) {
                                    DeviceModel model = models.byDi(ok.udi().di());
                                    List<LabelFinding> findings = LabelChecks.against(ok.udi(), model);
                                    flagged += findings.isEmpty() ? 0 : 1;
                                    batch.add(ok.udiKey(), ok.udi(), findings, ok.status(), ok.location(),
                                            ok.owner(), ok.notes());
                                    if (accepted == deferAfter) {
                                        deferral = repos.devices().deferQueryIndexes();
                                    }
                                }
                            }
                        }
                    }
                    // All or nothing: after the first rejection nothing will be kept, so stop writing and only check.
                    inserting &= !(options.mode() == ImportMode.ALL_OR_NOTHING && rejectedCount > 0);
                    if (rowsRead % ImportOptions.PROGRESS_STEP == 0) {
                        options.progress().accept(rowsRead);
                    }
                }
            }
            if (batch != null) {
                batch.flush();
            }
            options.progress().accept(rowsRead);
            return null;
        }

        /** The next parsed row; an interrupt while waiting for the reader thread cancels the import. */
        private ParsedRows.Parsed next(ParsedRows parsed, long line) {
            try {
                return parsed.next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cancelled(line);
            }
        }

        private CancellationException cancelled(long line) {
            return new CancellationException("The import was cancelled at line " + line + "; nothing was stored.");
        }

        private RejectedRow duplicate(ImportRow.Accepted row, UdiKeyIndex seen, Repositories repos,
                                      boolean inventoryEmpty, boolean inserting, DeviceRegistrar.Batch batch) {
            String key = row.udiKey();
            long hash = UdiKeyIndex.hash(key);
            long earlier = seen.lineOf(hash);
            if (earlier != 0) {
                // A hash hit: when the earlier row was stored, the store tells a true duplicate from a collision
                // (once the rows still waiting in the batch are stored too).
                if (inserting) {
                    batch.flush();
                }
                if (!inserting || repos.devices().byUdiKey(key).isPresent()) {
                    return new RejectedRow(row.line(), "import.duplicate-in-file", "This UDI is already on line "
                            + earlier + " of the file.");
                }
            } else if (!inventoryEmpty) {
                Device existing = repos.devices().byUdiKey(key).orElse(null);
                if (existing != null) {
                    return new RejectedRow(row.line(), "import.already-registered", "This UDI is already in the "
                            + "inventory (device " + existing.id() + " at " + existing.location().display() + ").");
                }
            }
            seen.add(hash, row.line());
            return null;
        }

        private void reject(RejectedRow row) {
            rejectedCount++;
            if (rejected.size() < options.maxRejectedListed()) {
                rejected.add(row);
            }
        }

        ImportReport report(boolean committed) {
            return new ImportReport(options.mode(), delimiter, rowsRead, accepted, committed ? accepted : 0,
                    committed ? flagged : 0, rejectedCount, rejected,
                    header == null ? List.of() : header.ignored());
        }

        ImportOutcome failed(String code, long line, String message) {
            return new ImportOutcome.Failed(code, line, message, report(false));
        }

        ImportOutcome failedOnFatal() {
            return failed(fatal.code(), fatal.line(), fatal.message() + " Nothing was imported.");
        }
    }
}
