package org.uditrust.app.identity;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.Actor;
import org.uditrust.registry.ManufacturerTrustService;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.TrustAnchor;
import org.uditrust.registry.TrustImport;

/**
 * The Manufacturers tab's commands: import a manufacturer's anchors (optionally pinning its roots to a UDI-DI),
 * pin and unpin the selected anchor, import CRLs, and edit the manufacturer's binding rule. Every change goes
 * through {@link ManufacturerTrustService}, which audits it and stores nothing of a rejected file; a rejection is
 * shown with the service's sentence. Files are read and services called in background tasks; after each change
 * {@code onChange} re-reads the lists.
 */
public final class ManufacturerTrustViewModel {

    /** A hwType OID: dotted decimal, at least two arcs. */
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]{0,9})){1,30}");
    private static final int MAX_MAPPINGS = 200;

    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ResourceBundle text;
    private final Runnable onChange;

    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringProperty manufacturer = new SimpleStringProperty(this, "manufacturer", "");
    private final StringProperty pinDi = new SimpleStringProperty(this, "pinDi", "");
    private final ObjectProperty<AnchorRow> selectedAnchor = new SimpleObjectProperty<>(this, "selectedAnchor");
    private final ObjectProperty<SerialSource> serialSource =
            new SimpleObjectProperty<>(this, "serialSource", SerialSource.SUBJECT_SERIAL_NUMBER);
    private final ObjectProperty<ModelSource> modelSource =
            new SimpleObjectProperty<>(this, "modelSource", ModelSource.SAN_URI);
    private final StringProperty hwTypes = new SimpleStringProperty(this, "hwTypes", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper rejected = new ReadOnlyBooleanWrapper(this, "rejected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Map<String, BindingRule> rules = Map.of();

    ManufacturerTrustViewModel(Supplier<RegistryServices> registry, TaskRunner tasks, Actor actor,
                               ResourceBundle text, Runnable onChange) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.text = Objects.requireNonNull(text, "text");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        // Choosing an anchor names its manufacturer, so the rule editor shows (and edits) that manufacturer's rule.
        selectedAnchor.addListener((obs, old, now) -> {
            boolean sameAnchor = old != null && now != null && old.fingerprint().equals(now.fingerprint());
            if (now != null && !sameAnchor) {
                manufacturer.set(now.manufacturer());
                showRule(now.manufacturer());
            }
        });
    }

    /** The rules as the last refresh read them; the editor shows the selected manufacturer's. */
    void rulesRead(List<BindingRule> read) {
        Map<String, BindingRule> byName = new LinkedHashMap<>();
        read.forEach(r -> byName.put(r.manufacturer(), r));
        rules = byName;
    }

    /** Fills the rule editor with {@code name}'s rule, if it has one. */
    public void showRule(String name) {
        BindingRule rule = name == null ? null : rules.get(name.strip());
        if (rule != null) {
            serialSource.set(rule.serialSource());
            modelSource.set(rule.modelSource());
            hwTypes.set(String.join("\n", rule.hwTypeToDi().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
    }

    /**
     * Imports the CA certificates of {@link #fileProperty()} as {@link #manufacturerProperty()}'s anchors and, when
     * {@link #pinDiProperty()} holds a UDI-DI, pins the file's roots (every new anchor when it has no root) to it.
     *
     * @param pkcs12Password the PKCS#12 password, or null/empty; cleared when the task has used it
     */
    public void importAnchors(char[] pkcs12Password) {
        Path source = chosenFile();
        if (source == null) {
            if (pkcs12Password != null) {
                Arrays.fill(pkcs12Password, '\0');
            }
            return;
        }
        String name = manufacturer.get() == null ? "" : manufacturer.get().strip();
        String di = pinDi.get() == null ? "" : pinDi.get().strip();
        char[] password = pkcs12Password == null || pkcs12Password.length == 0 ? null : pkcs12Password;
        run(text.getString("identity.trust.importing"), context -> {
            try {
                byte[] content = FileBytes.read(source);
                if (context.isCancelled()) {
                    return null;
                }
                ManufacturerTrustService trust = registry.get().trust();
                TrustImport result = trust.importAnchors(name, content, source.toString(), password, actor);
                if (result instanceof TrustImport.Rejected) {
                    return rejection(((TrustImport.Rejected) result));
                }
                TrustImport.Imported imported = (TrustImport.Imported) result;
                List<TrustAnchor> stored = imported.stored().stream().map(f -> trust.anchor(f).orElseThrow())
                        .toList();
                boolean anyRoot = stored.stream().anyMatch(a -> a.subject().equals(a.issuer()));
                int pinned = 0;
                for (TrustAnchor a : stored) {
                    if (!di.isEmpty() && (!anyRoot || a.subject().equals(a.issuer())) && trust.pin(a, di, actor)) {
                        pinned++;
                    }
                }
                String done = MessageFormat.format(text.getString("identity.trust.imported"), stored.size(), name,
                        imported.skipped().size());
                if (pinned > 0) {
                    done += " " + MessageFormat.format(text.getString("identity.trust.pinnedOnImport"), pinned,
                            di);
                } else if (di.isEmpty() && !stored.isEmpty()) {
                    done += " " + text.getString("identity.trust.pinHint");
                }
                return new Outcome(done, false);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        });
    }

    /** Imports the CRLs of {@link #fileProperty()}; a CRL no newer than the stored one is skipped. */
    public void importCrl() {
        Path source = chosenFile();
        if (source == null) {
            return;
        }
        run(text.getString("identity.trust.importingCrl"), context -> {
            byte[] content = FileBytes.read(source);
            if (context.isCancelled()) {
                return null;
            }
            TrustImport result = registry.get().trust().importCrls(content, source.toString(), actor);
            if (result instanceof TrustImport.Rejected) {
                return rejection((TrustImport.Rejected) result);
            }
            TrustImport.Imported imported = (TrustImport.Imported) result;
            return new Outcome(MessageFormat.format(text.getString("identity.trust.crlImported"),
                    imported.stored().size(), imported.skipped().size())
                    + (imported.skipped().isEmpty() ? "" : " " + String.join(" ", imported.skipped())), false);
        });
    }

    /** Pins the selected anchor to {@link #pinDiProperty()}. */
    public void pinSelected() {
        AnchorRow row = selectedAnchor.get();
        String di = pinDi.get() == null ? "" : pinDi.get().strip();
        if (row == null || di.isEmpty()) {
            reject(text.getString(row == null ? "identity.trust.selectAnchor" : "identity.trust.pinNeeded"));
            return;
        }
        run(text.getString("identity.trust.pinning"), context -> {
            Optional<TrustAnchor> anchor = registry.get().trust().anchor(row.fingerprint());
            if (anchor.isEmpty()) {
                return new Outcome(text.getString("identity.trust.anchorGone"), true);
            }
            boolean added = registry.get().trust().pin(anchor.get(), di, actor);
            return new Outcome(MessageFormat.format(text.getString(added ? "identity.trust.pinned"
                    : "identity.trust.alreadyPinned"), row.subject(), di), false);
        });
    }

    /**
     * Withdraws the selected anchor from {@link #pinDiProperty()}, or from its only model when the field is blank.
     */
    public void unpinSelected() {
        AnchorRow row = selectedAnchor.get();
        if (row == null) {
            reject(text.getString("identity.trust.selectAnchor"));
            return;
        }
        String typed = pinDi.get() == null ? "" : pinDi.get().strip();
        String di = !typed.isEmpty() ? typed : row.pins().size() == 1 ? row.pins().get(0) : "";
        if (di.isEmpty()) {
            reject(text.getString(row.pins().isEmpty() ? "identity.trust.notPinned" : "identity.trust.whichPin"));
            return;
        }
        run(text.getString("identity.trust.unpinning"), context -> {
            Optional<TrustAnchor> anchor = registry.get().trust().anchor(row.fingerprint());
            if (anchor.isEmpty()) {
                return new Outcome(text.getString("identity.trust.anchorGone"), true);
            }
            boolean removed = registry.get().trust().unpin(anchor.get(), di, actor);
            return new Outcome(MessageFormat.format(text.getString(removed ? "identity.trust.unpinned"
                    : "identity.trust.wasNotPinned"), row.subject(), di), !removed);
        });
    }

    /** Sets (or replaces) {@link #manufacturerProperty()}'s binding rule from the editor's fields. */
    public void saveRule() {
        String name = manufacturer.get() == null ? "" : manufacturer.get().strip();
        if (name.isEmpty()) {
            reject(text.getString("identity.rule.needsManufacturer"));
            return;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        String[] lines = (hwTypes.get() == null ? "" : hwTypes.get()).split("[\\n,;]");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String oid = eq < 0 ? line : line.substring(0, eq).strip();
            String di = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (eq < 0 || !OID.matcher(oid).matches() || di.isEmpty()) {
                reject(MessageFormat.format(text.getString("identity.rule.badMapping"), i + 1, line));
                return;
            }
            mapping.put(oid, di);
        }
        if (mapping.size() > MAX_MAPPINGS) {
            reject(MessageFormat.format(text.getString("identity.rule.tooMany"), MAX_MAPPINGS));
            return;
        }
        if (modelSource.get() == ModelSource.HARDWARE_MODULE_TYPE && mapping.isEmpty()) {
            reject(text.getString("identity.rule.needsMapping"));
            return;
        }
        BindingRule rule = new BindingRule(name, serialSource.get(), modelSource.get(), mapping);
        run(text.getString("identity.rule.saving"), context -> {
            registry.get().trust().setRule(rule, actor);
            return new Outcome(MessageFormat.format(text.getString("identity.rule.saved"), name,
                    text.getString("identity.serial." + rule.serialSource().name()),
                    text.getString("identity.model." + rule.modelSource().name())), false);
        });
    }

    /** What a command ended with: a sentence, and whether it was refused. */
    private record Outcome(String sentence, boolean refused) {
    }

    /** The body of a command's background task; returns null when cancelled before it changed anything. */
    private interface Work {
        Outcome run(TaskContext context) throws IOException;
    }

    private Outcome rejection(TrustImport.Rejected rejected) {
        return new Outcome(MessageFormat.format(text.getString("identity.trust.rejected"),
                FileBytes.describe(rejected.problem())), true);
    }

    private Path chosenFile() {
        try {
            Path path = FileBytes.path(file.get());
            if (path == null) {
                reject(text.getString("identity.file.needed"));
            }
            return path;
        } catch (InvalidPathException e) {
            reject(MessageFormat.format(text.getString("identity.file.invalid"), file.get()));
            return null;
        }
    }

    private void reject(String sentence) {
        rejected.set(true);
        message.set(sentence);
    }

    private void run(String title, Work work) {
        busy.set(true);
        rejected.set(false);
        message.set(title);
        tasks.submit(new BackgroundTask<Outcome>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Outcome call(TaskContext context) throws Exception {
                return work.run(context);
            }
        }, new TaskCallbacks<>(outcome -> {
            busy.set(false);
            if (outcome == null) {
                message.set(text.getString("identity.cancelled"));
                return;
            }
            rejected.set(outcome.refused());
            message.set(outcome.sentence());
            if (!outcome.refused()) {
                // Done with that file: the next Import asks for a new one instead of importing it again.
                file.set("");
            }
            onChange.run();
        }, e -> {
            busy.set(false);
            reject(MessageFormat.format(text.getString("identity.failed.change"), DevicesViewModel.describe(e)));
        }, () -> {
            // Cancelled while the service may already have stored the change: show what is stored now.
            busy.set(false);
            message.set(text.getString("identity.cancelled"));
            onChange.run();
        }));
    }

    /** The certificate, chain, PKCS#12 or CRL file to import. */
    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty manufacturerProperty() {
        return manufacturer;
    }

    /** The UDI-DI to pin to (on import, Pin, Unpin). */
    public StringProperty pinDiProperty() {
        return pinDi;
    }

    public ObjectProperty<AnchorRow> selectedAnchorProperty() {
        return selectedAnchor;
    }

    public ObjectProperty<SerialSource> serialSourceProperty() {
        return serialSource;
    }

    public ObjectProperty<ModelSource> modelSourceProperty() {
        return modelSource;
    }

    /** hwType OID=DI mappings, one a line (or separated by commas). */
    public StringProperty hwTypesProperty() {
        return hwTypes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message is a refusal (the view marks it). */
    public ReadOnlyBooleanProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
