package org.uditrust.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The few per-user choices the desktop remembers between runs (such as what the scanner sends instead of GS).
 * The app keeps them in the user's {@link Preferences}; tests use {@link #inMemory()} so they never touch the
 * machine's settings.
 */
public interface Settings {

    /** What the wedge scanner types instead of GS; empty when it sends GS itself. */
    String GS_SUBSTITUTE = "scan.gsSubstitute";

    Optional<String> get(String key);

    /** Stores {@code value}; null or empty removes the key. */
    void put(String key, String value);

    /** Settings in the user's preferences node for this app. */
    static Settings userPreferences() {
        Preferences node = Preferences.userNodeForPackage(Settings.class);
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(node.get(key, null));
            }

            @Override
            public void put(String key, String value) {
                if (value == null || value.isEmpty()) {
                    node.remove(key);
                } else {
                    node.put(key, value);
                }
            }
        };
    }

    /** Settings that live as long as the object: for tests. */
    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                if (value == null || value.isEmpty()) {
                    values.remove(key);
                } else {
                    values.put(key, value);
                }
            }
        };
    }
}
