package org.uditrust.app.identity;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.identity.CloneFinding;
import org.uditrust.identity.ValidationFailure;
import org.uditrust.registry.Actor;
import org.uditrust.registry.AnchorPin;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.ChainLink;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.IdentityCheck;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.RevalidationSummary;
import org.uditrust.registry.ScanPreview;
import org.uditrust.registry.StoredCrl;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.WeakIdentity;
import org.uditrust.udi.ParseResult;

/**
 * The Identity view's state. Per device: its identities, each validated on request against only the anchors pinned
 * to the device's model, with the chain root to leaf and a status per link, and its binding state. Per
 * manufacturer: anchors with their pins, binding rules, CRLs. Life cycle: clones, certificates expiring within N
 * days, revoked, weak and missing identities. Everything is read in background tasks.
 */
public final class IdentityViewModel {

    /** Rows shown per life-cycle list at most. */
    static final int LIST_LIMIT = 500;

    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ResourceBundle text;

    private final StringProperty deviceRef = new SimpleStringProperty(this, "deviceRef", "");
    private final ReadOnlyStringWrapper deviceHeading = new ReadOnlyStringWrapper(this, "deviceHeading", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<IdentityRow> identities = FXCollections.observableArrayList();
    private final ObjectProperty<IdentityRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ChainRow> chain = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper bindingText = new ReadOnlyStringWrapper(this, "bindingText", "");

    private final ObservableList<AnchorRow> anchors = FXCollections.observableArrayList();
    private final ObservableList<String> rules = FXCollections.observableArrayList();
    private final ObservableList<String> crls = FXCollections.observableArrayList();

    private final IntegerProperty days = new SimpleIntegerProperty(this, "days", 90);
    private final ObservableList<String> clones = FXCollections.observableArrayList();
    private final ObservableList<String> expiring = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public IdentityViewModel(Supplier<RegistryServices> registry, TaskRunner tasks, Actor actor,
                             ResourceBundle text) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.text = Objects.requireNonNull(text, "text");
        selected.addListener((obs, old, now) -> {
            chain.setAll(now == null ? List.of() : now.chain());
            bindingText.set(now == null ? "" : now.bindingText());
        });
    }

    /** What validating a device found. */
    private record DeviceResult(Device device, List<IdentityRow> rows) {
    }

    /** Finds the device {@link #deviceRefProperty()} names and validates its identities. */
    public void showDevice() {
        String ref = deviceRef.get() == null ? "" : deviceRef.get().strip();
        if (ref.isEmpty()) {
            message.set(text.getString("identity.device.needed"));
            return;
        }
        busy.set(true);
        message.set(text.getString("identity.validating"));
        tasks.submit(new BackgroundTask<Optional<DeviceResult>>() {
            @Override
            public String title() {
                return text.getString("identity.validating");
            }

            @Override
            public Optional<DeviceResult> call(TaskContext context) {
                RegistryServices r = registry.get();
                Optional<Device> device = find(r, ref);
                if (device.isEmpty()) {
                    return Optional.empty();
                }
                List<IdentityCheck> checks = r.identityValidation().validateDevice(device.get().id(), actor);
                List<IdentityRow> rows = new ArrayList<>();
                for (IdentityCheck check : checks) {
                    rows.add(row(check.identity(), check.rootToLeaf()));
                }
                for (DeviceIdentity i : r.identities().ofDevice(device.get().id())) {
                    if (checks.stream().noneMatch(c -> c.identity().id() == i.id())) {
                        rows.add(row(i, List.of()));
                    }
                }
                return Optional.of(new DeviceResult(device.get(), rows));
            }
        }, new TaskCallbacks<>(this::shown, this::failed, () -> busy.set(false)));
    }

    static Optional<Device> find(RegistryServices r, String ref) {
        ScanPreview preview = r.registration().preview(ref);
        if (preview.parse() instanceof ParseResult.Valid) {
            return Optional.ofNullable(preview.existing());
        }
        if (ref.length() <= 18 && ref.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return r.inventory().device(Long.parseLong(ref));
        }
        return Optional.empty();
    }

