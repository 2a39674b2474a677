package org.uditrust.app;

import org.uditrust.app.devices.DatabaseToolsViewModel;

/** The GUDID release import the Devices view offers. */
final class GudidImport {

    private GudidImport() {
    }

    /**
     * The importer, or null while this build has none.
     *
     * <p>TODO(gudid): wire the gudid helper's {@code GudidImportService} here (a background task with progress and
     * cancel) once branch gudid provides it; until then the menu items are disabled.
     */
    static DatabaseToolsViewModel.GudidImporter importer() {
        return null;
    }
}
