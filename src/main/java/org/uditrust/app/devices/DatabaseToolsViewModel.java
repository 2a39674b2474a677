package org.uditrust.app.devices;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.RegistryServices;

/**
 * Work on the database as a whole: GUDID release import, backup and restore. Each runs as a named background task
 * in the status bar (with its progress and Cancel); {@code onChanged} lets the tables re-read afterwards.
 */
public final class DatabaseToolsViewModel {

    /**
     * Imports a GUDID release; the seam to the gudid helper's import service.
     */
    @FunctionalInterface
    public interface GudidImporter {
        /**
         * Imports the release at {@code source} (zip or folder), reporting progress, stopping when cancelled.
         *
         * @return one line saying what was imported
         */
        String importRelease(RegistryServices registry, Path source, TaskContext context) throws Exception;
    }

    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final ResourceBundle text;
    private final GudidImporter importer;
    private final Runnable onChanged;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param importer the GUDID import, or null while this build has none
     */
    public DatabaseToolsViewModel(Supplier<RegistryServices> registry, TaskRunner tasks, ResourceBundle text,
                                  GudidImporter importer, Runnable onChanged) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.text = Objects.requireNonNull(text, "text");
        this.importer = importer;
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
    }

    public boolean canImportGudid() {
        return importer != null;
    }

    public void importGudid(Path source) {
        if (importer == null) {
            tell(text.getString("devices.gudid.notAvailable"), true);
            return;
        }
        run(MessageFormat.format(text.getString("devices.gudid.task"), name(source)),
                context -> importer.importRelease(registry.get(), source, context),
                summary -> MessageFormat.format(text.getString("devices.gudid.done"), summary),
                text.getString("devices.gudid.cancelled"));
    }

    public void backup(Path target) {
        run(MessageFormat.format(text.getString("devices.backup.task"), name(target)), context -> {
            registry.get().maintenance().backupTo(target);
            return target.toString();
        }, done -> MessageFormat.format(text.getString("devices.backup.done"), done), null);
    }

    public void restore(Path source) {
        run(MessageFormat.format(text.getString("devices.restore.task"), name(source)), context -> {
            registry.get().maintenance().restoreFrom(source);
            return source.toString();
        }, done -> MessageFormat.format(text.getString("devices.restore.done"), done), null);
    }

    /** The question to ask before {@link #restore}. */
    public String restoreQuestion(Path source) {
        return MessageFormat.format(text.getString("devices.restore.confirm"), source);
    }

    private interface Work {
        String run(TaskContext context) throws Exception;
    }

    private void run(String title, Work work, java.util.function.Function<String, String> done, String cancelled) {
        busy.set(true);
        tasks.submit(new BackgroundTask<String>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String call(TaskContext context) throws Exception {
                return work.run(context);
            }
        }, new TaskCallbacks<>(result -> {
            busy.set(false);
            tell(done.apply(result), false);
            onChanged.run();
        }, e -> {
            busy.set(false);
            tell(MessageFormat.format(text.getString("devices.failed"), DevicesViewModel.describe(e)), true);
            onChanged.run();
        }, () -> {
            busy.set(false);
            if (cancelled != null) {
                tell(cancelled, false);
            }
        }));
    }

    private void tell(String what, boolean error) {
        message.set(what);
        messageIsError.set(error);
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
