package org.uditrust.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceRepository;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.registry.ModelRepository;
import org.uditrust.registry.RecallQuery;
import org.uditrust.registry.Repositories;
import org.uditrust.registry.Transactions;
import org.uditrust.udi.Issuer;

/**
 * Exports stream: the bytes of earlier devices reach the output while the store is still producing later ones, and
 * the store is asked for each model once per DI, not once per device.
 */
class StreamingExportTest {

    private static final int DEVICES = 200_000;
    private static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void bytesFlowWhileDevicesAreStillBeingRead(ExportFormat format) {
        long[] written = {0};
        long[] writtenAtHalf = {-1};
        int[] modelLookups = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        };
        DeviceRepository generated = new GeneratedDevices(i -> {
            if (i == DEVICES / 2) {
                writtenAtHalf[0] = written[0];
            }
        });
        ModelRepository models = new NoModels(modelLookups);
        Transactions tx = new Transactions() {
            @Override
            public <T> T write(Function<Repositories, T> work) {
                throw new AssertionError("an export never writes");
            }

            @Override
            public <T> T read(Function<Repositories, T> work) {
                return work.apply(new Repositories(generated, models, null, null, null, null, null));
            }
        };

        long n = new InventoryExports(tx, Clock.fixed(AT, ZoneOffset.UTC)).export(DeviceQuery.all(), format,
                counting);

        assertThat(n).isEqualTo(DEVICES);
        // at least a third of the output was already written when half the devices had been produced
        assertThat(writtenAtHalf[0]).isGreaterThan(written[0] / 3);
        assertThat(modelLookups[0]).isEqualTo(10);
    }

    /** Devices made on the fly, ten DIs; never held in a list. */
    private record GeneratedDevices(java.util.function.IntConsumer beforeEach) implements DeviceRepository {
        @Override
        public void forEach(DeviceQuery query, Consumer<Device> sink) {
            for (int i = 1; i <= DEVICES; i++) {
                beforeEach.accept(i);
                String di = "0950600013435" + (i % 10);
                String serial = "S" + i;
                sink.accept(new Device(i, "GS1|" + di + "||" + serial + "|||||", Issuer.GS1, di, null, serial, null,
                        null, null, null, "]d201" + di + "21" + serial, "(01)" + di + "(21)" + serial,
                        DeviceStatus.IN_SERVICE, new Location("Site", null, "Dept", null), null, null, List.of(), AT,
                        "t@w", AT, 1));
            }
        }

        @Override
        public Device insert(Device device) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Device update(Device device) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Device> byId(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Device> byUdiKey(String udiKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Device> find(DeviceQuery query, int offset, int limit) {
            throw new UnsupportedOperationException("an export must stream, not page");
        }

        @Override
        public long count(DeviceQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Device> recallMatches(RecallQuery query) {
            throw new UnsupportedOperationException();
        }
    }

    private record NoModels(int[] lookups) implements ModelRepository {
        @Override
        public Optional<DeviceModel> byDi(String di) {
            lookups[0]++;
            return Optional.empty();
        }

        @Override
        public void upsert(DeviceModel model) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DeviceModel> find(String text, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            throw new UnsupportedOperationException();
        }
    }
}
