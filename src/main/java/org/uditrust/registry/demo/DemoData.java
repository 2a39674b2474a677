package org.uditrust.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.uditrust.registry.Actor;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.GudidStore;
import org.uditrust.registry.Location;
import org.uditrust.registry.RegistrationOutcome;
import org.uditrust.registry.RegistryServices;
import org.uditrust.registry.gudid.Cancellation;
import org.uditrust.registry.gudid.GudidImportService;
import org.uditrust.registry.gudid.ImportProgress;
import org.uditrust.registry.gudid.ImportResult;

/**
 * Fills a database with a believable inventory for demonstrations and manual testing: the sample GUDID release
 * ({@code samples/gudid}, when present), the scanner texts of the sample labels ({@code samples/labels/labels.tsv})
 * plus generated GS1 devices of the sample GUDID release's models (or of GS1's example GTINs when there is none),
 * spread over two sites, with some quarantined, recalled and retired. Everything goes through the registry services, so every device has its audit entries and scan events
 * exactly as if a person had scanned it; the CLI ({@code uditrust demo create}) and the app ({@code --demo}) share
 * this builder.
 *
 * <p>Deterministic: a fixed seed, so two demo databases hold the same devices (ids and times aside).
 */
public final class DemoData {

    /** GS1's own example GTINs (GS1 General Specifications, GS1 DataMatrix Guideline), used on the sample labels. */
    private static final List<String> EXAMPLE_GTINS = List.of("09506000134352", "09506000143217");

    private static final List<Location> LOCATIONS = List.of(
            Location.parse("St. Luke's General/Main Building/Intensive Care/Bed 4"),
            Location.parse("St. Luke's General/Main Building/Intensive Care/Bed 7"),
            Location.parse("St. Luke's General/Main Building/Operating Theatres/OR 2"),
            Location.parse("St. Luke's General/East Wing/Cardiology/Cath Lab 1"),
            Location.parse("St. Luke's General/East Wing/Emergency/Resus 1"),
            Location.parse("Riverside Clinic/Clinic A/Dialysis/Bay 3"),
            Location.parse("Riverside Clinic/Clinic A/Outpatients/Room 12"));

    private static final Location WORKSHOP = Location.parse("St. Luke's General/Main Building/Biomedical Engineering/"
            + "Workshop");

    private static final List<String> OWNERS = List.of("Biomedical Engineering", "ICU nursing", "Theatres",
            "Cardiology", "Dialysis unit");

    /**
     * What the demo holds: GUDID models imported from the sample release (0 when there is none; {@code gudidNote}
     * says why an import failed, else null), and how many devices were registered, found already registered,
     * rejected, and given another status, and how many device certificates were imported from
     * {@code samples/identity}.
     */
    public record Summary(long models, String gudidNote, int registered, int alreadyRegistered, int rejected,
                          int statusChanges, int identities) {
    }

    private final RegistryServices registry;
    private final Actor actor;

    public DemoData(RegistryServices registry, Actor actor) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * Imports the sample GUDID release unless the database already holds models, then registers the sample labels
     * and {@code generated} generated devices. {@code samples} is the project's samples
     * folder (may be missing); {@code progress} hears one line per step.
     */
    public Summary build(Path samples, int generated, Consumer<String> progress) {
        long models = 0;
        String gudidNote = null;
        Path release = releaseFolder(samples.resolve("gudid"));
        long modelsBefore = registry.maintenance().info().models();
        if (modelsBefore > 0) {
            // A caller (the app's --demo) may have imported GUDID data already: keep it, do not import twice.
            models = modelsBefore;
        } else if (release != null) {
            progress.accept("Importing the sample GUDID release " + release);
            ImportResult result = new GudidImportService(registry.gudid()).importRelease(release,
                    GudidStore.ReleaseKind.FULL, actor, ImportProgress.NONE, Cancellation.NEVER);
            if (result instanceof ImportResult.Imported imported) {
                models = imported.modelsLive();
            } else if (result instanceof ImportResult.Failed failed) {
                gudidNote = failed.message();
                progress.accept("GUDID sample not imported: " + failed.message());
            }
        }
        int[] counts = new int[4];
        List<Device> devices = new ArrayList<>();
        List<String> labels = labelTexts(samples.resolve("labels/labels.tsv"));
        progress.accept("Registering " + labels.size() + " sample label(s)");
        for (String text : labels) {
            register(text, WORKSHOP, "Biomedical Engineering", "Sample label (samples/labels)", counts, devices);
        }
        List<String> gtins = release == null ? EXAMPLE_GTINS : gtins(release);
        progress.accept("Registering " + generated + " generated device(s) of " + gtins.size() + " model(s)");
        Random random = new Random(4_2026L);
        for (int i = 0; i < generated; i++) {
            String gtin = gtins.get(i % gtins.size());
            register(generatedCarrier(gtin, i, random), LOCATIONS.get(random.nextInt(LOCATIONS.size())),
                    OWNERS.get(random.nextInt(OWNERS.size())), null, counts, devices);
        }
        progress.accept("Setting statuses");
        for (int i = 0; i < devices.size(); i++) {
            DeviceStatus status = statusFor(i);
            if (status != DeviceStatus.IN_SERVICE) {
                Device d = devices.get(i);
                registry.devices().setStatus(d.id(), d.version(), status, actor);
                counts[3]++;
            }
        }
        int identities = new DemoIdentities(registry, actor).build(samples.resolve("identity"), devices, progress);
        return new Summary(models, gudidNote, counts[0], counts[1], counts[2], counts[3], identities);
    }

