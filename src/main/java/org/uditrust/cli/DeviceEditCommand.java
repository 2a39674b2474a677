package org.uditrust.cli;

import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust device edit ID|UDI [--owner X] [--notes X]}: what is not given stays; "" clears. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Change a device's owner or notes (audited). An option left out keeps its value; \"\" clears it.",
                "Exit status: 0 changed, 1 not found or changed meanwhile by someone else, 2 usage error."})
final class DeviceEditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "ID|UDI", description = "Registry id or UDI.")
    String ref;

    @Option(names = "--owner", paramLabel = "X", description = "Responsible department or person.")
    String owner;

    @Option(names = "--notes", paramLabel = "X", description = "Free text.")
    String notes;

    @Option(names = "--json", description = "The changed device as one JSON object.")
    boolean json;

    DeviceEditCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (owner == null && notes == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --owner, --notes or both.");
        }
        return DeviceChange.apply(session, console, ref, json, "Edited",
                (registry, d) -> registry.devices().edit(d.id(), d.version(),
                        owner == null ? d.owner() : blankToNull(owner),
                        notes == null ? d.notes() : blankToNull(notes), Actor.operatingSystemUser()));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
