package org.uditrust.cli;

import picocli.CommandLine.Command;

/** {@code uditrust gudid …}: FDA GUDID reference data. */
@Command(name = "gudid", mixinStandardHelpOptions = true,
        description = "Import GUDID device models: AccessGUDID delimited releases and single lookup responses.",
        subcommands = {GudidImportCommand.class, GudidLookupImportCommand.class})
final class GudidCommand {
}
