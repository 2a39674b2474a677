package org.uditrust.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.AuditEntry;
import org.uditrust.audit.AuditLog;
import org.uditrust.audit.AuditQuery;
import org.uditrust.audit.AuditReader;

/**
 * A fake store for service tests until the SQLite store is merged: devices, models, scans and audit entries in
 * memory, and a write transaction that really rolls back (the state is copied before and restored when the work
 * throws). Audit entries are not hash-chained here; the store's own tests cover the chain. Small data only.
 */
public final class InMemoryRegistry implements Transactions {

    private Map<Long, Device> devices = new LinkedHashMap<>();
    private Map<String, DeviceModel> models = new LinkedHashMap<>();
    private List<ScanEvent> scans = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private long nextId = 1;
    private int writes;

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
        return new Repositories(new Devices(), new Models(), new Scans(), new Audit(), new Trail());
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

        private Stream<Device> matching(DeviceQuery q) {
            return devices.values().stream()
                    .filter(d -> q.di() == null || q.di().equals(d.di()))
                    .filter(d -> q.status() == null || q.status() == d.status())
                    .filter(d -> q.site() == null || q.site().equals(d.location().site()))
                    .sorted(Comparator.comparingLong(Device::id));
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
            AuditEntry entry = new AuditEntry(audit.size() + 1, Instant.EPOCH, actor, change, "0", "0");
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
            return audit.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count(AuditQuery query) {
            return audit.size();
        }
    }
}
