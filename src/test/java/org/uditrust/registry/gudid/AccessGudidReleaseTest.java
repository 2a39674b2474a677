package org.uditrust.registry.gudid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.DeviceModel;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

class AccessGudidReleaseTest {

    @TempDir
    Path tmp;

    private static ReadSummary read(Path release, RecordingVisitor visitor) {
        try (AccessGudidRelease r = AccessGudidRelease.open(release)) {
            return r.read(visitor, Cancellation.NEVER, AccessGudidRelease.Progress.NONE);
        }
    }

    @Test
    void readsEveryFileOfTheSampleRelease() {
        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(SampleRelease.DIR, v);

        // Counts are the data lines of each file (wc -l minus the header).
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(41);
        assertThat(summary.rows(GudidFile.IDENTIFIERS)).isEqualTo(54);
        assertThat(summary.rows(GudidFile.PRODUCT_CODES)).isEqualTo(42);
        assertThat(summary.rows(GudidFile.GMDN_TERMS)).isEqualTo(41);
        assertThat(summary.rows(GudidFile.PREMARKET_SUBMISSIONS)).isEqualTo(43);
        assertThat(summary.rows(GudidFile.STERILIZATION_METHOD_TYPES)).isEqualTo(19);
        assertThat(summary.rows(GudidFile.CONTACTS)).isEqualTo(41);
        assertThat(summary.rows(GudidFile.DEVICE_SIZES)).isEqualTo(12);
        assertThat(summary.rows(GudidFile.ENVIRONMENTAL_CONDITIONS)).isEqualTo(9);
        assertThat(summary.absent()).isEmpty();
        assertThat(summary.problems().total()).isZero();
        assertThat(summary.cancelled()).isFalse();
        assertThat(v.devices).hasSize(41);
        // device.txt comes first, so a store may rely on models existing before their child rows.
        assertThat(v.rows.get(0)).startsWith("device ");
        assertThat(v.rows.subList(0, 41)).allMatch(r -> r.startsWith("device "));
        // Contacts, sizes and storage conditions are mapped field by field (values as written in the files).
        assertThat(v.rowsStartingWith("contact A123BJC5D6E71")).containsExactly("contact A123BJC5D6E71 Contact[phone="
                + "+1(555)010-7500, phoneExtension=214, email=orders@westbrook-surgical.example]");
        assertThat(v.rowsStartingWith("contact H456URO16F1")).containsExactly(
                "contact H456URO16F1 Contact[phone=+1(555)010-8600, phoneExtension=null, email=null]");
        assertThat(v.rowsStartingWith("size 09506004200015")).containsExactly(
                "size 09506004200015 DeviceSize[type=Outer Diameter, unit=Millimeter, value=3.0, text=null]",
                "size 09506004200015 DeviceSize[type=Length, unit=Millimeter, value=18, text=null]");
        assertThat(v.rowsStartingWith("storage 09506000143217")).containsExactly(
                "storage 09506000143217 StorageCondition[type=Storage Environment Temperature,"
                        + " highUnit=Degrees Celsius, highValue=40, lowUnit=Degrees Celsius, lowValue=-10,"
                        + " specialConditionText=null]",
                "storage 09506000143217 StorageCondition[type=Special Storage Condition, Specify, highUnit=null,"
                        + " highValue=null, lowUnit=null, lowValue=null,"
                        + " specialConditionText=Keep dry. Keep away from sunlight.]");
    }

