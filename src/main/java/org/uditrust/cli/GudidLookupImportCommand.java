package org.uditrust.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.ModelImports;
import org.uditrust.registry.gudid.GudidLookupJson;
import org.uditrust.registry.gudid.LookupJsonResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust gudid lookup-import FILE.json…}: single models from saved AccessGUDID lookup responses. */
@Command(name = "lookup-import", mixinStandardHelpOptions = true,
        description = {"Store device models from saved AccessGUDID lookup responses",
                "(https://accessgudid.nlm.nih.gov/api/v3/devices/lookup.json?di=…), one model per file.",
                "Exit status: 0 all stored, 1 any file refused (the others are stored), 2 usage error."})
final class GudidLookupImportCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(paramLabel = "FILE.json", arity = "1..*", description = "Saved lookup responses.")
    java.util.List<Path> files;

    @Option(names = "--json", description = "One JSON object per file: file, outcome, primaryDi or message.")
    boolean json;

    GudidLookupImportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        GudidLookupJson reader = new GudidLookupJson();
        boolean all = true;
        for (Path file : files) {
            LookupJsonResult result = reader.read(file);
            java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("file", file.toString());
            if (result instanceof LookupJsonResult.Parsed parsed) {
                DeviceModel model = parsed.model();
                boolean added = new ModelImports(session.registry().transactions()).store(model,
                        String.valueOf(file.getFileName()), Actor.operatingSystemUser());
                o.put("outcome", added ? "added" : "updated");
                o.put("primaryDi", model.primaryDi());
                o.put("brandName", model.brandName());
                o.put("versionModelNumber", model.versionModelNumber());
                if (!json) {
                    console.out().println((added ? "Added " : "Updated ") + model.primaryDi() + "  " + nullToEmpty(model.brandName()) + " "
                            + nullToEmpty(model.versionModelNumber()) + "  (" + file + ")");
                }
            } else {
                all = false;
                String message = ((LookupJsonResult.Rejected) result).message();
                o.put("outcome", "rejected");
                o.put("message", message);
                if (!json) {
                    console.err().println("Refused " + file + ": " + message);
                }
            }
            if (json) {
                console.out().println(DeviceOutput.line(o));
            }
        }
        return all ? Cli.OK : Cli.INVALID;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
