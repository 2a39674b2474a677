package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust demo …}: a demonstration database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a demonstration database from the samples folder.",
        subcommands = {DemoCreateCommand.class})
final class DemoCommand {
}