    private IdentityRow row(DeviceIdentity i, List<ChainLink> links) {
        List<ChainRow> rows = new ArrayList<>();
        for (int depth = 0; depth < links.size(); depth++) {
            ChainLink link = links.get(depth);
            rows.add(new ChainRow(depth, link.subject(), status(link), link.passes(),
                    link.passes() && !link.failures().isEmpty()));
        }
        String state = text.getString("identity.validation." + i.validation().name());
        String binding = text.getString("identity.binding." + i.binding().name());
        String summary = MessageFormat.format(text.getString("identity.row"), i.kind().name(), i.subject(), state,
                binding);
        String bindingSentence = i.bindingDetail() == null ? binding : binding + " – " + i.bindingDetail();
        return new IdentityRow(i.fingerprint(), summary, i.binding(), i.validation(), bindingSentence, rows);
    }

    private String status(ChainLink link) {
        List<String> parts = new ArrayList<>();
        if (link.anchor()) {
            parts.add(text.getString("identity.link.anchor"));
        }
        for (ValidationFailure f : link.failures()) {
            parts.add((f.warningOnly() ? text.getString("identity.link.warning") + " " : "") + f.rule().code()
                    + ": " + f.message());
        }
        if (parts.isEmpty()) {
            parts.add(text.getString("identity.link.valid"));
        }
        return String.join("\n", parts);
    }

    private void shown(Optional<DeviceResult> result) {
        busy.set(false);
        if (result.isEmpty()) {
            identities.clear();
            deviceHeading.set("");
            message.set(MessageFormat.format(text.getString("identity.device.unknown"), deviceRef.get()));
            return;
        }
        Device d = result.get().device();
        deviceHeading.set(MessageFormat.format(text.getString("identity.device.heading"), d.id(),
                d.humanReadable()));
        identities.setAll(result.get().rows());
        message.set(identities.isEmpty() ? text.getString("identity.device.none") : "");
        selected.set(identities.isEmpty() ? null : identities.get(0));
    }

    private void failed(Exception e) {
        busy.set(false);
        message.set(MessageFormat.format(text.getString("identity.failed"), DevicesViewModel.describe(e)));
    }

    /** What the Manufacturers and Life-cycle tabs show. */
    private record Overview(List<AnchorRow> anchors, List<String> rules, List<String> crls, List<String> clones,
                            List<String> expiring, List<String> problems) {
    }

