package org.uditrust.registry.gudid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic AccessGUDID delimited release of N models, streaming (constant memory), for the import
 * benchmark and large-input tests. Every file of the release is written with the real header row; GTINs carry
 * valid GS1 check digits; one model in 50 is HIBCC and one in 500 ICCBBA; one in 20 is not in commercial
 * distribution. Every model has one customer contact; about a third have sizes (0.44 size rows per model) and
 * a quarter storage limits (0.4 condition rows per model): plausible rates, not measured on a real release.
 * Deterministic: the same N gives the same bytes.
 *
 * <pre>java … org.uditrust.registry.gudid.SyntheticGudidRelease OUT_DIR COUNT [zip]</pre>
 */
public final class SyntheticGudidRelease {

    static final String DEVICE_HEADER = "PrimaryDI|publicDeviceRecordKey|publicVersionStatus|deviceRecordStatus|"
            + "publicVersionNumber|publicVersionDate|devicePublishDate|deviceCommDistributionEndDate|"
            + "deviceCommDistributionStatus|brandName|versionModelNumber|catalogNumber|dunsNumber|companyName|"
            + "deviceCount|deviceDescription|DMExempt|premarketExempt|deviceHCTP|deviceKit|deviceCombinationProduct|"
            + "singleUse|lotBatch|serialNumber|manufacturingDate|expirationDate|donationIdNumber|labeledContainsNRL|"
            + "labeledNoNRL|MRISafetyStatus|rx|otc|deviceSterile|sterilizationPriorToUse";
    private static final String[] CODES = {"FRN", "DQA", "MHX", "CBK", "FOZ", "DQY", "LJS", "FMF", "FMI", "LLZ"};
    private static final String[] CODE_NAMES = {"Pump, Infusion", "Oximeter",
        "Monitor, Physiological, Patient(With Arrhythmia Detection Or Alarms)", "Ventilator, Continuous, Facility Use",
        "Catheter, Intravascular, Therapeutic, Short-Term Less Than 30 Days", "Catheter, Percutaneous",
        "Catheter, Intravascular, Therapeutic, Long-Term Greater Than 30 Days", "Syringe, Piston",
        "Needle, Hypodermic, Single Lumen", "System, Image Processing, Radiological"};
    private static final String[] MRI = {"MR Safe", "MR Unsafe", "MR Conditional",
        "Labeling does not contain MRI Safety Information"};

