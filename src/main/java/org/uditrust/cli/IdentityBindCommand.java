package org.uditrust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code uditrust identity bind}: placeholder until the identity work lands. */
@Command(name = "bind", mixinStandardHelpOptions = true, description = "Not yet available.")
final class IdentityBindCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    IdentityBindCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("uditrust identity bind: not yet available");
        return Cli.USAGE;
    }
}
