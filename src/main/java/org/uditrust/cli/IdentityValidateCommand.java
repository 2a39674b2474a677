package org.uditrust.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code uditrust identity validate}: placeholder until the identity work lands. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not yet available.")
final class IdentityValidateCommand implements Callable<Integer> {

    private final CliSession session;
    private final Cli.Console console;

    IdentityValidateCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        console.err().println("uditrust identity validate: not yet available");
        return Cli.USAGE;
    }
}
