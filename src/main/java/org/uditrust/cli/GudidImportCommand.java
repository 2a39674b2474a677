package org.uditrust.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.uditrust.registry.Actor;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.gudid.Cancellation;
import org.uditrust.registry.gudid.GudidFile;
import org.uditrust.registry.gudid.GudidImportService;
import org.uditrust.registry.gudid.ImportResult;
import org.uditrust.registry.gudid.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uditrust gudid import PATH [--delta]}: an AccessGUDID delimited release, zipped or unzipped. Progress goes
 * to standard error; Ctrl-C cancels cleanly (the staged rows are dropped, the previous GUDID data stays).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an AccessGUDID delimited release (a .zip or a folder of device.txt, identifiers.txt,",
                "…). A full release replaces every model; --delta updates the models it names. An import that",
                "fails or is interrupted changes nothing.",
                "Exit status: 0 imported, 1 refused or failed (nothing changed), 2 usage error."})
final class GudidImportCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "PATH", description = "The release: a .zip file or a folder.")
    Path release;

    @Option(names = "--delta", description = "A delta release (updates) instead of a full one (replaces all).")
    boolean delta;

    @Option(names = "--json", description = "The outcome as one JSON object.")
    boolean json;

    GudidImportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        GudidImportService service = new GudidImportService(session.registry().gudid());
        Cancellation.Flag cancel = new Cancellation.Flag();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: ask the import to stop and give it a moment to drop its staging area before the JVM exits.
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gudid-import-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ProgressLine progress = new ProgressLine(console.err(), "GUDID import");
        ImportResult result;
        try {
            result = service.importRelease(release, delta ? GudidStore.ReleaseKind.DELTA : GudidStore.ReleaseKind.FULL,
                    Actor.operatingSystemUser(), status -> progress.line(status.step(), status.line()), cancel);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Already exiting: the hook is running.
            }
        }
        return report(result);
    }

    private int report(ImportResult result) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (result instanceof ImportResult.Imported imported) {
            Map<String, Long> rows = new TreeMap<>();
            imported.rowsRead().forEach((file, n) -> rows.put(file.fileName(), n));
            o.put("outcome", "imported");
            o.put("release", imported.releaseName());
            o.put("kind", delta ? "delta" : "full");
            o.put("rowsRead", rows);
            o.put("absentFiles", imported.absentFiles().stream().map(GudidFile::fileName).sorted().toList());
            o.put("devicesStaged", imported.devicesStaged());
            o.put("modelsLive", imported.modelsLive());
            o.put("problems", imported.problems().total());
            o.put("rowsSkipped", imported.problems().rowsSkipped());
            o.put("listedProblems", imported.problems().listed().stream().map(RowProblem::toString).toList());
            if (json) {
                console.out().println(DeviceOutput.line(o));
            } else {
                console.out().println(String.format(Locale.ROOT,
                        "Imported %s (%s): %d device rows staged, %d models now live.", imported.releaseName(),
                        delta ? "delta" : "full", imported.devicesStaged(), imported.modelsLive()));
                rows.forEach((file, n) -> console.out().println("  " + file + ": " + n + " rows"));
                if (imported.problems().total() > 0) {
                    console.out().println(imported.problems().total() + " row problem(s), "
                            + imported.problems().rowsSkipped() + " row(s) skipped:");
                    for (RowProblem p : imported.problems().listed()) {
                        console.out().println("  " + p);
                    }
                    if (imported.problems().truncated()) {
                        console.out().println("  …");
                    }
                }
            }
            return Cli.OK;
        }
        String message = result instanceof ImportResult.Failed failed ? failed.message()
                : "Cancelled after " + ((ImportResult.Cancelled) result).rowsRead()
                        + " rows; the previous GUDID data is unchanged.";
        if (json) {
            o.put("outcome", result instanceof ImportResult.Failed ? "failed" : "cancelled");
            o.put("message", message);
            console.out().println(DeviceOutput.line(o));
        } else {
            console.err().println(message);
        }
        return Cli.INVALID;
    }
}
