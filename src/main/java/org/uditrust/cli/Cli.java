package org.uditrust.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.uditrust.Services;
import picocli.CommandLine;

/**
 * The command-line face: {@code uditrust <group> <command> …}.
 *
 * <p>Exit status, for every command: 0 when every input was valid (or the action succeeded), 1 when any input was
 * not, 2 on usage errors (unknown options, missing arguments). Other tools depend on these codes.
 */
public final class Cli {

    /** Exit status when every input is valid. */
    public static final int OK = 0;
    /** Exit status when at least one input is invalid or an action failed for a reason in the input. */
    public static final int INVALID = 1;
    /** Exit status on usage errors. */
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(Services services, String... args) {
        return run(services, new Console(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                System.in), args);
    }

    /**
     * Runs one command line and closes the database it opened (if any) before returning, so the file is never left
     * open or locked when the process exits.
     */
    public static int run(Services services, Console console, String... args) {
        try (CliSession session = new CliSession(services)) {
            CommandLine commandLine = commandLine(session, console);
            int code = commandLine.execute(args);
            console.out().flush();
            console.err().flush();
            return code;
        }
    }

    static CommandLine commandLine(CliSession session, Console console) {
        CommandLine commandLine = new CommandLine(new RootCommand(session), new CommandFactory(session, console));
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(ex.getMessage());
            cmd.getErr().println("Try: uditrust " + cmd.getCommandSpec().qualifiedName().replaceFirst("^uditrust ?", "")
                    + (cmd.getCommandSpec().qualifiedName().equals("uditrust") ? "--help" : " --help"));
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // A bug or an I/O failure, not the user's input: say what failed without a stack trace on screen.
            cmd.getErr().println("uditrust: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return INVALID;
        });
        return commandLine;
    }

    /** Where a command reads and writes; the real console, or buffers in tests. */
    public record Console(PrintWriter out, PrintWriter err, InputStream in) {
    }

    /** Builds commands with the services they need, so commands never construct services themselves. */
    private record CommandFactory(CliSession session, Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            // Commands over the database take the session (so they see the global --db), the others Services.
            try {
                return type.cast(type.getDeclaredConstructor(CliSession.class, Console.class)
                        .newInstance(session, console));
            } catch (NoSuchMethodException notADatabaseCommand) {
                // fall through
            }
            Services services = session.services();
            if (type == UdiParseCommand.class) {
                return type.cast(new UdiParseCommand(services, console));
            }
            if (type == UdiDecodeCommand.class) {
                return type.cast(new UdiDecodeCommand(services, console));
            }
            if (type == UdiEncodeCommand.class) {
                return type.cast(new UdiEncodeCommand(services, console));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
