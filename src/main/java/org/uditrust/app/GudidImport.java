package org.uditrust.app;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.uditrust.app.devices.DatabaseToolsViewModel;
import org.uditrust.registry.Actor;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.gudid.GudidImportService;
import org.uditrust.registry.gudid.ImportResult;

/** The GUDID release import the Devices view offers: the gudid helper's {@link GudidImportService}. */
final class GudidImport {

    private GudidImport() {
    }

    /**
     * Imports with progress into the task's status bar and its Cancel button. FDA names its delta releases
     * "…_Delta…", so a file or folder whose name says "delta" imports as a delta (updates the models it names);
     * anything else is a full release that replaces every model.
     */
    static DatabaseToolsViewModel.GudidImporter importer(Actor actor, ResourceBundle text) {
        return (registry, source, context) -> {
            Path name = source.getFileName();
            boolean delta = name != null && name.toString().toLowerCase(Locale.ROOT).contains("delta");
            ImportResult result = new GudidImportService(registry.gudid()).importRelease(source,
                    delta ? GudidStore.ReleaseKind.DELTA : GudidStore.ReleaseKind.FULL, actor, status -> {
                        context.updateMessage(status.line());
                        context.updateProgress(status.done(), status.total());
                    }, context::isCancelled);
            if (result instanceof ImportResult.Imported imported) {
                return MessageFormat.format(text.getString("devices.gudid.summary"), imported.releaseName(),
                        imported.devicesStaged(), imported.modelsLive(), imported.problems().total());
            }
            if (result instanceof ImportResult.Failed failed) {
                throw new IllegalStateException(failed.message());
            }
            // Cancelled: the runner has already told the user; this result is dropped.
            return text.getString("devices.gudid.cancelled");
        };
    }
}
