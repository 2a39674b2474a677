package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust udi …}: read, decode and encode UDIs. */
@Command(name = "udi", mixinStandardHelpOptions = true,
        description = "Parse, validate, decode and encode Unique Device Identifiers (GS1, HIBCC, ISBT 128).",
        subcommands = {UdiParseCommand.class, UdiDecodeCommand.class, UdiEncodeCommand.class})
final class UdiCommand {
}
