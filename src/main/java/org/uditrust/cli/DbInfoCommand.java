package org.uditrust.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.DatabaseMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust db info}. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Where the database is, its schema version and what it holds.", "Exit status: 0, 2 usage error."})
final class DbInfoCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--json", description = "One JSON object: location, schemaVersion, devices, models, auditEntries.")
    boolean json;

    DbInfoCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        DatabaseMaintenance.DatabaseInfo info = session.registry().maintenance().info();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("location", info.location());
            o.put("schemaVersion", info.schemaVersion());
            o.put("devices", info.devices());
            o.put("models", info.models());
            o.put("auditEntries", info.auditEntries());
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Database:      " + info.location());
            console.out().println("Schema:        " + info.schemaVersion());
            console.out().println("Devices:       " + info.devices());
            console.out().println("GUDID models:  " + info.models());
            console.out().println("Audit entries: " + info.auditEntries());
        }
        return Cli.OK;
    }
}
