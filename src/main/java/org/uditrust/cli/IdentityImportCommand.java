package org.uditrust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code uditrust identity import}: placeholder until the identity work lands. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Not yet available.")
final class IdentityImportCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    IdentityImportCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("uditrust identity import: not yet available");
        return Cli.USAGE;
    }
}
