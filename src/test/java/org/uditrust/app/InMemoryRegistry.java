package org.uditrust.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.uditrust.audit.AuditChain;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditLog;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditReader;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.DatabaseMaintenance;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceRepository;
import org.uditrust.registry.DeviceService;
import org.uditrust.registry.InventoryQueries;
import org.uditrust.registry.ModelRepository;
import org.uditrust.registry.RecallQuery;
import org.uditrust.registry.RegistrationService;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.Repositories;
import org.uditrust.registry.ScanEvent;
import org.uditrust.registry.ScanEventRepository;
import org.uditrust.registry.Transactions;
import org.uditrust.udi.UdiParser;

/**
 * The registry over plain collections, for fast view-model tests (and tampering with an audit entry in place); the
 * registry services above it (registration, device changes, audit chain) are the real ones. The SQLite tests
 * ({@code DevicesOnSqliteTest}, {@code DatabaseToolsOnSqliteTest}, the TestFX tests) use the real store. Not thread-safe beyond
 * one lock around every transaction, which is enough for one background thread and the FX thread.
 */
public final class InMemoryRegistry implements Transactions {

    private final Map<Long, Device> devices = new LinkedHashMap<>();
    private final Map<String, DeviceModel> models = new LinkedHashMap<>();
    private final List<ScanEvent> scans = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The real registry services over this store. */
    public RegistryServices services(UdiParser parser) {
        return new RegistryServices(this, new RegistrationService(parser, this, clock), new DeviceService(this, clock),
                new InventoryQueries(this), kind -> {
                    throw new UnsupportedOperationException("no GUDID import in memory");
                }, new Maintenance());
    }

    public synchronized void addModel(DeviceModel model) {
        models.put(model.primaryDi(), model);
    }

    /** Overwrites a stored audit entry, as someone editing the database file would. */
    public synchronized void tamper(int index, AuditEntry altered) {
        audit.set(index, altered);
    }

