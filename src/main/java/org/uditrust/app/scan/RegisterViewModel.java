package org.uditrust.app.scan;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uditrust.app.devices.DeviceTexts;
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.devices.FieldRow;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.LabelFinding;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.ScanPreview;
import org.uditrust.udi.ParseResult;

/**
 * The Scan view's register panel: after a valid scan it looks the UDI up in the background ({@code preview}: GUDID
 * model, label-versus-GUDID findings, an existing registration) and offers a form to register it; a UDI already in
 * the inventory is shown with a way to open it instead.
 *
 * <p>The location fields keep what was last registered, because a user usually registers a delivery of devices
 * into one room, scan after scan.
 */
public final class RegisterViewModel {

    /** What the panel shows. */
    public enum State { EMPTY, LOOKING_UP, NEW, ALREADY_REGISTERED, FAILED }

    private final ScanViewModel scan;
    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ResourceBundle text;
    private final DeviceTexts texts;
    private final LongConsumer openDevice;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ObservableList<FieldRow> model = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Device> existing = new ReadOnlyObjectWrapper<>(this, "existing");
    private final ReadOnlyStringWrapper existingText = new ReadOnlyStringWrapper(this, "existingText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canRegister = new ReadOnlyBooleanWrapper(this, "canRegister");
    private final StringProperty site = new SimpleStringProperty(this, "site", "");
    private final StringProperty building = new SimpleStringProperty(this, "building", "");
    private final StringProperty department = new SimpleStringProperty(this, "department", "");
    private final StringProperty room = new SimpleStringProperty(this, "room", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    /** Counts look-ups, so a slow answer for an earlier scan never overwrites the current one. */
    private long lookup;
    private String scanned;

    /**
     * @param openDevice shows a device in the Devices view (the shell's navigation)
     */
    public RegisterViewModel(ScanViewModel scan, Supplier<RegistryServices> registry, TaskRunner tasks, Actor actor,
                             ResourceBundle text, DeviceTexts texts, LongConsumer openDevice) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.text = Objects.requireNonNull(text, "text");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.openDevice = Objects.requireNonNull(openDevice, "openDevice");
        scan.resultProperty().addListener((obs, old, now) -> scanned(now));
        scanned(scan.resultProperty().get());
    }

    private void scanned(ParseResult result) {
        lookup++;
        model.clear();
        findings.clear();
        existing.set(null);
        existingText.set("");
        message.set("");
        if (!(result instanceof ParseResult.Valid)) {
            scanned = null;
            set(State.EMPTY);
            return;
        }
        scanned = GroupSeparator.toData(scan.inputProperty().get());
        // The registry parses with the app's default options; hand it the real GS the scanner meant.
        String substitute = scan.groupSeparatorSubstituteProperty().get();
        if (substitute != null && !substitute.isEmpty()) {
            scanned = scanned.replace(substitute, String.valueOf(GroupSeparator.GS));
        }
        set(State.LOOKING_UP);
        long request = lookup;
        String input = scanned;
        tasks.submitQuietly(task(text.getString("register.task.lookup"), () -> registry.get().registration()
                .preview(input)), new TaskCallbacks<>(preview -> {
                    if (request == lookup) {
                        previewed(preview);
                    }
                }, e -> {
                    if (request == lookup) {
                        fail(e);
                    }
                }, null));
    }

    private void previewed(ScanPreview preview) {
        model.setAll(texts.modelFields(preview.model()));
        findings.setAll(preview.findings().stream().map(LabelFinding::message).toList());
        if (preview.existing() != null) {
            showExisting(preview.existing());
        } else {
            set(State.NEW);
        }
    }

    private void showExisting(Device device) {
        existing.set(device);
        existingText.set(MessageFormat.format(text.getString("register.existing"), device.id(),
                texts.status(device.status()), texts.location(device), texts.stamp(device.registeredAt()),
                device.registeredBy()));
        set(State.ALREADY_REGISTERED);
    }

    /** Registers the scanned device with the form's values, in the background. */
    public void register() {
        if (!canRegister.get()) {
            return;
        }
        String input = scanned;
        Location location = new Location(site.get(), building.get(), department.get(), room.get());
        String ownerValue = owner.get();
        String notesValue = notes.get();
        long request = lookup;
        busy.set(true);
        canRegister.set(false);
        tasks.submit(task(text.getString("register.task.register"), () -> registry.get().registration()
                .register(input, location, ownerValue, notesValue, actor)), new TaskCallbacks<>(outcome -> {
                    busy.set(false);
                    if (request == lookup) {
                        registered(outcome);
                    }
                }, e -> {
                    busy.set(false);
                    fail(e);
                }, () -> {
                    busy.set(false);
                    set(state.get());
                }));
    }

    private void registered(RegistrationOutcome outcome) {
        if (outcome instanceof RegistrationOutcome.Registered done) {
            notes.set("");
            showExisting(done.device());
            message.set(MessageFormat.format(text.getString("register.done"), done.device().id()));
        } else if (outcome instanceof RegistrationOutcome.AlreadyRegistered again) {
            showExisting(again.device());
        } else if (outcome instanceof RegistrationOutcome.Rejected) {
            message.set(text.getString("register.rejected"));
            set(State.EMPTY);
        }
    }

    /** Shows the already registered device in the Devices view. */
    public void openExisting() {
        Device device = existing.get();
        if (device != null) {
            openDevice.accept(device.id());
        }
    }

    private void fail(Exception e) {
        message.set(MessageFormat.format(text.getString("register.failed"), DevicesViewModel.describe(e)));
        set(State.FAILED);
    }

    private void set(State now) {
        state.set(now);
        canRegister.set(now == State.NEW && !busy.get());
    }

    private static <R> BackgroundTask<R> task(String title, java.util.concurrent.Callable<R> work) {
        return new BackgroundTask<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public R call(TaskContext context) throws Exception {
                return work.call();
            }
        };
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** GUDID fields of the scanned model (or one row saying GUDID does not know it). */
    public ObservableList<FieldRow> model() {
        return model;
    }

    /** What on the label contradicts GUDID, one sentence each. */
    public ObservableList<String> findings() {
        return findings;
    }

    public ReadOnlyObjectProperty<Device> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    /** "Already registered as device 12: In service, Main / OR 3 …". */
    public ReadOnlyStringProperty existingTextProperty() {
        return existingText.getReadOnlyProperty();
    }

    /** What the findings list says when the label agrees with GUDID. */
    public String findingsOkText() {
        return text.getString("register.findings.none");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRegisterProperty() {
        return canRegister.getReadOnlyProperty();
    }

    public StringProperty siteProperty() {
        return site;
    }

    public StringProperty buildingProperty() {
        return building;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
