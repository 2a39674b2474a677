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
        LocalDate publicVersionDate) {

    public DeviceModel {
        Objects.requireNonNull(primaryDi, "primaryDi");
        Objects.requireNonNull(labelPi, "labelPi");
        identifiers = List.copyOf(identifiers);
        productCodes = List.copyOf(productCodes);
        gmdnTerms = List.copyOf(gmdnTerms);
        premarketSubmissions = List.copyOf(premarketSubmissions);
        sterilizationMethods = List.copyOf(sterilizationMethods);
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
}