    public synchronized List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }

    @Override
    public synchronized <T> T write(Function<Repositories, T> work) {
        Map<Long, Device> devicesBefore = new LinkedHashMap<>(devices);
        int auditBefore = audit.size();
        int scansBefore = scans.size();
        try {
            return work.apply(repositories());
        } catch (RuntimeException e) {
            devices.clear();
            devices.putAll(devicesBefore);
            audit.subList(auditBefore, audit.size()).clear();
            scans.subList(scansBefore, scans.size()).clear();
            throw e;
        }
    }

    @Override
    public synchronized <T> T read(Function<Repositories, T> work) {
        return work.apply(repositories());
    }

    private Repositories repositories() {
        return new Repositories(new Devices(), new Models(), new Scans(), new Log(), new Reader());
    }

    private final class Devices implements DeviceRepository {
        @Override
        public Device insert(Device device) {
            Device stored = device.withId(nextId++);
            devices.put(stored.id(), stored);
            return stored;
        }

        @Override
        public Device update(Device device) {
            Device current = devices.get(device.id());
            if (current.version() != device.version()) {
                throw new ConcurrentChangeException("changed");
            }
            Device next = new Device(device.id(), device.udiKey(), device.issuer(), device.di(), device.lot(),
                    device.serial(), device.expiry(), device.manufactured(), device.softwareVersion(),
                    device.donationId(), device.carrier(), device.humanReadable(), device.status(),
                    device.location(), device.owner(), device.notes(), device.findings(), device.registeredAt(),
                    device.registeredBy(), device.updatedAt(), device.version() + 1);
            devices.put(next.id(), next);
            return next;
        }

        @Override
        public Optional<Device> byId(long id) {
            return Optional.ofNullable(devices.get(id));
        }

        @Override
        public Optional<Device> byUdiKey(String udiKey) {
            return devices.values().stream().filter(d -> d.udiKey().equals(udiKey)).findFirst();
        }

        @Override
        public List<Device> find(DeviceQuery query, int offset, int limit) {
            return matching(query).skip(offset).limit(limit).toList();
        }

        @Override
        public long count(DeviceQuery query) {
            return matching(query).count();
        }

        private java.util.stream.Stream<Device> matching(DeviceQuery query) {
            Predicate<Device> filter = d -> (query.status() == null || d.status() == query.status())
                    && (query.di() == null || d.di().equals(query.di()))
                    && (query.text() == null || query.text().isBlank() || text(d).contains(
                    query.text().toLowerCase(Locale.ROOT)));
            Comparator<Device> order = switch (query.sort()) {
                case DI -> Comparator.comparing(Device::di);
                case LOT -> Comparator.comparing(d -> nz(d.lot()));
                case SERIAL -> Comparator.comparing(d -> nz(d.serial()));
                case EXPIRY -> Comparator.comparing(d -> d.expiry() == null ? "" : d.expiry().display());
                case STATUS -> Comparator.comparing(Device::status);
                case LOCATION -> Comparator.comparing(d -> d.location().display());
                case REGISTERED -> Comparator.comparing(Device::registeredAt);
            };
            order = order.thenComparingLong(Device::id);
            return devices.values().stream().filter(filter).sorted(query.ascending() ? order : order.reversed());
        }

        private String text(Device d) {
            DeviceModel m = models.get(d.di());
            return String.join("|", d.di(), nz(d.lot()), nz(d.serial()), d.humanReadable(),
                    d.location().display(), m == null ? "" : nz(m.brandName()) + "|" + nz(m.versionModelNumber())
                            + "|" + nz(m.companyName())).toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Device> recallMatches(RecallQuery query) {
            return List.of();
        }

        @Override
        public void forEach(DeviceQuery query, Consumer<Device> sink) {
            matching(query).forEach(sink);
        }
    }

    private final class Models implements ModelRepository {
        @Override
        public Optional<DeviceModel> byDi(String di) {
            return Optional.ofNullable(models.get(di));
        }

        @Override
        public void upsert(DeviceModel model) {
            models.put(model.primaryDi(), model);
        }

        @Override
        public List<DeviceModel> find(String text, int offset, int limit) {
            return models.values().stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count() {
            return models.size();
        }
    }

    private final class Scans implements ScanEventRepository {
        @Override
        public ScanEvent insert(ScanEvent event) {
            scans.add(event);
            return event;
        }

        @Override
        public List<ScanEvent> recent(int limit) {
            return scans.stream().limit(limit).toList();
        }
    }

    private final class Log implements AuditLog {
        @Override
        public AuditEntry append(String actor, AuditChange change) {
            AuditEntry entry = AuditChain.link(audit.isEmpty() ? null : audit.get(audit.size() - 1),
                    clock.instant(), actor, change);
            audit.add(entry);
            return entry;
        }
    }

    private final class Reader implements AuditReader {
        @Override
        public void forEachInOrder(Consumer<AuditEntry> sink) {
            audit.forEach(sink);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
            return filtered(query).skip(offset).limit(limit).toList();
        }

        @Override
        public long count(AuditQuery query) {
            return filtered(query).count();
        }

        private java.util.stream.Stream<AuditEntry> filtered(AuditQuery q) {
            List<AuditEntry> newestFirst = new ArrayList<>(audit);
            java.util.Collections.reverse(newestFirst);
            return newestFirst.stream()
                    .filter(e -> q.entityType() == null || e.change().entityType().equals(q.entityType()))
                    .filter(e -> q.actor() == null || e.actor().contains(q.actor()))
                    .filter(e -> q.text() == null || (e.change().action() + nz(e.change().before())
                            + nz(e.change().after()) + e.change().entityId()).contains(q.text()));
        }
    }

    private final class Maintenance implements DatabaseMaintenance {
        @Override
        public void backupTo(java.nio.file.Path target) {
            throw new UnsupportedOperationException("no backup in memory");
        }

        @Override
        public void restoreFrom(java.nio.file.Path source) {
            throw new UnsupportedOperationException("no restore in memory");
        }

        @Override
        public DatabaseInfo info() {
            return new DatabaseInfo("memory", "0", devices.size(), models.size(), audit.size());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
