package org.uditrust;

/**
 * The one executable: no arguments opens the desktop app, a subcommand runs the command line.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: a plain main class lets the
 * same jar run on a classpath (no module path) and run the CLI without touching the JavaFX toolkit at all.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Services services = Services.create();
        if (opensDesktop(args)) {
            org.uditrust.app.DesktopApp.launch(services, args);
        } else {
            System.exit(org.uditrust.cli.Cli.run(services, args));
        }
    }

    /** The app opens when there is no subcommand: no arguments, or only app options such as {@code --demo}. */
    static boolean opensDesktop(String[] args) {
        return args.length == 0 || (args[0].startsWith("--") && !isCliOption(args[0]));
    }

    private static boolean isCliOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }
}
