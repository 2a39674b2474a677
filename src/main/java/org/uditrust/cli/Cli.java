package org.uditrust.cli;

import org.uditrust.Services;
import picocli.CommandLine;

/** The command-line face. (Stub: being written.) */
public final class Cli {

    private Cli() {
    }

    public static int run(Services services, String... args) {
        return new CommandLine(new Object()).execute(args);
    }
}
