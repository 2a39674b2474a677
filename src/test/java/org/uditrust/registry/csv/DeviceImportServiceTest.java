package org.uditrust.registry.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.InMemoryRegistry;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationService;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.UdiParser;

class DeviceImportServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ACTOR = new Actor("biomed", "ws-7");
    // GTIN 09506000134352 is GS1's own example GTIN (GS1 General Specifications, Digital Link standard).
    private static final String GS1 = "(01)09506000134352(17)201225(10)ABC123";
    // HIBCC example from ANSI/HIBC 2.6 as quoted in the project's UDI primer: "+A123BJC5D6E71G".
    private static final String HIBCC = "+A123BJC5D6E71G";
    // ISBT 128 medical-device UDI from ICCBBA ST-017 examples, as used in UdiParserTest.
    private static final String ISBT =
            "=/A9999XYZ100T0476=,000025=A99971712345600=>019032=}017032&,1000000000000XYZ123";

    private final InMemoryRegistry store = new InMemoryRegistry();
    private final UdiParser parser = new UdiParser(ParseOptions.defaults(CLOCK));
    private final DeviceImportService service = new DeviceImportService(parser, store, CLOCK);

    @Test
    void importsEveryRowInOneTransactionWithOneAuditEntryPerDevice() {
        String csv = "UDI;Site;Building;Department;Room;Owner;Notes;Status\r\n"
                + GS1 + ";St Mary;B;ICU;12;Biomed;first;In Service\r\n"
                + HIBCC + ";St Mary;B;OR;3;;;QUARANTINED\r\n"
                + ISBT + ";St Mary;;;;;\"quoted; with delimiter\";retired\r\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        ImportReport report = outcome.report();
        assertThat(report.delimiter()).isEqualTo(';');
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejectedCount()).isZero();
        assertThat(store.writes()).isEqualTo(1);
        List<Device> devices = store.devices();
        assertThat(devices).extracting(Device::issuer).containsExactly(Issuer.GS1, Issuer.HIBCC, Issuer.ICCBBA);
        Device first = devices.get(0);
        assertThat(first.di()).isEqualTo("09506000134352");
        assertThat(first.lot()).isEqualTo("ABC123");
        assertThat(first.carrier()).isEqualTo(GS1);
        assertThat(first.location()).isEqualTo(new Location("St Mary", "B", "ICU", "12"));
        assertThat(first.owner()).isEqualTo("Biomed");
        assertThat(first.notes()).isEqualTo("first");
        assertThat(first.registeredBy()).isEqualTo("biomed@ws-7");
        assertThat(first.registeredAt()).isEqualTo(CLOCK.instant());
        assertThat(devices.get(1).status()).isEqualTo(DeviceStatus.QUARANTINED);
        assertThat(devices.get(1).owner()).isNull();
        assertThat(devices.get(2).status()).isEqualTo(DeviceStatus.RETIRED);
        assertThat(devices.get(2).notes()).isEqualTo("quoted; with delimiter");
        assertThat(store.auditEntries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.change().action()).isEqualTo("device.import");
            assertThat(e.change().before()).isNull();
            assertThat(e.actor()).isEqualTo("biomed@ws-7");
        });
        assertThat(store.auditEntries()).extracting(e -> e.change().entityId())
                .containsExactly(devices.stream().map(d -> Long.toString(d.id())).toArray(String[]::new));
    }

    @Test
    void allOrNothingStoresNothingWhenOneRowIsBadAndListsEveryBadRow() {
        String csv = "udi,notes\n" + GS1 + ",ok\n(01)09506000134353,wrong check digit\n" + HIBCC + ",ok\n"
                + "hello,not a udi\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.RolledBack.class);
        assertThat(store.devices()).isEmpty();
        assertThat(store.auditEntries()).isEmpty();
        ImportReport report = outcome.report();
        assertThat(report.imported()).isZero();
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(3L, 5L);
        assertThat(report.rejected().get(0).code()).startsWith("gs1.");
        assertThat(report.rejected().get(0).message()).contains("(01)09506000134353");
        assertThat(report.rejected().get(1).code()).isEqualTo("udi.unrecognized");
    }

    @Test
    void acceptedRowsModeStoresTheGoodRowsAndReportsTheOthers() {
        String csv = "udi,notes\n" + GS1 + ",ok\n(01)09506000134353,bad\n" + HIBCC + ",ok\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ACCEPTED_ROWS);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(outcome.report().imported()).isEqualTo(2);
        assertThat(outcome.report().rejectedCount()).isEqualTo(1);
        assertThat(store.devices()).extracting(Device::carrier).containsExactly(GS1, HIBCC);
        assertThat(store.auditEntries()).hasSize(2);
    }

    @Test
    void validateOnlyStoresNothing() {
        ImportOutcome outcome = importCsv("udi\n" + GS1 + "\n" + HIBCC + "\n", ImportMode.VALIDATE_ONLY);

        assertThat(outcome).isInstanceOf(ImportOutcome.Validated.class);
        assertThat(outcome.report().accepted()).isEqualTo(2);
        assertThat(outcome.report().imported()).isZero();
        assertThat(store.devices()).isEmpty();
        assertThat(store.writes()).isZero();
    }

    @Test
    void theSameUdiTwiceInTheFileIsADuplicateWhateverItsNotation() {
        // the same GTIN and lot as HRI, as scanner data with AIM identifier, and as a Digital Link
        String csv = "udi\n(01)09506000134352(10)LOT7\n]d20109506000134352" + "10LOT7\n"
                + "https://id.gs1.org/01/09506000134352/10/LOT7\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ACCEPTED_ROWS);

        assertThat(outcome.report().imported()).isEqualTo(1);
        assertThat(outcome.report().rejected()).extracting(RejectedRow::line, RejectedRow::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "import.duplicate-in-file"),
                org.assertj.core.groups.Tuple.tuple(4L, "import.duplicate-in-file"));
        assertThat(outcome.report().rejected().get(0).message()).contains("line 2");
    }

    @Test
    void aUdiAlreadyInTheInventoryIsRejected() {
        new RegistrationService(parser, store, CLOCK).register(HIBCC, Location.parse("Main/A"), null, null, ACTOR);

        ImportOutcome outcome = importCsv("udi\n" + GS1 + "\n" + HIBCC + "\n", ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.RolledBack.class);
        RejectedRow row = outcome.report().rejected().get(0);
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.code()).isEqualTo("import.already-registered");
        assertThat(row.message()).contains("Main / A");
        assertThat(store.devices()).hasSize(1);
    }

    @Test
    void headerNamesAreMatchedWithoutCaseSpacesOrUnderscoresAndUnknownOnesAreListed() {
        String csv = "\"Barcode \",LOCATION,Owner,Asset Tag,serial\n"
                + "'" + HIBCC + ",Main/B2/Radiology/R-14,Imaging,A-100,ignored\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ALL_OR_NOTHING);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(outcome.report().ignoredColumns()).containsExactly("Asset Tag");
        Device device = store.devices().get(0);
        assertThat(device.carrier()).isEqualTo(HIBCC);
        assertThat(device.location()).isEqualTo(new Location("Main", "B2", "Radiology", "R-14"));
    }

    @Test
    void aHeaderWithoutUdiColumnOrWithConflictingColumnsFailsTheWholeFile() {
        ImportOutcome noUdi = importCsv("site,room\nA,1\n", ImportMode.ACCEPTED_ROWS);
        assertThat(noUdi).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.code()).isEqualTo("import.no-udi-column"));

        ImportOutcome twice = importCsv("udi,barcode\n" + GS1 + "," + GS1 + "\n", ImportMode.ACCEPTED_ROWS);
        assertThat(twice).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.code()).isEqualTo("import.duplicate-column"));

        ImportOutcome ambiguous = importCsv("udi,location,room\n" + GS1 + ",A/B,3\n", ImportMode.ACCEPTED_ROWS);
        assertThat(ambiguous).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.code()).isEqualTo("import.ambiguous-location"));

        ImportOutcome headless = importCsv(GS1 + ",A\n" + HIBCC + ",B\n", ImportMode.ACCEPTED_ROWS);
        assertThat(headless).isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> {
            assertThat(f.code()).isEqualTo("import.no-header");
            assertThat(f.message()).contains("header line");
        });

        ImportOutcome empty = importCsv("", ImportMode.ACCEPTED_ROWS);
        assertThat(empty).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.code()).isEqualTo("import.empty"));
        assertThat(store.writes()).isZero();
    }

    @Test
    void aBrokenFileStoresNothingEvenInAcceptedRowsMode() {
        String csv = "udi,notes\n" + GS1 + ",ok\n" + HIBCC + ",\"never closed\n";

        ImportOutcome outcome = importCsv(csv, ImportMode.ACCEPTED_ROWS);

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Failed.class, f -> {
            assertThat(f.code()).isEqualTo("csv.unterminated-quote");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).contains("Nothing was imported");
        });
        assertThat(store.devices()).isEmpty();
        assertThat(store.auditEntries()).isEmpty();
    }

    @Test
    void rowLevelChecks() {
        String csv = "udi,status,location\n"
                + "1.09506E+15,,\n"                       // Excel's number format ate the UDI
                + GS1 + ",broken,\n"                     // unknown status
                + HIBCC + ",,A/B/C/D/E\n"                // five location parts
                + ",in service,A\n"                      // no UDI
                + ISBT + ",,,extra\n"                    // more cells than the header
                + ",,\n";                                // an empty spreadsheet row: skipped

        ImportOutcome outcome = importCsv(csv, ImportMode.ACCEPTED_ROWS);

        assertThat(outcome.report().rowsRead()).isEqualTo(5);
        assertThat(outcome.report().rejected()).extracting(RejectedRow::code).containsExactly(
                "import.udi-as-number", "import.unknown-status", "import.location-too-deep", "import.no-udi",
                "import.extra-cells");
        assertThat(outcome.report().rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(store.devices()).isEmpty();
    }

    @Test
    void statusNamesAreReadLeniently() {
        assertThat(ImportRowReader.status("In Service")).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat(ImportRowReader.status("IN_SERVICE")).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat(ImportRowReader.status(" in-service ")).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat(ImportRowReader.status("")).isEqualTo(DeviceStatus.IN_SERVICE);
        assertThat(ImportRowReader.status("Recalled")).isEqualTo(DeviceStatus.RECALLED);
        assertThat(ImportRowReader.status("lost")).isNull();
    }

    @Test
    void aLabelThatContradictsGudidIsStoredWithItsFinding() {
        store.addModel(model("09506000134352", new DeviceModel.PiFlags(true, true, false, true, false)));

        ImportOutcome outcome = importCsv("udi\n" + GS1 + "\n", ImportMode.ALL_OR_NOTHING);

        assertThat(outcome.report().flagged()).isEqualTo(1);
        assertThat(store.devices().get(0).findings()).extracting(f -> f.code())
                .containsExactly("gudid.serial-missing");
    }

    @Test
    void reportsProgressAndCanBeCancelled() {
        List<Long> progress = new ArrayList<>();
        ImportOptions options = ImportOptions.defaults().withProgress(progress::add);
        service.importCsv(stream("udi\n" + GS1 + "\n" + HIBCC + "\n"), options, ACTOR);
        assertThat(progress).containsExactly(2L);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> service.importCsv(stream("udi\n" + ISBT + "\n"), ImportOptions.defaults(),
                    ACTOR)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(store.devices()).hasSize(2);
    }

    @Test
    void cancellingWhileRowsAreStillBeingReadStopsTheReaderAndStoresNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        ImportOptions options = ImportOptions.defaults().withProgress(n -> started.countDown());
        Thread importing = new Thread(() -> {
            try {
                service.importCsv(endlessRows(), options, ACTOR);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        importing.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        importing.interrupt();
        importing.join(30_000);

        assertThat(importing.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(CancellationException.class)
                .hasMessageContaining("cancelled at line").hasMessageContaining("nothing was stored");
        assertThat(store.devices()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("uditrust-csv-reader"));
    }

    @Test
    void aStreamThatFailsWhileRowsAreReadFailsTheImport() {
        byte[] head = ("udi\n" + GS1 + "\n" + HIBCC + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at < head.length) {
                    return head[at++];
                }
                throw new IOException("disk unplugged");
            }
        };

        assertThatThrownBy(() -> service.importCsv(failing, ImportOptions.defaults(), ACTOR))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk unplugged");
        assertThat(store.devices()).isEmpty();
    }

    /** A header and then distinct GS1 rows without end. */
    private static InputStream endlessRows() {
        return new InputStream() {
            private byte[] line = "udi\n".getBytes(StandardCharsets.UTF_8);
            private int at;
            private long n;

            @Override
            public int read() {
                if (at == line.length) {
                    line = ("(01)09506000134352(21)S" + n++ + "\n").getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return line[at++];
            }
        };
    }

    @Test
    void listsAtMostTheConfiguredNumberOfRejectedRowsButCountsThemAll() {
        StringBuilder csv = new StringBuilder("udi\n");
        for (int i = 0; i < 50; i++) {
            csv.append("bad").append(i).append('\n');
        }
        ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING, CsvLimits.DEFAULT, 10, null);

        ImportReport report = service.importCsv(stream(csv.toString()), options, ACTOR).report();

        assertThat(report.rejectedCount()).isEqualTo(50);
        assertThat(report.rejected()).hasSize(10);
        assertThat(report.rejectionsTruncated()).isTrue();
    }

    static DeviceModel model(String di, DeviceModel.PiFlags pi) {
        return new DeviceModel(di, "GS1", "Acme Pump", "P-100", "CAT-1", "Acme Medical", null, "Infusion pump",
                "In Commercial Distribution", null, null, null, null, null, pi, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    private ImportOutcome importCsv(String csv, ImportMode mode) {
        return service.importCsv(stream(csv), ImportOptions.defaults().withMode(mode), ACTOR);
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
