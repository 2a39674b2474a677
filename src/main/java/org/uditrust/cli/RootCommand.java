package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust}: without a subcommand the launcher opens the desktop app instead. */
@Command(name = "uditrust", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Medical-device identity and UDI compliance. Run without arguments to open the desktop app.",
        subcommands = {UdiCommand.class})
final class RootCommand {
}
