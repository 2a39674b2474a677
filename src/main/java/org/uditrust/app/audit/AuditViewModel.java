package org.uditrust.app.audit;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
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
import org.uditrust.app.devices.DevicesViewModel;
import org.uditrust.app.paging.Debouncer;
import org.uditrust.app.paging.PagedList;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditVerification;
import org.uditrust.audit.AuditVerifier;
import org.uditrust.registry.RegistryServices;

/**
 * The Audit view's state: the trail newest first, lazily paged, filtered by entity type, actor and text; the
 * selected entry's before and after values; and the verdict of a chain verification run in the background.
 */
public final class AuditViewModel {

    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 20;

    /** The entity types the trail knows (issue #4 and the issues after it); empty means any. */
    public static final List<String> ENTITY_TYPES =
            List.of("", "device", "model", "identity", "trust-anchor", "anchor-pin", "binding-rule", "crl",
                    "ocsp-response", "provisioning", "attestation", "recall");

    /** How the last verification came out. */
    public enum ChainState { UNKNOWN, RUNNING, INTACT, BROKEN, FAILED }

    private final Supplier<RegistryServices> registry;
    private final TaskRunner tasks;
    private final ResourceBundle text;

    private final StringProperty entityType = new SimpleStringProperty(this, "entityType", "");
    private final StringProperty actor = new SimpleStringProperty(this, "actor", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    private final ReadOnlyObjectWrapper<ObservableList<AuditEntry>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.emptyObservableList());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyObjectWrapper<AuditEntry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper before = new ReadOnlyStringWrapper(this, "before", "");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper(this, "after", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<ChainState> chain =
            new ReadOnlyObjectWrapper<>(this, "chain", ChainState.UNKNOWN);
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");

    public AuditViewModel(Supplier<RegistryServices> registry, TaskRunner tasks, ResourceBundle text,
                          Debouncer debouncer) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.text = Objects.requireNonNull(text, "text");
        verdict.set(text.getString("audit.verify.notYet"));
        entityType.addListener((obs, old, now) -> reload());
        actor.addListener((obs, old, now) -> debouncer.schedule(this::reload));
        search.addListener((obs, old, now) -> debouncer.schedule(this::reload));
    }

    public AuditQuery query() {
        return new AuditQuery(nullIfBlank(entityType.get()), null, nullIfBlank(actor.get()), null, null,
                nullIfBlank(search.get()));
    }

    /** Re-reads the trail with the current filters. */
    public void reload() {
        AuditQuery query = query();
        countText.set(text.getString("audit.counting"));
        PagedList<AuditEntry> list = new PagedList<>(new PagedList.Source<>() {
            @Override
            public long count() {
                return registry.get().transactions().read(r -> r.auditTrail().count(query));
            }

            @Override
            public List<AuditEntry> page(int offset, int limit) {
                return registry.get().transactions().read(r -> r.auditTrail().find(query, offset, limit));
            }
        }, tasks, PAGE_SIZE, MAX_PAGES, e -> countText.set(MessageFormat.format(text.getString("audit.failed"),
                DevicesViewModel.describe(e))));
        rows.set(list);
        list.start(() -> countText.set(MessageFormat.format(text.getString("audit.count"), list.size())));
    }

    /** Shows an entry's values; null clears the pane. */
    public void select(AuditEntry entry) {
        selected.set(entry);
        if (entry == null) {
            heading.set("");
            before.set("");
            after.set("");
            return;
        }
        String headline = MessageFormat.format(text.getString("audit.entry.heading"), entry.sequence(),
                entry.change().action(), entry.change().entityType(), entry.change().entityId(), entry.actor(),
                entry.at().toString(), entry.hash());
        if (entry.change().before() != null && entry.change().after() != null) {
            String changed = Json.changedLines(entry.change().before(), entry.change().after());
            if (!changed.isEmpty()) {
                headline += "\n" + MessageFormat.format(text.getString("audit.entry.changed"), changed);
            }
        }
        heading.set(headline);
        before.set(entry.change().before() == null ? text.getString("audit.none") : Json.indent(entry.change().before()));
        after.set(entry.change().after() == null ? text.getString("audit.none") : Json.indent(entry.change().after()));
    }

    /** Recomputes the whole chain in the background (shown in the status bar, cancellable). */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        chain.set(ChainState.RUNNING);
        verdict.set(text.getString("audit.verify.running"));
        tasks.submit(new BackgroundTask<AuditVerification>() {
            @Override
            public String title() {
                return text.getString("audit.verify.task");
            }

            @Override
            public AuditVerification call(TaskContext context) {
                return registry.get().transactions().read(r -> AuditVerifier.verify(r.auditTrail()));
            }
        }, new TaskCallbacks<>(this::verified, e -> {
            verifying.set(false);
            chain.set(ChainState.FAILED);
            verdict.set(MessageFormat.format(text.getString("audit.failed"), DevicesViewModel.describe(e)));
        }, () -> {
            verifying.set(false);
            chain.set(ChainState.UNKNOWN);
            verdict.set(text.getString("audit.verify.cancelled"));
        }));
    }

    private void verified(AuditVerification result) {
        verifying.set(false);
        if (result instanceof AuditVerification.Intact intact) {
            chain.set(ChainState.INTACT);
            verdict.set(MessageFormat.format(text.getString("audit.verify.intact"), intact.entries(),
                    intact.headHash()));
        } else if (result instanceof AuditVerification.Broken broken) {
            chain.set(ChainState.BROKEN);
            verdict.set(MessageFormat.format(text.getString("audit.verify.broken"), broken.sequence(),
                    text.getString("audit.kind." + broken.kind().name()), broken.message()));
        }
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty entityTypeProperty() {
        return entityType;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Entries newest first; an entry is null while its page loads. */
    public ReadOnlyObjectProperty<ObservableList<AuditEntry>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AuditEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Sequence, action, entity, actor, time and hash of the selected entry. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty beforeProperty() {
        return before.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty afterProperty() {
        return after.getReadOnlyProperty();
    }

    /** "Intact: 1,204 entries, head …" or the first broken entry. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainState> chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }
}
