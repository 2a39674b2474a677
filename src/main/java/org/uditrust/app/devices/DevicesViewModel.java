package org.uditrust.app.devices;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.paging.PagedList;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.registry.Actor;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistryServices;

/**
 * The Devices view's state: a lazily paged table over the inventory (never the whole table in memory), its filter
 * and sort order, and the selected device with the changes a user may make to it. Every database call runs in the
 * background; the table reads through {@link PagedList}.
 */
public final class DevicesViewModel {

    /** Rows per fetch and pages kept: 200 x 50 rows at most in memory, whatever the inventory's size. */
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 50;

    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ResourceBundle text;
    private final DeviceTexts texts;
    private final Debouncer debouncer;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<DeviceStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<DeviceQuery.Sort> sort =
            new SimpleObjectProperty<>(this, "sort", DeviceQuery.Sort.REGISTERED);
    private final BooleanProperty ascending = new SimpleBooleanProperty(this, "ascending", false);

    private final ReadOnlyObjectWrapper<ObservableList<Device>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.emptyObservableList());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    private final ReadOnlyObjectWrapper<Device> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<DeviceModel> selectedModel = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<FieldRow> details = FXCollections.observableArrayList();
    private final ObjectProperty<DeviceStatus> editStatus = new SimpleObjectProperty<>(this, "editStatus");
    private final StringProperty editSite = new SimpleStringProperty(this, "editSite", "");
    private final StringProperty editBuilding = new SimpleStringProperty(this, "editBuilding", "");
    private final StringProperty editDepartment = new SimpleStringProperty(this, "editDepartment", "");
    private final StringProperty editRoom = new SimpleStringProperty(this, "editRoom", "");
    private final StringProperty editOwner = new SimpleStringProperty(this, "editOwner", "");
    private final StringProperty editNotes = new SimpleStringProperty(this, "editNotes", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private long detailRequest;
    /** GUDID brand per DI, filled as pages load; a few thousand models at most, unlike devices. */
    private final java.util.Map<String, String> brands = new java.util.concurrent.ConcurrentHashMap<>();

    public DevicesViewModel(Supplier<RegistryServices> registry, TaskRunner tasks, Actor actor, ResourceBundle text,
                            DeviceTexts texts, Debouncer debouncer) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.text = Objects.requireNonNull(text, "text");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.debouncer = Objects.requireNonNull(debouncer, "debouncer");
        search.addListener((obs, old, now) -> debouncer.schedule(this::reload));
        statusFilter.addListener((obs, old, now) -> reload());
    }

    // ---- the table ------------------------------------------------------------------------------------------

    /** The query the filters and sort order describe now. */
    public DeviceQuery query() {
        String typed = search.get() == null ? "" : search.get().strip();
        return new DeviceQuery(typed.isEmpty() ? null : typed, null, statusFilter.get(), null, sort.get(),
                ascending.get());
    }

    /** Re-runs the query: a fresh lazily paged list, counted in the background. */
    public void reload() {
        DeviceQuery query = query();
        brands.clear(); // a GUDID import may have changed them
        countText.set(text.getString("devices.counting"));
        PagedList<Device> list = new PagedList<>(new PagedList.Source<>() {
            @Override
            public long count() {
                return registry.get().inventory().count(query);
            }

            @Override
            public List<Device> page(int offset, int limit) {
                List<Device> page = registry.get().inventory().page(query, offset, limit);
                // Resolve the brands of this page's models here, in the background, before the rows are shown.
                for (Device d : page) {
                    brands.computeIfAbsent(d.di(), di -> registry.get().inventory().model(di)
                            .map(m -> m.brandName() == null ? "" : m.brandName()).orElse(""));
                }
                return page;
            }
        }, tasks, PAGE_SIZE, MAX_PAGES, this::failed);
        rows.set(list);
        list.start(() -> countText.set(MessageFormat.format(text.getString("devices.count"), list.size())));
    }

    /** Sorts by {@code column}; the table's header clicks come here. */
    public void sortBy(DeviceQuery.Sort column, boolean up) {
        if (column == sort.get() && up == ascending.get()) {
            return;
        }
        sort.set(column == null ? DeviceQuery.Sort.REGISTERED : column);
        ascending.set(up);
        reload();
    }

    // ---- the selected device ---------------------------------------------------------------------------------

    /** Shows {@code device} (a table row, possibly stale) in the detail pane and fetches it fresh with its model. */
    public void select(Device device) {
        if (device == null) {
            show(null, null);
            return;
        }
        show(device, null);
        load(device.id());
    }

    /** Opens a device by id, e.g. from the Scan view's "Already registered": clears the filters so it is listed. */
    public void openDevice(long id) {
        search.set("");
        statusFilter.set(null);
        reload();
        load(id);
    }

    private void load(long id) {
        long request = ++detailRequest;
        tasks.submitQuietly(task("device", () -> {
            RegistryServices services = registry.get();
            Device device = services.inventory().device(id).orElse(null);
            DeviceModel model = device == null ? null : services.inventory().model(device.di()).orElse(null);
            return new Loaded(device, model);
        }), new TaskCallbacks<>(loaded -> {
            if (request == detailRequest) {
                show(loaded.device(), loaded.model());
            }
        }, this::failed, null));
    }

    private record Loaded(Device device, DeviceModel model) {
    }

    private void show(Device device, DeviceModel model) {
        selected.set(device);
        selectedModel.set(model);
        if (device == null) {
            details.clear();
            editStatus.set(null);
            editSite.set("");
            editBuilding.set("");
            editDepartment.set("");
            editRoom.set("");
            editOwner.set("");
            editNotes.set("");
            return;
        }
        List<FieldRow> all = new java.util.ArrayList<>(texts.deviceFields(device));
        device.findings().forEach(f -> all.add(new FieldRow(text.getString("device.finding"), f.message())));
        all.addAll(texts.modelFields(model));
        details.setAll(all);
        editStatus.set(device.status());
        Location where = device.location();
        editSite.set(orEmpty(where.site()));
        editBuilding.set(orEmpty(where.building()));
        editDepartment.set(orEmpty(where.department()));
        editRoom.set(orEmpty(where.room()));
        editOwner.set(orEmpty(device.owner()));
        editNotes.set(orEmpty(device.notes()));
    }

    /** Saves the status chosen in {@link #editStatusProperty()}. */
    public void applyStatus() {
        Device device = selected.get();
        DeviceStatus status = editStatus.get();
        if (device == null || status == null || status == device.status()) {
            return;
        }
        change("devices.saved.status", () -> registry.get().devices()
                .setStatus(device.id(), device.version(), status, actor), device);
    }

    /** Saves the location typed in the edit fields. */
    public void applyMove() {
        Device device = selected.get();
        if (device == null) {
            return;
        }
        Location to = new Location(editSite.get(), editBuilding.get(), editDepartment.get(), editRoom.get());
        change("devices.saved.location", () -> registry.get().devices()
                .move(device.id(), device.version(), to, actor), device);
    }

    /** Saves owner and notes. */
    public void applyOwnerAndNotes() {
        Device device = selected.get();
        if (device == null) {
            return;
        }
        String owner = blankToNull(editOwner.get());
        String notes = blankToNull(editNotes.get());
        change("devices.saved.owner", () -> registry.get().devices()
                .edit(device.id(), device.version(), owner, notes, actor), device);
    }

    private void change(String doneKey, Supplier<Device> work, Device before) {
        busy.set(true);
        tasks.submit(task(text.getString("devices.task.save"), work::get), new TaskCallbacks<>(after -> {
            busy.set(false);
            tell(text.getString(doneKey), false);
            if (rows.get() instanceof PagedList<Device> paged) {
                paged.update(row -> row != null && row.id() == after.id() ? after : null);
            }
            show(after, selectedModel.get());
        }, e -> {
            busy.set(false);
            if (e instanceof ConcurrentChangeException) {
                tell(text.getString("devices.concurrent"), true);
                load(before.id());
            } else {
                failed(e);
            }
        }, () -> busy.set(false)));
    }

    private void failed(Exception e) {
        tell(MessageFormat.format(text.getString("devices.failed"), describe(e)), true);
    }

    private void tell(String what, boolean error) {
        message.set(what);
        messageIsError.set(error);
    }

    /** The exception's own sentence (the store's messages are written for users), else its type. */
    public static String describe(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }

    static <R> BackgroundTask<R> task(String title, java.util.concurrent.Callable<R> work) {
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

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public StringProperty searchProperty() {
        return search;
    }

    /** Only devices in this state; null for all. */
    public ObjectProperty<DeviceStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyObjectProperty<DeviceQuery.Sort> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending;
    }

    /** The table's rows: a lazily paged list; a row is null while its page loads. */
    public ReadOnlyObjectProperty<ObservableList<Device>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "1,000,000 devices". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The outcome of the last action, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Device> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeviceModel> selectedModelProperty() {
        return selectedModel.getReadOnlyProperty();
    }

    /** Every field of the selected device, its findings and its GUDID model. */
    public ObservableList<FieldRow> details() {
        return details;
    }

    public ObjectProperty<DeviceStatus> editStatusProperty() {
        return editStatus;
    }

    public StringProperty editSiteProperty() {
        return editSite;
    }

    public StringProperty editBuildingProperty() {
        return editBuilding;
    }

    public StringProperty editDepartmentProperty() {
        return editDepartment;
    }

    public StringProperty editRoomProperty() {
        return editRoom;
    }

    public StringProperty editOwnerProperty() {
        return editOwner;
    }

    public StringProperty editNotesProperty() {
        return editNotes;
    }

    /** True while a change is being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The GUDID brand of a listed device's model ("" if GUDID does not know it). */
    public String brand(Device device) {
        return brands.getOrDefault(device.di(), "");
    }

    /** Status names for the filter and the edit box. */
    public String statusText(DeviceStatus status) {
        return texts.status(status);
    }

    public DeviceTexts texts() {
        return texts;
    }
}