    private SyntheticGudidRelease() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SyntheticGudidRelease OUT_DIR COUNT [zip]");
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long start = System.nanoTime();
        Path written = args.length > 2 && args[2].equals("zip") ? writeZip(out, count) : writeDirectory(out, count);
        System.out.printf("wrote %s (%,d models) in %.1f s%n", written, count, (System.nanoTime() - start) / 1e9);
    }

    /** Writes the release unzipped into {@code dir} (created if needed); returns {@code dir}. */
    public static Path writeDirectory(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        Map<GudidFile, Writer> writers = new EnumMap<>(GudidFile.class);
        try {
            for (GudidFile file : GudidFile.values()) {
                writers.put(file, new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(dir.resolve(file.fileName())), StandardCharsets.UTF_8), 1 << 16));
            }
            write(writers, count);
        } finally {
            for (Writer w : writers.values()) {
                w.close();
            }
        }
        return dir;
    }

    /** Writes the release as {@code dir/AccessGUDID_Delimited_Synthetic_Release_<count>.zip}; returns the zip. */
    public static Path writeZip(Path dir, int count) throws IOException {
        Path tmp = Files.createTempDirectory("synthetic-gudid");
        try {
            writeDirectory(tmp, count);
            Files.createDirectories(dir);
            Path zip = dir.resolve("AccessGUDID_Delimited_Synthetic_Release_" + count + ".zip");
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (GudidFile file : GudidFile.values()) {
                    z.putNextEntry(new ZipEntry(file.fileName()));
                    Files.copy(tmp.resolve(file.fileName()), z);
                    z.closeEntry();
                }
            }
            return zip;
        } finally {
            for (GudidFile file : GudidFile.values()) {
                Files.deleteIfExists(tmp.resolve(file.fileName()));
            }
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(Map<GudidFile, Writer> w, int count) throws IOException {
        w.get(GudidFile.DEVICE).write(DEVICE_HEADER + "\n");
        w.get(GudidFile.IDENTIFIERS).write("PrimaryDI|deviceId|deviceIdType|deviceIdIssuingAgency|containsDINumber|"
                + "pkgQuantity|pkgDiscontinuedate|pkgStatus|pkgType\n");
        w.get(GudidFile.PRODUCT_CODES).write("PrimaryDI|productCode|productCodeName\n");
        w.get(GudidFile.GMDN_TERMS).write("PrimaryDI|gmdnPTName|gmdnPTDefinition|gmdnCode|gmdnCodeStatus|"
                + "implantable\n");
        w.get(GudidFile.PREMARKET_SUBMISSIONS).write("PrimaryDI|submissionNumber|supplementNumber\n");
        w.get(GudidFile.STERILIZATION_METHOD_TYPES).write("PrimaryDI|sterilizationMethod\n");
        w.get(GudidFile.CONTACTS).write("PrimaryDI|phone|phoneExtension|email\n");
        w.get(GudidFile.DEVICE_SIZES).write("PrimaryDI|sizeType|size (Unit)|size (Value)|sizeText\n");
        w.get(GudidFile.ENVIRONMENTAL_CONDITIONS).write("PrimaryDI|storageHandlingType|storageHandlingHigh (Unit)|"
                + "storageHandlingHigh (Value)|storageHandlingLow (Unit)|storageHandlingLow (Value)|"
                + "storageHandlingSpecialConditionText\n");
        StringBuilder b = new StringBuilder(1024);
        for (int i = 0; i < count; i++) {
            String agency = i % 500 == 499 ? "ICCBBA" : i % 50 == 49 ? "HIBCC" : "GS1";
            String di = primaryDi(i, agency);
            int company = i % 997;
            int code = i % CODES.length;
            boolean sterile = code >= 4 && code <= 8;
            boolean inDistribution = i % 20 != 0;
            b.setLength(0);
            b.append(di).append('|').append(new java.util.UUID(0x5EED_0000_0000_0000L | company, i)).append('|')
                    .append(i % 3 == 0 ? "New" : "Update").append("|Published|").append(1 + i % 7).append('|')
                    .append("2025-").append(two(1 + i % 12)).append('-').append(two(1 + i % 28)).append("|2019-06-01|")
                    .append(inDistribution ? "" : "2024-12-31").append('|')
                    .append(inDistribution ? "In Commercial Distribution" : "Not in Commercial Distribution")
                    .append("|Synthetic ").append(CODES[code]).append(' ').append(company).append("|M-").append(i)
                    .append("|CAT-").append(i).append('|').append(String.format("%09d", 100_000_000 + company))
                    .append("|Synthetic Devices ").append(company).append(" Inc.|1|Synthetic device model ").append(i)
                    .append(", ").append(CODE_NAMES[code].toLowerCase(java.util.Locale.ROOT))
                    .append(" (not a real product)|false|false|").append(agency.equals("ICCBBA")).append("|false|false|")
                    .append(sterile).append('|').append(sterile || i % 2 == 0).append('|').append(!sterile)
                    .append('|').append(i % 4 == 0).append('|').append(sterile).append('|')
                    .append(agency.equals("ICCBBA")).append("|false|").append(sterile).append('|')
                    .append(MRI[i % MRI.length]).append("|true|false|").append(sterile).append("|false\n");
            w.get(GudidFile.DEVICE).write(b.toString());
            w.get(GudidFile.IDENTIFIERS).write(di + "|" + di + "|Primary|" + agency + "|||||\n");
            if (sterile) {
                String pkg = packageDi(i, agency);
                w.get(GudidFile.IDENTIFIERS).write(di + "|" + pkg + "|Package|" + agency + "|" + di
                        + "|10||In Commercial Distribution|Box\n");
                w.get(GudidFile.STERILIZATION_METHOD_TYPES).write(di + "|Ethylene Oxide\n");
            }
            w.get(GudidFile.PRODUCT_CODES).write(di + "|" + CODES[code] + "|" + CODE_NAMES[code] + "\n");
            w.get(GudidFile.GMDN_TERMS).write(di + "|Synthetic term " + code + "|A synthetic GMDN definition for "
                    + "benchmarking.|" + (90_000 + code) + "|Active|false\n");
            w.get(GudidFile.PREMARKET_SUBMISSIONS).write(di + "|K" + (100_000 + i % 900_000) + "|\n");
            // One customer contact per model, as in GUDID; one labeler in seven gives an extension.
            w.get(GudidFile.CONTACTS).write(di + "|+1(555)010-" + String.format("%04d", company) + "|"
                    + (company % 7 == 0 ? Integer.toString(100 + company) : "") + "|udi@synthetic" + company
                    + ".example\n");
            // Sizes for a third of the models (catheters, needles, implants), a third of those with a second one;
            // values are text with decimals as labelers write them.
            if (i % 3 == 1) {
                w.get(GudidFile.DEVICE_SIZES).write(di + "|Length|Millimeter|" + (10 + i % 90) + "|\n");
                if (i % 9 == 1) {
                    w.get(GudidFile.DEVICE_SIZES).write(di + "|Outer Diameter|Millimeter|" + (1 + i % 5) + "."
                            + (i % 10) + "|\n");
                }
            }
            // Storage limits for a quarter of the models (half of them with humidity too), a special condition in
            // words for a few more.
            if (i % 4 == 2) {
                w.get(GudidFile.ENVIRONMENTAL_CONDITIONS).write(di + "|Storage Environment Temperature|Degrees "
                        + "Celsius|" + (25 + i % 16) + "|Degrees Celsius|" + (i % 3 == 0 ? "-20" : "15") + "|\n");
                if (i % 8 == 2) {
                    w.get(GudidFile.ENVIRONMENTAL_CONDITIONS).write(di + "|Storage Environment Humidity|Percent (%) "
                            + "Relative Humidity|85|Percent (%) Relative Humidity|10|\n");
                }
            } else if (i % 25 == 3) {
                w.get(GudidFile.ENVIRONMENTAL_CONDITIONS).write(di + "|Special Storage Condition, Specify||||"
                        + "|Keep dry. Keep away from sunlight.\n");
            }
        }
    }

    /** The primary DI of model {@code i}: a GTIN-14 with a valid check digit, or a HIBCC / ICCBBA DI. */
    static String primaryDi(int i, String agency) {
        if (agency.equals("HIBCC")) {
            return "S" + String.format("%03d", i % 1000) + "P" + Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT)
                    + "0";
        }
        if (agency.equals("ICCBBA")) {
            return "A9999" + String.format("%06d", i % 1_000_000) + "T" + String.format("%04d", i / 1_000_000 % 10_000);
        }
        return gtin("0" + String.format("%012d", 950_700_000_000L + i));
    }

    private static String packageDi(int i, String agency) {
        if (agency.equals("GS1")) {
            return gtin("1" + String.format("%012d", 950_700_000_000L + i));
        }
        String di = primaryDi(i, agency);
        return di.substring(0, di.length() - 1) + "2";
    }

    /** Appends the GS1 mod-10 check digit to 13 digits. */
    static String gtin(String body13) {
        int sum = 0;
        for (int k = 0; k < body13.length(); k++) {
            int d = body13.charAt(body13.length() - 1 - k) - '0';
            sum += k % 2 == 0 ? 3 * d : d;
        }
        return body13 + (10 - sum % 10) % 10;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

}
