package org.uditrust.cli;

import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust device move ID|UDI --location Site/Building/Dept/Room}. */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = {"Record that a device moved (audited).",
                "Exit status: 0 moved, 1 not found or changed meanwhile by someone else, 2 usage error."})
final class DeviceMoveCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "ID|UDI", description = "Registry id or UDI.")
    String ref;

    @Option(names = "--location", required = true, paramLabel = "Site/Building/Dept/Room",
            description = "The new location; fewer parts are allowed, from the left; \"\" for unknown.")
    String location;

    @Option(names = "--json", description = "The changed device as one JSON object.")
    boolean json;

    DeviceMoveCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        Location to = Location.parse(location);
        return DeviceChange.apply(session, console, ref, json, "Moved",
                (registry, d) -> registry.devices().move(d.id(), d.version(), to, Actor.operatingSystemUser()));
    }
}
