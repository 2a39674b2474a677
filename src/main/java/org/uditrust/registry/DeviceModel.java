package org.uditrust.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A device model as FDA's GUDID describes it, keyed by its primary UDI-DI. Field names follow the AccessGUDID
 * delimited release ({@code device.txt} and its child files); see the project's domain primer gudid.md.
 *
 * @param primaryDi                 the primary DI (GTIN-14, HIBC LIC+PCN+U/M, ISBT 128 PPIC)
 * @param issuingAgency             GS1, HIBCC or ICCBBA as GUDID spells it
 * @param brandName                 brand
 * @param versionModelNumber        version or model
 * @param catalogNumber             catalog number, or null
 * @param companyName               labeler
 * @param dunsNumber                labeler DUNS, or null
 * @param deviceDescription         free text description, or null
 * @param commercialDistributionStatus "In Commercial Distribution" or "Not in Commercial Distribution"
 * @param commercialDistributionEndDate end of distribution, or null
 * @param mriSafetyStatus           GUDID MRI safety text, or null
 * @param sterile                   labelled sterile, or null if unknown
 * @param sterilizationPriorToUse   must be sterilised before use, or null
 * @param singleUse                 single use, or null
 * @param labelPi                   which production identifiers the label carries
 * @param identifiers               every DI of the model (primary, package, unit of use, direct marking, previous)
 * @param productCodes              FDA product codes
 * @param gmdnTerms                 GMDN preferred terms
 * @param premarketSubmissions      510(k), PMA, De Novo numbers
 * @param sterilizationMethods      sterilisation methods
 * @param publicVersionNumber       GUDID record version, or null
 * @param publicVersionDate         GUDID record version date, or null
 * @param contacts                  the labeler's customer contacts for this model ({@code contacts.txt})
 * @param deviceSizes               clinically relevant sizes ({@code deviceSizes.txt})
 * @param storageConditions         storage and handling conditions ({@code environmentalConditions.txt})
 */
