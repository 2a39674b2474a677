package org.uditrust.cli;

import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.DeviceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust device set-status ID|UDI STATUS}. */
@Command(name = "set-status", mixinStandardHelpOptions = true,
        description = {"Change a device's status: in-service, quarantined, recalled or retired (audited).",
                "Exit status: 0 changed, 1 not found or changed meanwhile by someone else, 2 usage error."})
final class DeviceSetStatusCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "ID|UDI", description = "Registry id or UDI.")
    String ref;

    @Parameters(index = "1", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "in-service, quarantined, recalled or retired.")
    DeviceStatus status;

    @Option(names = "--json", description = "The changed device as one JSON object.")
    boolean json;

    DeviceSetStatusCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        return DeviceChange.apply(session, console, ref, json, "Changed the status of",
                (registry, d) -> registry.devices().setStatus(d.id(), d.version(), status,
                        Actor.operatingSystemUser()));
    }
}
