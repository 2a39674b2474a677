package org.uditrust.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.uditrust.audit.AuditChain;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditLog;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditReader;
import org.uditrust.udi.UdiParser;

/**
 * The one in-memory fake store for unit tests of code that uses the registry (services, exports, view models):
 * devices, models, scans and a hash-chained audit trail in memory, and a write transaction that really rolls back
 * (the state is copied before and restored when the work throws). Queries filter and sort as the SQLite store
 * does. Small data only; the store's own tests use real SQLite files.
 */
public final class InMemoryRegistry implements Transactions {

    private Map<Long, Device> devices = new LinkedHashMap<>();
    private Map<String, DeviceModel> models = new LinkedHashMap<>();
    private List<ScanEvent> scans = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private final Clock clock;
    private long nextId = 1;
    private int writes;

    /** A store whose audit entries are stamped at the epoch. */
    public InMemoryRegistry() {
        this(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    public InMemoryRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The real registry services over this store (no GUDID import, no backup). */
    public RegistryServices services(UdiParser parser) {
        return new RegistryServices(this, new RegistrationService(parser, this, clock), new DeviceService(this, clock),
                new InventoryQueries(this), kind -> {
                    throw new UnsupportedOperationException("no GUDID import in memory");
                }, new Maintenance(),
                // Identity services need the trust and identity repositories, which only the SQLite store has.
                new ManufacturerTrustService(this, clock),
                new IdentityService(this, clock, org.uditrust.udi.ParseOptions.defaults(clock)),
                new IdentityValidationService(this, clock, new org.uditrust.identity.PathValidator()));
    }

    /** Overwrites a stored audit entry, as someone editing the database file would. */
    public synchronized void tamper(int index, AuditEntry altered) {
        audit.set(index, altered);
    }

    @Override
    public synchronized <T> T write(Function<Repositories, T> work) {
        writes++;
        Map<Long, Device> d = new LinkedHashMap<>(devices);
        Map<String, DeviceModel> m = new LinkedHashMap<>(models);
        List<ScanEvent> s = new ArrayList<>(scans);
        List<AuditEntry> a = new ArrayList<>(audit);
        long id = nextId;
        try {
            return work.apply(repositories());
        } catch (RuntimeException | Error e) {
            devices = d;
            models = m;
            scans = s;
            audit = a;
            nextId = id;
            throw e;
        }
    }

    @Override
    public synchronized <T> T read(Function<Repositories, T> work) {
        return work.apply(repositories());
    }

    /** Write transactions run so far. */
    public int writes() {
        return writes;
    }

    public List<Device> devices() {
        return List.copyOf(devices.values());
    }

    public List<AuditEntry> auditEntries() {
        return List.copyOf(audit);
    }

    public void addModel(DeviceModel model) {
        models.put(model.primaryDi(), model);
    }

    private Repositories repositories() {
        // No trust or identity repositories: identity services are tested over real SQLite files (store tests).
        return new Repositories(new Devices(), new Models(), new Scans(), new Audit(), new Trail(), null, null);
    }

    private final class Devices implements DeviceRepository {
        @Override
        public Device insert(Device device) {
            if (devices.values().stream().anyMatch(d -> d.udiKey().equals(device.udiKey()))) {
                throw new IllegalStateException("UNIQUE constraint failed: device.udi_key");
            }
            Device stored = device.withId(nextId++);
            devices.put(stored.id(), stored);
            return stored;
        }

        @Override
        public Device update(Device device) {
            Device current = devices.get(device.id());
            if (current == null || current.version() != device.version()) {
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

        @Override
        public List<Device> recallMatches(RecallQuery query) {
            return devices.values().stream().filter(d -> d.di().equals(query.di()))
                    .filter(d -> query.lots().isEmpty() || query.lots().contains(d.lot())).toList();
        }

        @Override
        public void forEach(DeviceQuery query, Consumer<Device> sink) {
            matching(query).forEach(sink);
        }

        private Stream<Device> matching(DeviceQuery query) {
            String text = query.text() == null || query.text().isBlank() ? null
                    : query.text().toLowerCase(Locale.ROOT);
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
            return devices.values().stream()
                    .filter(d -> query.di() == null || query.di().equals(d.di()))
                    .filter(d -> query.status() == null || query.status() == d.status())
                    .filter(d -> query.site() == null || query.site().equals(d.location().site()))
                    .filter(d -> text == null || searchText(d).contains(text))
                    .sorted(query.ascending() ? order : order.reversed());
        }

        private String searchText(Device d) {
            DeviceModel m = models.get(d.di());
            return String.join("|", d.di(), nz(d.lot()), nz(d.serial()), d.humanReadable(),
                    d.location().display(), m == null ? "" : nz(m.brandName()) + "|" + nz(m.versionModelNumber())
                            + "|" + nz(m.companyName())).toLowerCase(Locale.ROOT);
        }
    }

    private final class Models implements ModelRepository {
        @Override
        public Optional<DeviceModel> byDi(String di) {
            DeviceModel direct = models.get(di);
            if (direct != null) {
                return Optional.of(direct);
            }
            return models.values().stream()
                    .filter(m -> m.identifiers().stream().anyMatch(i -> i.deviceId().equals(di))).findFirst();
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

    private final class Audit implements AuditLog {
        @Override
        public AuditEntry append(String actor, AuditChange change) {
            AuditEntry entry = AuditChain.link(audit.isEmpty() ? null : audit.get(audit.size() - 1),
                    clock.instant(), actor, change);
            audit.add(entry);
            return entry;
        }
    }

    private final class Trail implements AuditReader {
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

        /** Newest first, as the store answers. */
        private Stream<AuditEntry> filtered(AuditQuery q) {
            List<AuditEntry> newestFirst = new ArrayList<>(audit);
            java.util.Collections.reverse(newestFirst);
            return newestFirst.stream()
                    .filter(e -> q.entityType() == null || e.change().entityType().equals(q.entityType()))
                    .filter(e -> q.entityId() == null || e.change().entityId().equals(q.entityId()))
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