public record DeviceModel(
        String primaryDi,
        String issuingAgency,
        String brandName,
        String versionModelNumber,
        String catalogNumber,
        String companyName,
        String dunsNumber,
        String deviceDescription,
        String commercialDistributionStatus,
        LocalDate commercialDistributionEndDate,
        String mriSafetyStatus,
        Boolean sterile,
        Boolean sterilizationPriorToUse,
        Boolean singleUse,
        PiFlags labelPi,
        List<Identifier> identifiers,
        List<ProductCode> productCodes,
        List<GmdnTerm> gmdnTerms,
        List<PremarketSubmission> premarketSubmissions,
        List<String> sterilizationMethods,
        Integer publicVersionNumber,
        LocalDate publicVersionDate,
        List<Contact> contacts,
        List<DeviceSize> deviceSizes,
        List<StorageCondition> storageConditions) {

    public DeviceModel {
        Objects.requireNonNull(primaryDi, "primaryDi");
        Objects.requireNonNull(labelPi, "labelPi");
        identifiers = List.copyOf(identifiers);
        productCodes = List.copyOf(productCodes);
        gmdnTerms = List.copyOf(gmdnTerms);
        premarketSubmissions = List.copyOf(premarketSubmissions);
        sterilizationMethods = List.copyOf(sterilizationMethods);
        contacts = List.copyOf(contacts);
        deviceSizes = List.copyOf(deviceSizes);
        storageConditions = List.copyOf(storageConditions);
    }

    /**
     * A model without contacts, sizes or storage conditions: the shape before those were stored, kept so callers
     * that do not know them (tests, CSV fixtures) need not spell three empty lists.
     */
    public DeviceModel(String primaryDi, String issuingAgency, String brandName, String versionModelNumber,
                       String catalogNumber, String companyName, String dunsNumber, String deviceDescription,
                       String commercialDistributionStatus, LocalDate commercialDistributionEndDate,
                       String mriSafetyStatus, Boolean sterile, Boolean sterilizationPriorToUse, Boolean singleUse,
                       PiFlags labelPi, List<Identifier> identifiers, List<ProductCode> productCodes,
                       List<GmdnTerm> gmdnTerms, List<PremarketSubmission> premarketSubmissions,
                       List<String> sterilizationMethods, Integer publicVersionNumber, LocalDate publicVersionDate) {
        this(primaryDi, issuingAgency, brandName, versionModelNumber, catalogNumber, companyName, dunsNumber,
                deviceDescription, commercialDistributionStatus, commercialDistributionEndDate, mriSafetyStatus,
                sterile, sterilizationPriorToUse, singleUse, labelPi, identifiers, productCodes, gmdnTerms,
                premarketSubmissions, sterilizationMethods, publicVersionNumber, publicVersionDate, List.of(),
                List.of(), List.of());
    }

    /** This model with other contacts, sizes and storage conditions (the rest unchanged). */
    public DeviceModel withExtras(List<Contact> contacts, List<DeviceSize> deviceSizes,
                                  List<StorageCondition> storageConditions) {
        return new DeviceModel(primaryDi, issuingAgency, brandName, versionModelNumber, catalogNumber, companyName,
                dunsNumber, deviceDescription, commercialDistributionStatus, commercialDistributionEndDate,
                mriSafetyStatus, sterile, sterilizationPriorToUse, singleUse, labelPi, identifiers, productCodes,
                gmdnTerms, premarketSubmissions, sterilizationMethods, publicVersionNumber, publicVersionDate,
                contacts, deviceSizes, storageConditions);
    }

    /** Which PI fields GUDID says the label carries ({@code lotBatch}, {@code serialNumber}, …). */
    public record PiFlags(boolean lot, boolean serial, boolean manufacturingDate, boolean expirationDate,
                          boolean donationId) {
    }

    /**
     * One DI of the model ({@code identifiers.txt}).
     *
     * @param deviceId        the DI
     * @param type            Primary, Secondary, Direct Marking, Unit of Use, Package, Previous
     * @param issuingAgency   GS1, HIBCC, ICCBBA
     * @param packageQuantity devices in the package, or null
     * @param packageType     package type text, or null
     */
    public record Identifier(String deviceId, String type, String issuingAgency, Integer packageQuantity,
                             String packageType) {
        public Identifier {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(type, "type");
        }
    }

    /** An FDA product code ({@code productCodes.txt}), e.g. FRN "Pump, Infusion". */
    public record ProductCode(String code, String name) {
        public ProductCode {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A GMDN preferred term ({@code gmdnTerms.txt}). */
    public record GmdnTerm(String code, String name, String definition, Boolean implantable) {
        public GmdnTerm {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A premarket submission ({@code premarketSubmissions.txt}): K…, P…, DEN…, with its supplement. */
    public record PremarketSubmission(String number, String supplement) {
        public PremarketSubmission {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * A customer contact of the labeler for this model ({@code contacts.txt}, lookup JSON
     * {@code contacts.customerContact[]}): what a recall team calls or writes to. At least a phone or an e-mail.
     *
     * @param phone          phone number as GUDID gives it, e.g. {@code +1(555)010-2000}, or null
     * @param phoneExtension extension, or null
     * @param email          e-mail address, or null
     */
    public record Contact(String phone, String phoneExtension, String email) {
        public Contact {
            if (phone == null && email == null) {
                throw new IllegalArgumentException("a GUDID contact has a phone or an e-mail");
            }
        }
    }

    /**
     * A clinically relevant size ({@code deviceSizes.txt}, lookup JSON {@code deviceSizes.deviceSize[]}). The value
     * is kept as the text GUDID gives ({@code 3.0} stays {@code 3.0}), never as a floating-point number.
     *
     * @param type  e.g. Length, Outer Diameter, Catheter Gauge
     * @param unit  e.g. Millimeter, French, or null
     * @param value e.g. {@code 140}, or null (then {@code text} says it)
     * @param text  free text size ("Size, Specify"), or null
     */
    public record DeviceSize(String type, String unit, String value, String text) {
        public DeviceSize {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * A storage or handling condition ({@code environmentalConditions.txt}, lookup JSON
     * {@code environmentalConditions.storageHandling[]}), e.g. a storage temperature from 15 to 30 Degrees
     * Celsius, or a special condition in words. Values are kept as text, as for sizes.
     *
     * @param type                 e.g. Storage Environment Temperature, Special Storage Condition, Specify
     * @param highUnit             unit of the upper limit, or null
     * @param highValue            upper limit, or null
     * @param lowUnit              unit of the lower limit, or null
     * @param lowValue             lower limit, or null
     * @param specialConditionText the condition in words, or null
     */
    public record StorageCondition(String type, String highUnit, String highValue, String lowUnit, String lowValue,
                                   String specialConditionText) {
        public StorageCondition {
            Objects.requireNonNull(type, "type");
        }
    }
}
