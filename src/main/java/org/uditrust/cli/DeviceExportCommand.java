package org.uditrust.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.report.ExportFormat;
import org.uditrust.report.InventoryExports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uditrust device export --format csv|json|jsonl|fhir|fhir-bundle --out FILE}: the inventory, streamed. The
 * file is written beside its final name and moved into place at the end, so a failed export never leaves a
 * truncated file that looks complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the inventory (or the devices matching the filters) as CSV (imports again), JSON,",
                "JSON Lines, FHIR R4 Device resources as NDJSON (fhir) or one Bundle (fhir-bundle).",
                "Without --format the file name says it: .csv .json .jsonl .ndjson .fhir.json",
                "Exit status: 0 written, 1 cannot write, 2 usage error."})
final class DeviceExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--format", paramLabel = "F", description = "csv, json, jsonl, fhir (NDJSON) or fhir-bundle.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only devices matching TEXT (as device list).")
    String search;

    @Option(names = "--status", paramLabel = "S", converter = StatusConverter.class,
            description = "Only devices with this status.")
    DeviceStatus status;

    @Option(names = "--di", paramLabel = "DI", description = "Only devices of this UDI-DI.")
    String di;

    @Option(names = "--site", paramLabel = "S", description = "Only devices at this site.")
    String site;

    DeviceExportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = format == null ? ExportFormat.forFileName(out.getFileName().toString())
                : parse(format);
        if (chosen == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --format: the file name "
                    + out.getFileName() + " does not say which (csv, json, jsonl, fhir, fhir-bundle).");
        }
        DeviceQuery query = new DeviceQuery(blankToNull(search), blankToNull(di), status, blankToNull(site),
                DeviceQuery.Sort.REGISTERED, true);
        InventoryExports exports = new InventoryExports(session.registry().transactions(), session.services().clock());
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        ProgressLine progress = new ProgressLine(console.err(), "Device export");
        long written;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            written = exports.export(query, chosen, stream, n -> progress.update(n, -1, "devices"));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        console.out().println("Exported " + written + " device" + (written == 1 ? "" : "s") + " to " + out + " ("
                + name(chosen) + ").");
        return Cli.OK;
    }

    private ExportFormat parse(String value) {
        Map<String, ExportFormat> names = new LinkedHashMap<>();
        for (ExportFormat f : ExportFormat.values()) {
            names.put(name(f), f);
        }
        ExportFormat f = names.get(value.strip().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + value
                    + "' is not an export format; use one of " + String.join(", ", names.keySet()));
        }
        return f;
    }

    /** The CLI's names for the formats: fhir is the NDJSON form, the one bulk FHIR exchanges use. */
    static String name(ExportFormat f) {
        switch (f) {
            case CSV:
                return "csv";
            case JSON:
                return "json";
            case JSON_LINES:
                return "jsonl";
            case FHIR_NDJSON:
                return "fhir";
            case FHIR_BUNDLE:
                return "fhir-bundle";
            default:
                return f.name().toLowerCase(Locale.ROOT);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
