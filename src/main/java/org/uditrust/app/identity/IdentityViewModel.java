package org.uditrust.app.identity;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.uditrust.identity.BindingOutcome;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CloneFinding;
import org.uditrust.identity.ValidationFailure;
import org.uditrust.registry.Actor;
import org.uditrust.registry.AnchorPin;
import org.uditrust.registry.BindResult;
import org.uditrust.registry.BindingState;
import org.uditrust.registry.ChainLink;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceIdentity;
import org.uditrust.registry.IdentityCheck;
import org.uditrust.registry.IdentityImport;
import org.uditrust.registry.IdentityKind;
import org.uditrust.registry.RecallQuery;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.RevalidationSummary;
import org.uditrust.registry.ScanPreview;
import org.uditrust.registry.StoredCrl;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.WeakIdentity;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;

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

    private final ReadOnlyObjectWrapper<Device> shownDevice = new ReadOnlyObjectWrapper<>(this, "shownDevice");
    private final StringProperty certificateFile = new SimpleStringProperty(this, "certificateFile", "");
    private final ObjectProperty<IdentityKind> kind = new SimpleObjectProperty<>(this, "kind", IdentityKind.IDEVID);
    private final ReadOnlyStringWrapper importResult = new ReadOnlyStringWrapper(this, "importResult", "");
    private final ReadOnlyObjectWrapper<ImportState> importState =
            new ReadOnlyObjectWrapper<>(this, "importState", ImportState.NONE);
    private final ManufacturerTrustViewModel trust;

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
        this.trust = new ManufacturerTrustViewModel(registry, tasks, actor, text, this::refresh);
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
                return Optional.of(validated(r, device.get()));
            }
        }, new TaskCallbacks<>(this::shown, this::failed, () -> busy.set(false)));
    }

    /** Validates the device's identities (the service records each result) and makes their rows. */
    private DeviceResult validated(RegistryServices r, Device device) {
        List<IdentityCheck> checks = r.identityValidation().validateDevice(device.id(), actor);
        List<IdentityRow> rows = new ArrayList<>();
        for (IdentityCheck check : checks) {
            rows.add(row(check.identity(), check.rootToLeaf()));
        }
        for (DeviceIdentity i : r.identities().ofDevice(device.id())) {
            if (checks.stream().noneMatch(c -> c.identity().id() == i.id())) {
                rows.add(row(i, List.of()));
            }
        }
        return new DeviceResult(device, rows);
    }

    /** How importing a certificate for the shown device ended, for the view's marker. */
    public enum ImportState {
        NONE, BOUND, CONFLICTING, NOT_BOUND, REJECTED
    }

    /** What importing a certificate did, and the device validated afterwards (null when nothing was stored). */
    private record CertificateOutcome(ImportState state, String sentence, String fingerprint, DeviceResult device) {
    }

    /**
     * Imports the certificate file {@link #certificateFileProperty()} as an identity of kind
     * {@link #kindProperty()} for the shown device and tries to bind it by the manufacturer's rule; then validates
     * the device's identities again and selects the new one, so its chain is drawn. A rejected file stores nothing.
     */
    public void importCertificate() {
        Device device = shownDevice.get();
        if (device == null) {
            importRefused(text.getString("identity.import.noDevice"));
            return;
        }
        Path source;
        try {
            source = FileBytes.path(certificateFile.get());
        } catch (InvalidPathException e) {
            importRefused(MessageFormat.format(text.getString("identity.file.invalid"), certificateFile.get()));
            return;
        }
        if (source == null) {
            importRefused(text.getString("identity.file.needed"));
            return;
        }
        IdentityKind identityKind = kind.get();
        busy.set(true);
        importState.set(ImportState.NONE);
        importResult.set(text.getString("identity.import.importing"));
        tasks.submit(new BackgroundTask<CertificateOutcome>() {
            @Override
            public String title() {
                return text.getString("identity.import.importing");
            }

            @Override
            public CertificateOutcome call(TaskContext context) throws IOException {
                byte[] content = FileBytes.read(source);
                if (context.isCancelled()) {
                    return null;
                }
                RegistryServices r = registry.get();
                IdentityImport result = r.identities().importIdentity(content, source.toString(), identityKind,
                        device.id(), actor);
                if (result instanceof IdentityImport.Rejected) {
                    return new CertificateOutcome(ImportState.REJECTED, MessageFormat.format(
                            text.getString("identity.import.rejected"),
                            FileBytes.describe(((IdentityImport.Rejected) result).problem())), null, null);
                }
                IdentityImport.Imported imported = (IdentityImport.Imported) result;
                context.updateMessage(text.getString("identity.validating"));
                return new CertificateOutcome(state(imported.binding()), bindingSentence(imported.binding()),
                        imported.identity().fingerprint(), validated(r, device));
            }
        }, new TaskCallbacks<>(this::certificateImported, this::failed, () -> {
            busy.set(false);
            importResult.set(text.getString("identity.cancelled"));
            refresh();
        }));
    }

    private static ImportState state(BindResult binding) {
        if (binding instanceof BindResult.Checked) {
            BindingOutcome outcome = ((BindResult.Checked) binding).outcome();
            return outcome instanceof BindingOutcome.Bound ? ImportState.BOUND
                    : outcome instanceof BindingOutcome.Conflicting ? ImportState.CONFLICTING : ImportState.NOT_BOUND;
        }
        return ImportState.NOT_BOUND;
    }

    private String bindingSentence(BindResult binding) {
        if (binding instanceof BindResult.Impossible) {
            return MessageFormat.format(text.getString("identity.import.impossible"),
                    FileBytes.describe(((BindResult.Impossible) binding).problem()));
        }
        BindingOutcome outcome = ((BindResult.Checked) binding).outcome();
        if (outcome instanceof BindingOutcome.Bound) {
            BindingOutcome.Bound bound = (BindingOutcome.Bound) outcome;
            return MessageFormat.format(text.getString("identity.import.bound"), bound.di(), bound.serial());
        }
        if (outcome instanceof BindingOutcome.Conflicting) {
            BindingOutcome.Conflicting c = (BindingOutcome.Conflicting) outcome;
            return MessageFormat.format(text.getString("identity.import.conflicting"), c.field(),
                    c.certificateValue(), c.labelValue() == null ? text.getString("identity.import.absent")
                            : c.labelValue());
        }
        BindingOutcome.NotAsserted n = (BindingOutcome.NotAsserted) outcome;
        return MessageFormat.format(text.getString("identity.import.notAsserted"), n.field(), n.reason());
    }

    private void certificateImported(CertificateOutcome outcome) {
        busy.set(false);
        if (outcome == null) {
            importResult.set(text.getString("identity.cancelled"));
            return;
        }
        importState.set(outcome.state());
        importResult.set(outcome.sentence());
        if (outcome.device() != null) {
            certificateFile.set("");
            shown(Optional.of(outcome.device()));
            identities.stream().filter(i -> i.fingerprint().equals(outcome.fingerprint())).findFirst()
                    .ifPresent(selected::set);
            refresh();
        }
    }

    private void importRefused(String sentence) {
        importState.set(ImportState.REJECTED);
        importResult.set(sentence);
    }

    static Optional<Device> find(RegistryServices r, String ref) {
        ScanPreview preview = r.registration().preview(ref);
        if (preview.parse() instanceof ParseResult.Valid) {
            if (preview.existing() != null) {
                return Optional.of(preview.existing());
            }
            // A typed DI and serial names one unit even when the registered label also carries lot and dates.
            Udi udi = ((ParseResult.Valid) preview.parse()).udi();
            if (udi.serial() == null) {
                return Optional.empty();
            }
            List<Device> units = r.inventory().recallMatches(new RecallQuery(udi.di(), Set.of(), Set.of(udi.serial()),
                    null, null));
            return units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
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
            shownDevice.set(null);
            identities.clear();
            deviceHeading.set("");
            message.set(MessageFormat.format(text.getString("identity.device.unknown"), deviceRef.get()));
            return;
        }
        Device d = result.get().device();
        shownDevice.set(d);
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
    private record Overview(List<AnchorRow> anchors, List<BindingRule> ruleValues, List<String> rules,
                            List<String> crls, List<String> clones, List<String> expiring, List<String> problems) {
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
                            a.fingerprint(), pins));
                }
                List<BindingRule> ruleValues = r.trust().rules();
                List<String> ruleRows = ruleValues.stream().map(rule -> MessageFormat.format(
                        text.getString("identity.rule"), rule.manufacturer(),
                        text.getString("identity.serial." + rule.serialSource().name()),
                        text.getString("identity.model." + rule.modelSource().name()),
                        rule.hwTypeToDi().isEmpty() ? "" : rule.hwTypeToDi().toString()))
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
                return new Overview(anchorRows, ruleValues, ruleRows, crlRows, cloneRows, expiringRows, problemRows);
            }
        }, new TaskCallbacks<>(o -> {
            trust.rulesRead(o.ruleValues());
            AnchorRow chosen = trust.selectedAnchorProperty().get();
            anchors.setAll(o.anchors());
            // Keeps the anchor chosen before the change chosen (its row is new: its pins may have changed).
            trust.selectedAnchorProperty().set(chosen == null ? null : o.anchors().stream()
                    .filter(a -> a.fingerprint().equals(chosen.fingerprint())).findFirst().orElse(null));
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

    /** The Manufacturers tab's commands (import anchors and CRLs, pin, unpin, binding rule). */
    public ManufacturerTrustViewModel trust() {
        return trust;
    }

    /** The device whose identities are shown, null before one is. */
    public ReadOnlyObjectProperty<Device> shownDeviceProperty() {
        return shownDevice.getReadOnlyProperty();
    }

    /** The certificate file to import for the shown device. */
    public StringProperty certificateFileProperty() {
        return certificateFile;
    }

    /** The kind the imported certificate is recorded as (IDevID, LDevID, EK, AK). */
    public ObjectProperty<IdentityKind> kindProperty() {
        return kind;
    }

    /** The kinds a certificate file may be imported as. */
    public static List<IdentityKind> certificateKinds() {
        return List.of(IdentityKind.IDEVID, IdentityKind.LDEVID, IdentityKind.EK, IdentityKind.AK);
    }

    /** What the last certificate import did: bound, conflicting (field and both values), not asserted, rejected. */
    public ReadOnlyStringProperty importResultProperty() {
        return importResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportState> importStateProperty() {
        return importState.getReadOnlyProperty();
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