    /** Re-reads the manufacturers' trust and the life-cycle lists. */
    public void refresh() {
        int window = Math.max(0, days.get());
        tasks.submitQuietly(new BackgroundTask<Overview>() {
            @Override
            public String title() {
                return text.getString("identity.loading");
            }

            @Override
            public Overview call(TaskContext context) {
                RegistryServices r = registry.get();
                List<AnchorRow> anchorRows = new ArrayList<>();
                for (TrustAnchor a : r.trust().anchors(null)) {
                    List<String> pins = r.trust().pins(a.id()).stream().map(AnchorPin::di).toList();
                    anchorRows.add(new AnchorRow(a.manufacturer(), a.subject(), a.notAfter().toString(),
                            pins.isEmpty() ? text.getString("identity.anchor.unpinned") : String.join(", ", pins),
                            a.fingerprint()));
                }
                List<String> ruleRows = r.trust().rules().stream().map(rule -> MessageFormat.format(
                        text.getString("identity.rule"), rule.manufacturer(), rule.serialSource().name(),
                        rule.modelSource().name(), rule.hwTypeToDi().isEmpty() ? "" : rule.hwTypeToDi().toString()))
                        .toList();
                List<String> crlRows = new ArrayList<>();
                for (StoredCrl c : r.trust().crls()) {
                    crlRows.add(MessageFormat.format(text.getString("identity.crl"), c.issuer(),
                            c.crlNumberHex() == null ? "-" : c.crlNumberHex(), c.thisUpdate().toString(),
                            c.nextUpdate() == null ? "-" : c.nextUpdate().toString()));
                }
                List<String> cloneRows = r.identityValidation().clones().stream()
                        .map(CloneFinding::message).toList();
                List<String> expiringRows = r.identityValidation().expiring(window, LIST_LIMIT).stream()
                        .map(i -> MessageFormat.format(text.getString("identity.expiring.row"),
                                i.notAfter().toString(), i.deviceId() == null ? "-" : i.deviceId(), i.subject()))
                        .toList();
                List<String> problemRows = new ArrayList<>();
                for (DeviceIdentity i : r.identityValidation().revoked(LIST_LIMIT)) {
                    problemRows.add(MessageFormat.format(text.getString("identity.problem.revoked"),
                            i.deviceId() == null ? "-" : i.deviceId(), i.subject(), i.validationMessage()));
                }
                for (WeakIdentity w : r.identityValidation().weak(LIST_LIMIT)) {
                    problemRows.add(MessageFormat.format(text.getString("identity.problem.weak"),
                            w.identity().deviceId() == null ? "-" : w.identity().deviceId(), w.identity().subject(),
                            w.reason()));
                }
                for (Device d : r.identityValidation().devicesWithoutIdentity(LIST_LIMIT)) {
                    problemRows.add(MessageFormat.format(text.getString("identity.problem.missing"), d.id(),
                            d.humanReadable()));
                }
                return new Overview(anchorRows, ruleRows, crlRows, cloneRows, expiringRows, problemRows);
            }
        }, new TaskCallbacks<>(o -> {
            anchors.setAll(o.anchors());
            rules.setAll(o.rules());
            crls.setAll(o.crls());
            clones.setAll(o.clones());
            expiring.setAll(o.expiring());
            problems.setAll(o.problems());
        }, this::failed, null));
    }

    /** Re-validates every stored identity (progress in the status bar, cancellable), then refreshes the lists. */
    public void revalidateAll() {
        busy.set(true);
        message.set(text.getString("identity.revalidating"));
        tasks.submit(new BackgroundTask<RevalidationSummary>() {
            @Override
            public String title() {
                return text.getString("identity.revalidating");
            }

            @Override
            public RevalidationSummary call(TaskContext context) {
                RegistryServices r = registry.get();
                long total = r.transactions().read(repos -> repos.identities().count());
                return r.identityValidation().revalidateAll(actor, done -> context.updateProgress(done, total),
                        context::isCancelled);
            }
        }, new TaskCallbacks<>(s -> {
            busy.set(false);
            message.set(MessageFormat.format(text.getString(s.cancelled() ? "identity.revalidated.cancelled"
                    : "identity.revalidated"), s.checked(), s.valid(), s.invalid(), s.revoked()));
            refresh();
        }, this::failed, () -> {
            busy.set(false);
            message.set(text.getString("identity.revalidate.cancelled"));
        }));
    }

    public StringProperty deviceRefProperty() {
        return deviceRef;
    }

    public ReadOnlyStringProperty deviceHeadingProperty() {
        return deviceHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<IdentityRow> identities() {
        return identities;
    }

    /** The identity whose chain is drawn; the view's list selection writes it. */
    public ObjectProperty<IdentityRow> selectedProperty() {
        return selected;
    }

    /** The selected identity's chain, root first. */
    public ObservableList<ChainRow> chain() {
        return chain;
    }

    public ReadOnlyStringProperty bindingTextProperty() {
        return bindingText.getReadOnlyProperty();
    }

    public ObservableList<AnchorRow> anchors() {
        return anchors;
    }

    public ObservableList<String> rules() {
        return rules;
    }

    public ObservableList<String> crls() {
        return crls;
    }

    /** Days ahead the expiring list looks (default 90). */
    public IntegerProperty daysProperty() {
        return days;
    }

    public ObservableList<String> clones() {
        return clones;
    }

    public ObservableList<String> expiring() {
        return expiring;
    }

    /** Revoked, weak and missing identities. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** True when the binding of a row is a conflict (the view marks it). */
    public static boolean conflicting(IdentityRow row) {
        return row != null && row.binding() == BindingState.CONFLICTING;
    }
}
