package org.uditrust.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DatabaseMaintenance;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uditrust demo create [--db PATH]}: fills an empty database with the demo inventory. It refuses a database
 * that already holds devices, so a mistyped {@code --db} cannot mix invented devices into a real inventory.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Build a demo database from samples/.",
                "The sample GUDID release, the sample labels and generated devices at several locations and",
                "statuses. Use --db to choose the file; a database that already has devices is refused.",
                "Exit status: 0 built, 1 the database is not empty, 2 usage error."})
final class DemoCreateCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "The samples folder (default: samples in the current folder).")
    Path samples;

    @Option(names = "--devices", paramLabel = "N", defaultValue = "60",
            description = "How many devices to generate besides the sample labels (default 60).")
    int generated;

    DemoCreateCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        RegistryServices registry = session.registry();
        DatabaseMaintenance.DatabaseInfo info = registry.maintenance().info();
        if (info.devices() > 0) {
            console.err().println(info.location() + " already holds " + info.devices()
                    + " devices; the demo needs an empty database. Choose a new file with --db.");
            return Cli.INVALID;
        }
        DemoData.Summary summary = new DemoData(registry, Actor.operatingSystemUser())
                .build(samples, Math.max(0, generated), step -> console.err().println(step + "…"));
        DatabaseMaintenance.DatabaseInfo after = registry.maintenance().info();
        console.out().println("Demo database " + after.location() + ": " + after.devices() + " devices ("
                + summary.statusChanges() + " not in service), " + after.models() + " GUDID models, "
                + summary.identities() + " device certificates, " + after.auditEntries() + " audit entries.");
        return Cli.OK;
    }
}
