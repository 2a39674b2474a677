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

    /**
     * The app opens when there is no subcommand: no arguments, or only app options such as {@code --demo}. The
     * global {@code --db PATH} may come before a subcommand ({@code uditrust --db f.db device list}), so its value
     * is not taken for a subcommand.
     */
    static boolean opensDesktop(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (isCliOption(args[i]) || !args[i].startsWith("--")) {
                return false;
            }
            if (args[i].equals("--db")) {
                i++;
            }
        }
        return true;
    }

    private static boolean isCliOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }
}
