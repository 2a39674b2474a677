package org.uditrust;

import java.nio.file.Path;

/**
 * Where UDI Trust keeps its files: {@code $UDITRUST_DB} if set, else {@code uditrust.db} in the platform's user data
 * directory ({@code $XDG_DATA_HOME/uditrust} or {@code ~/.local/share/uditrust} on Linux, {@code %APPDATA%\UDI Trust}
 * on Windows, {@code ~/Library/Application Support/UDI Trust} on macOS).
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path defaultDatabase() {
        String explicit = System.getenv("UDITRUST_DB");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return dataDirectory().resolve("uditrust.db");
    }

    static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("UDI Trust");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/UDI Trust");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("uditrust");
    }
}
