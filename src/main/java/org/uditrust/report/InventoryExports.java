package org.uditrust.report;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.Transactions;
import org.uditrust.registry.ModelCache;

/**
 * Exports the inventory as CSV, JSON or FHIR R4 ({@link ExportFormat}). Devices are streamed from the store
 * ({@code DeviceRepository.forEach} in one read transaction, a consistent snapshot even while others write) to the
 * output one at a time, with their GUDID models looked up once per DI; memory stays constant for any number of
 * devices. The caller owns and closes the stream.
 */
public final class InventoryExports {

    private static final int MODEL_CACHE_SIZE = 10_000;

    private final Transactions transactions;
    private final Clock clock;

    public InventoryExports(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the devices matching {@code query} to {@code out} and returns how many. */
    public long export(DeviceQuery query, ExportFormat format, OutputStream out) {
        return export(query, format, out, n -> { });
    }

    /**
     * As {@link #export(DeviceQuery, ExportFormat, OutputStream)}, telling {@code progress} the devices written every
     * 10,000. Interrupting the thread stops the export with {@link java.util.concurrent.CancellationException}.
     */
    public long export(DeviceQuery query, ExportFormat format, OutputStream out, LongConsumer progress) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        DeviceSink sink = switch (format) {
            case CSV -> new CsvDeviceSink(out);
            case JSON -> new JsonDeviceSink(out, false);
            case JSON_LINES -> new JsonDeviceSink(out, true);
            case FHIR_NDJSON -> new FhirDeviceSink(out, false, clock.instant());
            case FHIR_BUNDLE -> new FhirDeviceSink(out, true, clock.instant());
        };
        long[] count = {0};
        transactions.read(repos -> {
            ModelCache models = new ModelCache(repos.models(), MODEL_CACHE_SIZE);
            repos.devices().forEach(query, device -> {
                sink.device(device, models.byDi(device.di()));
                if (++count[0] % 10_000 == 0) {
                    progress.accept(count[0]);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new java.util.concurrent.CancellationException("The export was cancelled after "
                                + count[0] + " devices.");
                    }
                }
            });
            return null;
        });
        sink.finish();
        progress.accept(count[0]);
        return count[0];
    }
}
