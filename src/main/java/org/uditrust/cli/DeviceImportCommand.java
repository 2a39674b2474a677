package org.uditrust.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.Services;
import org.uditrust.registry.Actor;
import org.uditrust.registry.csv.DeviceImportService;
import org.uditrust.registry.csv.ImportMode;
import org.uditrust.registry.csv.ImportOptions;
import org.uditrust.registry.csv.ImportOutcome;
import org.uditrust.registry.csv.ImportReport;
import org.uditrust.registry.csv.RejectedRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uditrust device import FILE.csv}: devices from a spreadsheet saved as CSV, all in one transaction. Exit 0
 * only when every row was accepted: a rejected row is an invalid input, even in {@code --accepted-rows} mode where
 * the others are stored.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import devices from a CSV file (columns found by header: udi, location, owner, notes, …;",
                "comma, semicolon or tab). By default all rows are stored or, if any is rejected, none;",
                "--accepted-rows stores the valid ones, --validate-only only checks. Rejected rows are listed",
                "with their line and reason. Progress goes to standard error.",
                "Exit status: 0 every row accepted, 1 any row rejected or the file unreadable, 2 usage error."})
final class DeviceImportCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file (UTF-8).")
    Path file;

    @ArgGroup(exclusive = true)
    Mode mode;

    static final class Mode {
        @Option(names = "--accepted-rows", description = "Store the valid rows, report the rejected ones.")
        boolean acceptedRows;

        @Option(names = "--validate-only", description = "Store nothing; report what an import would do.")
        boolean validateOnly;
    }

    @Option(names = "--json", description = "The report as one JSON object.")
    boolean json;

    DeviceImportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            console.err().println(file + " is not a file.");
            return Cli.INVALID;
        }
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING
                : mode.acceptedRows ? ImportMode.ACCEPTED_ROWS : ImportMode.VALIDATE_ONLY;
        Services services = session.services();
        DeviceImportService service = new DeviceImportService(services.parser(), session.registry().transactions(),
                services.clock());
        ProgressLine progress = new ProgressLine(console.err(), "Device import");
        ImportOutcome outcome;
        try (InputStream in = Files.newInputStream(file)) {
            outcome = service.importCsv(in, ImportOptions.defaults().withMode(importMode)
                    .withProgress(rows -> progress.update(rows, -1, "rows")), Actor.operatingSystemUser());
        }
        return report(outcome);
    }

    private int report(ImportOutcome outcome) {
        String name;
        ImportReport report;
        if (outcome instanceof ImportOutcome.Imported imported) {
            name = "imported";
            report = imported.report();
        } else if (outcome instanceof ImportOutcome.RolledBack rolledBack) {
            name = "rolled-back";
            report = rolledBack.report();
        } else if (outcome instanceof ImportOutcome.Validated validated) {
            name = "validated";
            report = validated.report();
        } else {
            ImportOutcome.Failed failed = (ImportOutcome.Failed) outcome;
            name = "failed";
            report = failed.report();
        }
        ImportOutcome.Failed failed = outcome instanceof ImportOutcome.Failed f ? f : null;
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("outcome", name);
            o.put("mode", report.mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            o.put("rowsRead", report.rowsRead());
            o.put("accepted", report.accepted());
            o.put("imported", report.imported());
            o.put("flagged", report.flagged());
            o.put("rejectedCount", report.rejectedCount());
            o.put("rejected", rejected(report.rejected()));
            o.put("ignoredColumns", report.ignoredColumns());
            if (failed != null) {
                o.put("code", failed.code());
                o.put("line", failed.line());
                o.put("message", failed.message());
            }
            console.out().println(DeviceOutput.line(o));
        } else {
            if (failed != null) {
                console.err().println("Not imported: " + (failed.line() > 0 ? "line " + failed.line() + ": " : "")
                        + failed.message() + " [" + failed.code() + "]");
            } else {
                console.out().println(switch (name) {
                    case "imported" -> "Imported " + report.imported() + " of " + report.rowsRead() + " rows"
                            + (report.flagged() > 0 ? " (" + report.flagged() + " flagged against GUDID)" : "") + ".";
                    case "rolled-back" -> "Nothing imported: " + report.rejectedCount() + " of " + report.rowsRead()
                            + " rows rejected (fix them, or use --accepted-rows to store the others).";
                    default -> "Checked " + report.rowsRead() + " rows: " + report.accepted() + " would be imported, "
                            + report.rejectedCount() + " rejected. Nothing stored.";
                });
            }
            for (RejectedRow r : report.rejected()) {
                console.out().println("  line " + r.line() + " [" + r.code() + "] " + r.message());
            }
            if (report.rejectionsTruncated()) {
                console.out().println("  … " + (report.rejectedCount() - report.rejected().size()) + " more");
            }
            if (!report.ignoredColumns().isEmpty()) {
                console.out().println("Ignored columns: " + String.join(", ", report.ignoredColumns()));
            }
        }
        return failed == null && report.rejectedCount() == 0 ? Cli.OK : Cli.INVALID;
    }

    private static List<Map<String, Object>> rejected(List<RejectedRow> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", r.line());
            m.put("code", r.code());
            m.put("message", r.message());
            return m;
        }).toList();
    }
}
