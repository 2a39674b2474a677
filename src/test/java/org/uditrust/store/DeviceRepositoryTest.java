package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.ConcurrentChangeException;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.registry.RecallQuery;
import org.uditrust.registry.Transactions;

class DeviceRepositoryTest {

    // GTINs from the AccessGUDID parse_udi example and GS1 General Specifications examples (check digits valid).
    static final String DI_A = "00643169007222";
    static final String DI_B = "09506000134352";
    static final String DI_PACKAGE = "10643169007229";

    @TempDir
    java.nio.file.Path dir;

    TestClock clock = new TestClock();
    Database db;
    Transactions tx;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("devices.db"), clock);
        tx = db.transactions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(DeviceQuery q) {
        return tx.read(r -> r.devices().count(q));
    }

    private List<Device> find(DeviceQuery q, int offset, int limit) {
        return tx.read(r -> r.devices().find(q, offset, limit));
    }

    private List<Device> recall(RecallQuery q) {
        return tx.read(r -> r.devices().recallMatches(q));
    }

    private java.util.Optional<Device> byId(long id) {
        return tx.read(r -> r.devices().byId(id));
    }

    private static List<Device> reversed(List<Device> list) {
        List<Device> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void roundTripsEveryField() {
        Device original = StoreFixtures.fullDevice(clock.instant());
        Device stored = tx.write(r -> r.devices().insert(original));

        assertThat(stored.id()).isPositive();
        assertThat(stored.version()).isEqualTo(1);
        Device read = byId(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(tx.read(r -> r.devices().byUdiKey(original.udiKey())).orElseThrow()).isEqualTo(stored);

        // Every field survives; instants at the store's millisecond precision.
        Device expected = new Device(stored.id(), original.udiKey(), original.issuer(), original.di(),
                original.lot(), original.serial(), original.expiry(), original.manufactured(),
                original.softwareVersion(), original.donationId(), original.carrier(), original.humanReadable(),
                original.status(), original.location(), original.owner(), original.notes(), original.findings(),
                original.registeredAt().truncatedTo(ChronoUnit.MILLIS), original.registeredBy(),
                original.updatedAt().truncatedTo(ChronoUnit.MILLIS), 1);
        assertThat(read).isEqualTo(expected);
        assertThat(read.expiry().display()).isEqualTo("2025-03");
        assertThat(read.manufactured().display()).isEqualTo("2024-11-05T14:30");
    }

    @Test
    void roundTripsADeviceWithOnlyRequiredFields() {
        Device bare = new Device(0, "GS1|" + DI_A + "||||||", org.uditrust.udi.Issuer.GS1, DI_A, null, null, null,
                null, null, null, "]d201" + DI_A, "(01)" + DI_A, DeviceStatus.IN_SERVICE, Location.UNKNOWN, null, null,
                List.of(), Instant.parse("2025-01-01T00:00:00Z"), "x@y", Instant.parse("2025-01-01T00:00:00Z"), 1);
        Device stored = tx.write(r -> r.devices().insert(bare));
        assertThat(byId(stored.id())).contains(bare.withId(stored.id()));
    }

    @Test
    void theSameUdiKeyIsNeverStoredTwice() {
        Device d = StoreFixtures.device(DI_A, "L1", "S1", Location.UNKNOWN, clock.instant());
        tx.write(r -> r.devices().insert(d));
        assertThatThrownBy(() -> tx.write(r -> r.devices().insert(d)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already registered");
        assertThat(count(DeviceQuery.all())).isEqualTo(1);
    }

    @Test
    void updateIncrementsTheVersionAndRejectsAStaleOne() {
        Device stored = tx.write(r -> r.devices().insert(StoreFixtures.fullDevice(clock.instant())));
        clock.advance(Duration.ofMinutes(5));
        Device moved = tx.write(r -> r.devices().update(
                stored.withLocation(new Location("Site 2", null, "OR", null), clock.instant())));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(byId(stored.id())).contains(moved);

        // A second editor still holding version 1 loses, and nothing is written.
        assertThatThrownBy(() -> tx.write(r -> r.devices().update(
                stored.withStatus(DeviceStatus.RETIRED, clock.instant()))))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("version 2, you had 1");
        assertThat(byId(stored.id()).orElseThrow().status())
                .isEqualTo(DeviceStatus.QUARANTINED);
    }

    @Test
    void pagesSortsAndFilters() {
        List<Device> inserted = new ArrayList<>();
        tx.write(r -> {
            for (int i = 0; i < 25; i++) {
                clock.advance(Duration.ofSeconds(1));
                Location where = new Location(i % 2 == 0 ? "North" : "South", null, "Dept " + (i % 3), null);
                Device d = StoreFixtures.device(i < 20 ? DI_A : DI_B, String.format("LOT%02d", 24 - i),
                        String.format("SN%03d", i), where, clock.instant());
                if (i == 7) {
                    d = d.withStatus(DeviceStatus.RECALLED, d.updatedAt());
                }
                inserted.add(r.devices().insert(d));
            }
            return null;
        });

        // Newest first by default; pages do not overlap and cover everything.
        List<Device> all = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            int o = offset;
            all.addAll(find(DeviceQuery.all(), o, 10));
        }
        assertThat(all).extracting(Device::id)
                .containsExactlyElementsOf(reversed(inserted).stream().map(Device::id).toList());

        DeviceQuery byLot = new DeviceQuery(null, null, null, null, DeviceQuery.Sort.LOT, true);
        assertThat(find(byLot, 0, 3)).extracting(Device::lot)
                .containsExactly("LOT00", "LOT01", "LOT02");
        DeviceQuery bySerialDesc = new DeviceQuery(null, null, null, null, DeviceQuery.Sort.SERIAL, false);
        assertThat(find(bySerialDesc, 0, 2)).extracting(Device::serial)
                .containsExactly("SN024", "SN023");
        DeviceQuery byLocation = new DeviceQuery(null, null, null, null, DeviceQuery.Sort.LOCATION, true);
        assertThat(find(byLocation, 0, 25)).extracting(d -> d.location().site())
                .isSorted();
        DeviceQuery byDi = new DeviceQuery(null, null, null, null, DeviceQuery.Sort.DI, false);
        assertThat(find(byDi, 0, 1).get(0).di()).isEqualTo(DI_B);

        assertThat(count(new DeviceQuery(null, DI_B, null, null, null, true)))
                .isEqualTo(5);
        assertThat(count(new DeviceQuery(null, null, DeviceStatus.RECALLED, null, null,
                true))).isEqualTo(1);
        assertThat(count(new DeviceQuery(null, null, null, "North", null, true)))
                .isEqualTo(13);
        // Text: case-insensitive substring of any UDI part or location part.
        assertThat(count(DeviceQuery.text("sn01"))).isEqualTo(10);
        assertThat(count(DeviceQuery.text("dept 2"))).isEqualTo(8);
        assertThat(count(DeviceQuery.text("(21)SN024"))).isEqualTo(1);
        // LIKE wildcards in the text are literal.
        assertThat(count(DeviceQuery.text("SN_1"))).isZero();
        assertThat(count(DeviceQuery.text("%"))).isZero();
        // Combined filters.
        assertThat(find(new DeviceQuery("south", DI_A, null, "South",
                DeviceQuery.Sort.SERIAL, true), 0, 100)).extracting(Device::serial)
                .containsExactly("SN001", "SN003", "SN005", "SN007", "SN009", "SN011", "SN013", "SN015", "SN017",
                        "SN019");
    }

    @Test
    void textSearchFindsDevicesByTheirModelEvenThroughAPackageDi() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.fullModel(DI_A, DI_PACKAGE));
            r.devices().insert(StoreFixtures.device(DI_A, "L1", null, Location.UNKNOWN, clock.instant()));
            // Registered by the package label: its DI is not the primary DI of the model.
            r.devices().insert(StoreFixtures.device(DI_PACKAGE, "L2", null, Location.UNKNOWN, clock.instant()));
            r.devices().insert(StoreFixtures.device(DI_B, "L3", null, Location.UNKNOWN, clock.instant()));
            return null;
        });
        assertThat(find(DeviceQuery.text("infusomat"), 0, 10))
                .extracting(Device::di).containsExactlyInAnyOrder(DI_A, DI_PACKAGE);
        assertThat(count(DeviceQuery.text("B. BRAUN"))).isEqualTo(2);
        assertThat(count(DeviceQuery.text("8713050"))).isEqualTo(2);
    }

    @Test
    void forEachStreamsInSortOrder() {
        tx.write(r -> {
            for (int i = 0; i < 1200; i++) {
                r.devices().insert(StoreFixtures.device(DI_A, null, String.format("S%05d", i), Location.UNKNOWN,
                        clock.instant()));
            }
            return null;
        });
        List<String> serials = new ArrayList<>();
        tx.read(r -> {
            r.devices().forEach(new DeviceQuery(null, DI_A, null, null, DeviceQuery.Sort.SERIAL, true),
                    d -> serials.add(d.serial()));
            return null;
        });
        assertThat(serials).hasSize(1200).isSorted();
    }

    @Test
    void recallMatchesByLotsSerialsAndRanges() {
        tx.write(r -> {
            for (int i = 1; i <= 120; i++) {
                r.devices().insert(StoreFixtures.device(DI_A, "LOT" + (i % 4), Integer.toString(i),
                        Location.UNKNOWN, clock.instant()));
                r.devices().insert(StoreFixtures.device(DI_B, "LOT" + (i % 4), Integer.toString(i),
                        Location.UNKNOWN, clock.instant()));
            }
            for (int i = 1; i <= 30; i++) {
                r.devices().insert(StoreFixtures.device(DI_A, "PAD", String.format("%06d", i), Location.UNKNOWN,
                        clock.instant()));
                r.devices().insert(StoreFixtures.device(DI_A, "ALPHA", "A" + (100 + i), Location.UNKNOWN,
                        clock.instant()));
            }
            return null;
        });
        List<Device> lots = recall(new RecallQuery(DI_A, Set.of("LOT1", "LOT3"),
                null, null, null));
        assertThat(lots).hasSize(60).allMatch(d -> d.di().equals(DI_A) && Set.of("LOT1", "LOT3").contains(d.lot()));
        assertThat(lots).extracting(Device::id).isSorted();

        assertThat(recall(new RecallQuery(DI_B, null, Set.of("5", "77", "999"),
                null, null))).extracting(Device::serial).containsExactlyInAnyOrder("5", "77");

        // Numeric range across serial lengths: 8..12 is 8, 9, 10, 11, 12 (and not "100".."119", which sort between).
        assertThat(recall(new RecallQuery(DI_A, null, null, "8", "12")))
                .extracting(Device::serial).containsExactlyInAnyOrder("8", "9", "10", "11", "12");
        assertThat(recall(new RecallQuery(DI_A, null, null, "95", "105")))
                .extracting(Device::serial).containsExactlyInAnyOrder("95", "96", "97", "98", "99", "100", "101",
                        "102", "103", "104", "105");
        // Zero-padded serials of equal length.
        assertThat(recall(new RecallQuery(DI_A, null, null, "000010", "000012")))
                .extracting(Device::serial).containsExactlyInAnyOrder("000010", "000011", "000012");
        // Text serials of equal length compare as text.
        assertThat(recall(new RecallQuery(DI_A, null, null, "A128", "A199")))
                .extracting(Device::serial).containsExactlyInAnyOrder("A128", "A129", "A130");
        // No criterion: every unit of the DI.
        assertThat(recall(new RecallQuery(DI_B, null, null, null, null)))
                .hasSize(120);
        assertThat(recall(new RecallQuery("00000000000000", null, null, null,
                null))).isEmpty();
    }

    @Test
    void recallWithManyLotsIsAskedInChunks() {
        tx.write(r -> {
            for (int i = 0; i < 50; i++) {
                r.devices().insert(StoreFixtures.device(DI_A, "L" + i, null, Location.UNKNOWN, clock.instant()));
            }
            return null;
        });
        Set<String> lots = new java.util.HashSet<>();
        for (int i = 0; i < 1700; i++) {
            lots.add("L" + i);
        }
        assertThat(recall(new RecallQuery(DI_A, lots, null, null, null)))
                .hasSize(50);
    }
}