    @Test
    void mapsTheFieldsOfAModel() {
        RecordingVisitor v = new RecordingVisitor();
        read(SampleRelease.DIR, v);

        DeviceModel hip = v.devices.get("09506000143217");
        assertThat(hip.brandName()).isEqualTo("Arcus");
        assertThat(hip.versionModelNumber()).isEqualTo("ARC-12-STD");
        assertThat(hip.catalogNumber()).isEqualTo("ARC12STD");
        assertThat(hip.companyName()).isEqualTo("Meridian Medical Devices, Inc.");
        assertThat(hip.dunsNumber()).isEqualTo("079512348");
        assertThat(hip.issuingAgency()).as("device.txt has no agency column").isNull();
        assertThat(hip.labelPi()).isEqualTo(new DeviceModel.PiFlags(true, true, true, true, false));
        assertThat(hip.sterile()).isTrue();
        assertThat(hip.sterilizationPriorToUse()).isFalse();
        assertThat(hip.singleUse()).isTrue();
        assertThat(hip.mriSafetyStatus()).isEqualTo("MR Conditional");
        assertThat(hip.commercialDistributionStatus()).isEqualTo("In Commercial Distribution");
        assertThat(hip.commercialDistributionEndDate()).isNull();
        assertThat(hip.publicVersionNumber()).isEqualTo(2);
        assertThat(hip.publicVersionDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(hip.identifiers()).isEmpty();

        DeviceModel old = v.devices.get("09506000122007");
        assertThat(old.commercialDistributionStatus()).isEqualTo("Not in Commercial Distribution");
        assertThat(old.commercialDistributionEndDate()).isEqualTo(LocalDate.of(2023, 6, 30));

        assertThat(v.rows).contains(
                "identifier 09506000135113 Identifier[deviceId=29506000135117, type=Package, issuingAgency=GS1, "
                        + "packageQuantity=8, packageType=Case]",
                "productCode 09506006000156 ProductCode[code=KRG, name=Programmer, Pacemaker]",
                "submission 09506006000156 PremarketSubmission[number=P190021, supplement=S012]",
                "sterilization 09506000143217 Radiation Sterilization");
        assertThat(v.rowsStartingWith("gmdn 09506000143217")).singleElement().asString()
                .contains("name=Uncoated femoral stem prosthesis, cementless", "implantable=true", "code=90017");
        // The inch mark in a description is text: the row has the right number of fields and keeps it.
        assertThat(v.devices.get("09506004100025").deviceDescription()).endsWith("with 18\" guidewire");
    }

    @Test
    void everySampleLabelFindsItsModelAndCarriesOnlyThePiItsModelAnnounces() throws IOException {
        RecordingVisitor v = new RecordingVisitor();
        read(SampleRelease.DIR, v);
        UdiParser parser = new UdiParser(ParseOptions.defaults(Clock.systemUTC()));
        int labels = 0;
        for (String line : Files.readAllLines(Path.of("samples", "labels", "labels.tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals("file")) {
                continue;
            }
            ParseResult r = parser.parse(f[1].replace("\\u001d", "\u001d"));
            assertThat(r).as(f[0]).isInstanceOf(ParseResult.Valid.class);
            Udi udi = ((ParseResult.Valid) r).udi();
            DeviceModel model = v.devices.get(udi.di());
            assertThat(model).as("model for " + udi.di() + " (" + f[0] + ")").isNotNull();
            DeviceModel.PiFlags pi = model.labelPi();
            assertThat(udi.lot() == null || pi.lot()).as(f[0] + " lot").isTrue();
            assertThat(udi.serial() == null || pi.serial()).as(f[0] + " serial").isTrue();
            assertThat(udi.expiry() == null || pi.expirationDate()).as(f[0] + " expiry").isTrue();
            assertThat(udi.manufactured() == null || pi.manufacturingDate()).as(f[0] + " mfg").isTrue();
            assertThat(udi.donationId() == null || pi.donationId()).as(f[0] + " donation").isTrue();
            labels++;
        }
        assertThat(labels).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theZipHoldsTheSameRowsAsTheFolder() {
        RecordingVisitor fromDir = new RecordingVisitor();
        RecordingVisitor fromZip = new RecordingVisitor();
        read(SampleRelease.DIR, fromDir);
        ReadSummary summary = read(SampleRelease.ZIP, fromZip);
        assertThat(fromZip.rows).isEqualTo(fromDir.rows);
        assertThat(summary.problems().total()).isZero();
        try (AccessGudidRelease r = AccessGudidRelease.open(SampleRelease.ZIP)) {
            assertThat(r.name()).isEqualTo(SampleRelease.NAME);
            assertThat(r.files()).containsExactlyInAnyOrder(GudidFile.values());
        }
    }

    @Test
    void findsFilesInAFolderInsideTheZip() throws IOException {
        Path zip = tmp.resolve("nested.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (GudidFile f : GudidFile.values()) {
                z.putNextEntry(new ZipEntry("release/data/" + f.fileName()));
                Files.copy(SampleRelease.DIR.resolve(f.fileName()), z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("release/readme.txt"));
            z.write("not a GUDID file".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        RecordingVisitor v = new RecordingVisitor();
        assertThat(read(zip, v).rows(GudidFile.DEVICE)).isEqualTo(41);
    }

    @Test
    void mapsColumnsByHeaderNameWhateverTheirOrder() throws IOException {
        Path shuffled = SampleRelease.copy(tmp.resolve("shuffled"));
        Random random = new Random(4);
        for (GudidFile f : GudidFile.values()) {
            Path file = shuffled.resolve(f.fileName());
            List<String> lines = SampleRelease.lines(file);
            int columns = lines.get(0).split("\\|", -1).length + 1;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<String> out = new ArrayList<>();
            for (int n = 0; n < lines.size(); n++) {
                // An extra column FDA might add one day, in the middle, with upper-case header.
                String extra = n == 0 ? "NEW_FUTURE_COLUMN" : "x" + n;
                List<String> fields = new ArrayList<>(Arrays.asList((lines.get(n) + "|" + extra).split("\\|", -1)));
                String[] moved = new String[columns];
                for (int i = 0; i < columns; i++) {
                    moved[i] = fields.get(order.get(i));
                }
                out.add(String.join("|", moved));
            }
            SampleRelease.write(file, out);
        }
        RecordingVisitor original = new RecordingVisitor();
        RecordingVisitor moved = new RecordingVisitor();
        read(SampleRelease.DIR, original);
        ReadSummary summary = read(shuffled, moved);
        assertThat(summary.problems().total()).isZero();
        assertThat(moved.rows).isEqualTo(original.rows);
    }

    @Test
    void refusesAFileMissingARequiredColumnNamingFileAndColumn() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        lines.set(0, lines.get(0).replace("|lotBatch|", "|lotNumber|"));
        SampleRelease.write(device, lines);
        assertThatThrownBy(() -> AccessGudidRelease.open(release))
                .isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("device.txt").hasMessageContaining("lotBatch");

        SampleRelease.write(device, SampleRelease.lines(SampleRelease.DIR.resolve("device.txt")));
        Path codes = release.resolve("productCodes.txt");
        List<String> codeLines = SampleRelease.lines(codes);
        codeLines.set(0, "PrimaryDI|code|productCodeName");
        SampleRelease.write(codes, codeLines);
        assertThatThrownBy(() -> AccessGudidRelease.open(release))
                .isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("productCodes.txt").hasMessageContaining("productCode");
    }

    @Test
    void refusesACommaSeparatedFile() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        lines.replaceAll(l -> l.replace(",", " ").replace('|', ','));
        SampleRelease.write(device, lines);
        assertThatThrownBy(() -> AccessGudidRelease.open(release))
                .isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("device.txt").hasMessageContaining("not pipe-delimited")
                .hasMessageContaining("commas");
    }

    @Test
    void refusesATruncatedZip() throws IOException {
        byte[] zip = Files.readAllBytes(SampleRelease.ZIP);
        Path cut = tmp.resolve("AccessGUDID_Delimited_Full_Release_20251101.zip");
        Files.write(cut, Arrays.copyOf(zip, zip.length / 2));
        assertThatThrownBy(() -> AccessGudidRelease.open(cut))
                .isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("AccessGUDID_Delimited_Full_Release_20251101.zip")
                .hasMessageContaining("truncated");
    }

    @Test
    void reportsDamagedCompressedDataAsADamagedZip() throws IOException {
        // device.txt's compressed bytes are overwritten while the zip's directory stays intact.
        Path zip = tmp.resolve("damaged.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("device.txt"));
            Files.copy(SampleRelease.DIR.resolve("device.txt"), z);
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 300; i < 1300; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(zip, bytes);
        assertThatThrownBy(() -> read(zip, new RecordingVisitor()))
                .isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("device.txt").hasMessageContaining("damaged");
    }

    @Test
    void refusesWhatIsNotARelease() throws IOException {
        assertThatThrownBy(() -> AccessGudidRelease.open(tmp.resolve("missing.zip")))
                .isInstanceOf(GudidReleaseException.class).hasMessageContaining("does not exist");
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThatThrownBy(() -> AccessGudidRelease.open(empty))
                .isInstanceOf(GudidReleaseException.class).hasMessageContaining("has no device.txt");
        Path text = Files.writeString(tmp.resolve("notes.zip"), "PrimaryDI|brandName\n");
        assertThatThrownBy(() -> AccessGudidRelease.open(text))
                .isInstanceOf(GudidReleaseException.class).hasMessageContaining("not a readable zip");
        Path emptyDevice = Files.createDirectory(tmp.resolve("emptyDevice"));
        Files.writeString(emptyDevice.resolve("device.txt"), "");
        assertThatThrownBy(() -> AccessGudidRelease.open(emptyDevice))
                .isInstanceOf(GudidReleaseException.class).hasMessageContaining("device.txt")
                .hasMessageContaining("empty");
    }

    @Test
    void reportsBadRowsWithTheirLineNumbersAndKeepsReading() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        String good = lines.get(1);
        lines.set(3, lines.get(3).replaceFirst("\\|2019-06-15\\|", "|2019-06-15|extra|"));      // line 4: 35 fields
        lines.set(5, replaceField(lines.get(5), 5, "10/02/2025"));                                  // line 6: US date
        lines.set(6, replaceField(lines.get(6), 22, "yes"));                                        // line 7: lotBatch=yes
        lines.set(8, replaceField(lines.get(8), 0, ""));                                            // line 9: no PrimaryDI
        lines.set(9, replaceField(lines.get(9), 4, "four"));                                        // line 10: version
        SampleRelease.write(device, lines);

        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(release, v);
        RowProblemReport report = summary.problems();
        assertThat(report.listed()).extracting(p -> p.file() + ":" + p.line() + " " + p.code() + " "
                        + p.column() + " " + p.rowSkipped())
                .containsExactly(
                        "device.txt:4 gudid.column-count null true",
                        "device.txt:6 gudid.bad-date publicVersionDate false",
                        "device.txt:7 gudid.bad-boolean lotBatch false",
                        "device.txt:9 gudid.missing-value PrimaryDI true",
                        "device.txt:10 gudid.bad-number publicVersionNumber false");
        assertThat(report.rowsSkipped()).isEqualTo(2);
        assertThat(report.byCode()).containsEntry("gudid.column-count", 1L);
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(39);
        assertThat(v.devices).containsKey(di(good));
        assertThat(report.listed().get(0).message()).contains("35 fields", "34 columns");
        // A line with only an unreadable field still imports, without that value.
        assertThat(v.devices.get(di(lines.get(6))).labelPi().lot()).isFalse();
        assertThat(v.devices.get(di(lines.get(9))).publicVersionNumber()).isNull();
    }

    @Test
    void skipsContactsWithoutPhoneOrEmailAndSizesOrConditionsWithoutType() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        List<String> contacts = SampleRelease.lines(release.resolve("contacts.txt"));
        contacts.set(2, di(contacts.get(2)) + "|||");                                            // line 3: nothing
        SampleRelease.write(release.resolve("contacts.txt"), contacts);
        List<String> sizes = SampleRelease.lines(release.resolve("deviceSizes.txt"));
        sizes.set(1, replaceField(sizes.get(1), 1, ""));                                            // line 2: no type
        SampleRelease.write(release.resolve("deviceSizes.txt"), sizes);
        List<String> storage = SampleRelease.lines(release.resolve("environmentalConditions.txt"));
        storage.set(3, replaceField(storage.get(3), 1, ""));                                        // line 4: no type
        SampleRelease.write(release.resolve("environmentalConditions.txt"), storage);

        ReadSummary summary = read(release, new RecordingVisitor());

        assertThat(summary.problems().listed()).extracting(p -> p.file() + ":" + p.line() + " " + p.code() + " "
                        + p.column() + " " + p.rowSkipped())
                .containsExactly("contacts.txt:3 gudid.empty-contact phone true",
                        "deviceSizes.txt:2 gudid.missing-value sizeType true",
                        "environmentalConditions.txt:4 gudid.missing-value storageHandlingType true");
        assertThat(summary.problems().listed().get(0).message()).contains("neither a phone nor an e-mail");
    }

    @Test
    void refusesAContactsFileWithoutItsPhoneColumn() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        List<String> contacts = SampleRelease.lines(release.resolve("contacts.txt"));
        contacts.replaceAll(l -> l.substring(0, l.indexOf('|')) + l.substring(l.indexOf('|', l.indexOf('|') + 1)));
        SampleRelease.write(release.resolve("contacts.txt"), contacts);

        assertThatThrownBy(() -> read(release, new RecordingVisitor())).isInstanceOf(GudidReleaseException.class)
                .hasMessageContaining("contacts.txt").hasMessageContaining("phone");
    }

    @Test
    void reportsAnUnreadableDate() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        lines.set(1, replaceField(lines.get(1), 5, "2025-02-30"));
        SampleRelease.write(device, lines);
        RecordingVisitor v = new RecordingVisitor();
        RowProblemReport report = read(release, v).problems();
        assertThat(report.listed()).singleElement().satisfies(p -> {
            assertThat(p.toString()).isEqualTo("device.txt:2 [publicVersionDate] gudid.bad-date: publicVersionDate "
                    + "is \"2025-02-30\", not a date written YYYY-MM-DD; the value was ignored.");
            assertThat(p.rowSkipped()).isFalse();
        });
        assertThat(v.devices.get("09506000134352").publicVersionDate()).isNull();
    }

