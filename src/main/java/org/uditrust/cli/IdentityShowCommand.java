package org.uditrust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code uditrust identity show}: placeholder until the identity work lands. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Not yet available.")
final class IdentityShowCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    IdentityShowCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("uditrust identity show: not yet available");
        return Cli.USAGE;
    }
}
