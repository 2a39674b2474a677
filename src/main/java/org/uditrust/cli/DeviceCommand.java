package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust device …}: the inventory. */
@Command(name = "device", mixinStandardHelpOptions = true,
        description = "Register scanned devices and look after the inventory: list, show, status, location.",
        subcommands = {DeviceAddCommand.class, DeviceShowCommand.class, DeviceListCommand.class,
                DeviceSetStatusCommand.class, DeviceMoveCommand.class, DeviceEditCommand.class,
                DeviceImportCommand.class, DeviceExportCommand.class})
final class DeviceCommand {
}
