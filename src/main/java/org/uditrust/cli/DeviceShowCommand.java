package org.uditrust.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.RegistryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust device show ID|UDI}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one registered device, by id or by its UDI in any carrier form.",
                "Exit status: 0 found, 1 not found or not a valid UDI, 2 usage error."})
final class DeviceShowCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    @Parameters(index = "0", paramLabel = "ID|UDI", description = "Registry id or UDI.")
    String ref;

    @Option(names = "--json", description = "The device as one JSON object, with its GUDID model as \"model\".")
    boolean json;

    DeviceShowCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        RegistryServices registry = session.registry();
        Device device = DeviceRef.find(registry, ref, console);
        if (device == null) {
            return Cli.INVALID;
        }
        DeviceModel model = registry.inventory().model(device.di()).orElse(null);
        if (json) {
            Map<String, Object> o = DeviceOutput.json(device);
            o.put("model", DeviceOutput.model(model));
            console.out().println(DeviceOutput.line(o));
        } else {
            console.out().print(DeviceOutput.text(device, model));
        }
        return Cli.OK;
    }
}