    @Test
    void skipsAnOversizedLineWithoutLosingCountOfLines() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        lines.set(2, replaceField(lines.get(2), 15, "x".repeat(70_000)));
        lines.set(4, replaceField(lines.get(4), 15, "y".repeat(200_000)));
        SampleRelease.write(device, lines);
        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(release, v);
        assertThat(summary.problems().listed()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 gudid.line-too-long", "5 gudid.line-too-long");
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(39);
        assertThat(v.devices).containsKeys(di(lines.get(1)), di(lines.get(3)), di(lines.get(41)))
                .doesNotContainKeys(di(lines.get(2)), di(lines.get(4)));
    }

    @Test
    void readsCrLfLinesAByteOrderMarkAndAStrayQuote() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        List<String> lines = SampleRelease.lines(device);
        lines.set(1, replaceField(lines.get(1), 15, "\"Unbalanced quote, 3\" long"));
        lines.set(2, replaceField(lines.get(2), 9, "\"Quoted brand\""));
        byte[] body = ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(device, body);
        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(release, v);
        assertThat(summary.problems().total()).isZero();
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(41);
        assertThat(v.devices.get("09506000134352").deviceDescription()).isEqualTo("\"Unbalanced quote, 3\" long");
        assertThat(v.devices.get("09506000143217").brandName()).isEqualTo("\"Quoted brand\"");
        assertThat(v.devices.get("09506000134352").mriSafetyStatus()).isEqualTo("MR Unsafe");
    }

    @Test
    void reportsBytesThatAreNotUtf8() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path device = release.resolve("device.txt");
        byte[] bytes = Files.readAllBytes(device);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("Volumetric");
        bytes[at] = (byte) 0xE9; // Latin-1 é, not valid UTF-8 on its own
        Files.write(device, bytes);
        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(release, v);
        assertThat(summary.problems().listed()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("2 gudid.encoding");
        assertThat(v.devices.get("09506000134352").deviceDescription()).startsWith("\uFFFDolumetric");
    }

    @Test
    void capsTheListOfProblemsButCountsThemAll() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Path codes = release.resolve("productCodes.txt");
        List<String> lines = SampleRelease.lines(codes);
        for (int i = 0; i < 20; i++) {
            lines.add("09506000134352|FRN");
        }
        SampleRelease.write(codes, lines);
        ReleaseLimits limits = new ReleaseLimits(64 * 1024, 256, 5, 1024 * 1024);
        try (AccessGudidRelease r = AccessGudidRelease.open(release, limits)) {
            RowProblemReport report = r.read(new RecordingVisitor(), Cancellation.NEVER,
                    AccessGudidRelease.Progress.NONE).problems();
            assertThat(report.listed()).hasSize(5);
            assertThat(report.total()).isEqualTo(20);
            assertThat(report.truncated()).isTrue();
            assertThat(report.listed().get(0).line()).isEqualTo(44);
        }
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() throws IOException {
        Path release = SampleRelease.copy(tmp.resolve("r"));
        Files.writeString(release.resolve("sterilizationMethodTypes.txt"),
                "PrimaryDI|sterilizationMethod|Sterilization Method\n");
        assertThatThrownBy(() -> AccessGudidRelease.open(release))
                .isInstanceOf(GudidReleaseException.class).hasMessageContaining("twice");
    }

    @Test
    void readsAReleaseWithOnlyDeviceTxtAndListsTheAbsentFiles() throws IOException {
        Path release = Files.createDirectory(tmp.resolve("delta"));
        Files.copy(SampleRelease.DIR.resolve("device.txt"), release.resolve("DEVICE.TXT"));
        ReadSummary summary = read(release, new RecordingVisitor());
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(41);
        assertThat(summary.absent()).contains(GudidFile.IDENTIFIERS, GudidFile.CONTACTS).doesNotContain(GudidFile.DEVICE);
    }

    @Test
    void readsASyntheticReleaseOfTenThousandModels() throws IOException {
        Path release = SyntheticGudidRelease.writeZip(tmp, 10_000);
        RecordingVisitor v = new RecordingVisitor();
        ReadSummary summary = read(release, v);
        assertThat(summary.problems().total()).isZero();
        assertThat(summary.rows(GudidFile.DEVICE)).isEqualTo(10_000);
        assertThat(v.devices.get("09507000000005")).isNotNull();
    }

    private static String di(String line) {
        return line.substring(0, line.indexOf('|'));
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split("\\|", -1);
        fields[index] = value;
        return String.join("|", fields);
    }

}
