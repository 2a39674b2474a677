package org.uditrust.registry.gudid;

import java.util.List;
import java.util.Locale;

/**
 * The files of an AccessGUDID delimited release that UDI Trust reads, with the columns each must have.
 *
 * <p>Column names are those of the release's header rows (the same names FDA's GUDID data-element reference and
 * the lookup JSON use; {@code pkgDiscontinuedate} is spelled with a lower-case d in the file). Only the columns this
 * importer maps are required: a release that adds columns still imports, one that lost a mapped column is refused
 * before anything is staged. Every file is keyed by {@code PrimaryDI}.
 */
public enum GudidFile {

    DEVICE("device.txt", List.of("PrimaryDI", "publicVersionNumber", "publicVersionDate",
            "deviceCommDistributionEndDate", "deviceCommDistributionStatus", "brandName", "versionModelNumber",
            "catalogNumber", "dunsNumber", "companyName", "deviceDescription", "singleUse", "lotBatch",
            "serialNumber", "manufacturingDate", "expirationDate", "donationIdNumber", "MRISafetyStatus",
            "deviceSterile", "sterilizationPriorToUse")),
    IDENTIFIERS("identifiers.txt", List.of("PrimaryDI", "deviceId", "deviceIdType", "deviceIdIssuingAgency")),
    PRODUCT_CODES("productCodes.txt", List.of("PrimaryDI", "productCode")),
    GMDN_TERMS("gmdnTerms.txt", List.of("PrimaryDI", "gmdnPTName")),
    PREMARKET_SUBMISSIONS("premarketSubmissions.txt", List.of("PrimaryDI", "submissionNumber")),
    STERILIZATION_METHOD_TYPES("sterilizationMethodTypes.txt", List.of("PrimaryDI", "sterilizationMethod")),
    /** The labeler's customer contacts: phone, extension, e-mail. */
    CONTACTS("contacts.txt", List.of("PrimaryDI", "phone", "email")),
    /** Sizes: the value is kept as text ({@code size (Value)}), with its unit. */
    DEVICE_SIZES("deviceSizes.txt", List.of("PrimaryDI", "sizeType", "size (Unit)", "size (Value)")),
    /**
     * Storage and handling conditions. Only the type is required: the limit columns are read under the names the
     * sample and the lookup JSON use ({@code storageHandlingHigh (Unit)}, …), and a row may give only a special
     * condition in words.
     */
    ENVIRONMENTAL_CONDITIONS("environmentalConditions.txt", List.of("PrimaryDI", "storageHandlingType"));

    private final String fileName;
    private final List<String> requiredColumns;

    GudidFile(String fileName, List<String> requiredColumns) {
        this.fileName = fileName;
        this.requiredColumns = requiredColumns;
    }

    /** The name in the release, e.g. {@code device.txt}. */
    public String fileName() {
        return fileName;
    }

    /** Columns the header row must name (by {@link Header#normalize normalized} name). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The file whose name (any folder, any letter case) is {@code name}, or null. */
    static GudidFile byFileName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        for (GudidFile f : values()) {
            if (f.fileName.toLowerCase(Locale.ROOT).equals(base)) {
                return f;
            }
        }
        return null;
    }
}