    /** Every seventh quarantined, every eleventh recalled, every thirteenth retired: a few of each. */
    private static DeviceStatus statusFor(int i) {
        if (i % 13 == 12) {
            return DeviceStatus.RETIRED;
        }
        if (i % 11 == 10) {
            return DeviceStatus.RECALLED;
        }
        if (i % 7 == 6) {
            return DeviceStatus.QUARANTINED;
        }
        return DeviceStatus.IN_SERVICE;
    }

    private void register(String text, Location location, String owner, String notes, int[] counts,
                          List<Device> devices) {
        RegistrationOutcome outcome = registry.registration().register(text, location, owner, notes, actor);
        if (outcome instanceof RegistrationOutcome.Registered registered) {
            counts[0]++;
            devices.add(registered.device());
        } else if (outcome instanceof RegistrationOutcome.AlreadyRegistered) {
            counts[1]++;
        } else {
            counts[2]++;
        }
    }

    /**
     * A GS1 DataMatrix scan as a scanner in AIM mode types it: (01) GTIN, (11) manufactured, (17) expiry, (10) lot,
     * GS, (21) serial. A few expiry dates lie in the past so the demo shows expired stock.
     */
    static String generatedCarrier(String gtin, int i, Random random) {
        int madeYear = 23 + random.nextInt(3);
        int madeMonth = 1 + random.nextInt(12);
        int expiryYear = i % 9 == 4 ? 25 : madeYear + 3 + random.nextInt(3);
        String made = String.format(Locale.ROOT, "%02d%02d%02d", madeYear, madeMonth, 1 + random.nextInt(28));
        String expiry = String.format(Locale.ROOT, "%02d%02d%02d", expiryYear, madeMonth, 1 + random.nextInt(28));
        String lot = String.format(Locale.ROOT, "L%02d%02d-%c", madeYear, madeMonth, (char) ('A' + random.nextInt(6)));
        String serial = String.format(Locale.ROOT, "SN%06d", 100 + i * 37 + random.nextInt(37));
        return "]d2" + "01" + gtin + "11" + made + "17" + expiry + "10" + lot + "\u001d" + "21" + serial;
    }

    /**
     * The unzipped release in {@code gudidDir}: the folder itself if it holds {@code device.txt}, else the first
     * sub-folder (by name) that does (samples/gudid keeps it as {@code AccessGUDID_Delimited_…_YYYYMMDD/}); null if
     * none.
     */
    static Path releaseFolder(Path gudidDir) {
        if (!Files.isDirectory(gudidDir)) {
            return null;
        }
        if (Files.isRegularFile(gudidDir.resolve("device.txt"))) {
            return gudidDir;
        }
        try (java.util.stream.Stream<Path> children = Files.list(gudidDir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("device.txt"))).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + gudidDir, e);
        }
    }

    /** The distinct scanner texts of the sample labels ({@code \u001d} in the file is the GS character). */
    static List<String> labelTexts(Path tsv) {
        if (!Files.isRegularFile(tsv)) {
            return List.of();
        }
        Set<String> texts = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header: file, expected, issuer, note
            while ((line = in.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= 2 && !cells[1].isBlank()) {
                    texts.add(cells[1].replace("\\u001d", "\u001d"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return List.copyOf(texts);
    }

    /**
     * GTIN-14 primary DIs of the sample GUDID release ({@code device.txt}, pipe-delimited, column
     * {@code PrimaryDI}), so generated devices resolve to GUDID models; GS1's example GTINs when there is none.
     */
    static List<String> gtins(Path gudidDir) {
        Path deviceFile = gudidDir.resolve("device.txt");
        Set<String> out = new LinkedHashSet<>();
        if (Files.isRegularFile(deviceFile)) {
            try (BufferedReader in = Files.newBufferedReader(deviceFile, StandardCharsets.UTF_8)) {
                String header = in.readLine();
                int column = header == null ? -1 : columnIndex(header, "primarydi");
                String line;
                while (column >= 0 && (line = in.readLine()) != null && out.size() < 40) {
                    String[] cells = line.split("\\|", -1);
                    if (column < cells.length && isGtin14(cells[column].strip())) {
                        out.add(cells[column].strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + deviceFile, e);
            }
        }
        return out.isEmpty() ? EXAMPLE_GTINS : List.copyOf(out);
    }

    private static int columnIndex(String header, String name) {
        String[] names = header.split("\\|", -1);
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** 14 digits with a correct GS1 mod-10 check digit (GS1 General Specifications 7.9.1). */
    static boolean isGtin14(String s) {
        if (s.length() != 14 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10 == s.charAt(13) - '0';
    }
}
