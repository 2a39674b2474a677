package org.uditrust.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uditrust device add UDI}: scan-to-register in one step. A UDI already in the inventory is shown, not added
 * again, and that is not a failure (exit 0, outcome {@code already-registered}): re-scanning a label in a script is
 * normal. Only an invalid UDI exits 1.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Register a scanned device: parse the UDI, look up its GUDID model, check the label against",
                "it, store it with its audit entry. A UDI already registered is shown, never added twice.",
                "Exit status: 0 registered or already registered, 1 invalid UDI, 2 usage error."})
final class DeviceAddCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "UDI", description = "The UDI as scanned or typed (quote it for the shell).")
    String udi;

    @Option(names = "--location", paramLabel = "Site/Building/Dept/Room",
            description = "Where the device is; fewer parts are allowed, from the left.")
    String location;

    @Option(names = "--owner", paramLabel = "X", description = "Responsible department or person.")
    String owner;

    @Option(names = "--notes", paramLabel = "X", description = "Free text.")
    String notes;

    @Option(names = "--json", description = "One JSON object: outcome, device, model, findings.")
    boolean json;

    DeviceAddCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        RegistrationOutcome outcome = session.registry().registration().register(udi, Location.parse(location),
                owner, notes, Actor.operatingSystemUser());
        if (outcome instanceof RegistrationOutcome.Registered registered) {
            Device d = registered.device();
            if (json) {
                print("registered", d, DeviceOutput.model(registered.model()));
            } else {
                console.out().println("Registered device " + d.id() + (registered.model() == null
                        ? " (model not in GUDID data)" : ""));
                console.out().print(DeviceOutput.text(d, registered.model()));
            }
            return Cli.OK;
        }
        if (outcome instanceof RegistrationOutcome.AlreadyRegistered already) {
            Device d = already.device();
            if (json) {
                print("already-registered", d, DeviceOutput.model(
                        session.registry().inventory().model(d.di()).orElse(null)));
            } else {
                console.out().println("Already registered as device " + d.id() + "; nothing added."
                        + (location != null ? " To move it: uditrust device move " + d.id() + " --location …" : ""));
                console.out().print(DeviceOutput.text(d, session.registry().inventory().model(d.di()).orElse(null)));
            }
            return Cli.OK;
        }
        RegistrationOutcome.Rejected rejected = (RegistrationOutcome.Rejected) outcome;
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("outcome", "rejected");
            o.put("device", null);
            o.put("model", null);
            o.put("findings", List.of());
            o.put("parse", JSON.readTree(ParseOutput.json(rejected.result(), Map.of())));
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().println("Not registered: the UDI is invalid.");
            console.out().print(ParseOutput.text(rejected.result()));
        }
        return Cli.INVALID;
    }

    private void print(String outcome, Device d, Map<String, Object> model) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("outcome", outcome);
        o.put("device", DeviceOutput.json(d));
        o.put("model", model);
        o.put("findings", DeviceOutput.json(d).get("findings"));
        console.out().println(DeviceOutput.line(o));
    }
}
