package org.uditrust.registry.gudid;

import java.util.List;
import org.uditrust.registry.DeviceModel;

/** Turns release rows into registry values and hands them to a visitor. */
final class GudidRowMapper {

    private GudidRowMapper() {
    }

    /** Maps one row of {@code file}; returns false when the row was skipped (its problem is recorded). */
    static boolean map(GudidFile file, Row row, GudidRowVisitor visitor) {
        String primaryDi = row.required("PrimaryDI");
        if (primaryDi == null) {
            return false;
        }
        switch (file) {
            case DEVICE:
                visitor.device(device(primaryDi, row));
                return true;
            case IDENTIFIERS: {
                String id = row.required("deviceId");
                String type = id == null ? null : row.required("deviceIdType");
                if (type == null) {
                    return false;
                }
                visitor.identifier(primaryDi, new DeviceModel.Identifier(id, type, row.text("deviceIdIssuingAgency"),
                        row.integer("pkgQuantity"), row.text("pkgType")));
                return true;
            }
            case PRODUCT_CODES: {
                String code = row.required("productCode");
                if (code == null) {
                    return false;
                }
                visitor.productCode(primaryDi, new DeviceModel.ProductCode(code, row.text("productCodeName")));
                return true;
            }
            case GMDN_TERMS: {
                String name = row.required("gmdnPTName");
                if (name == null) {
                    return false;
                }
                visitor.gmdnTerm(primaryDi, new DeviceModel.GmdnTerm(row.text("gmdnCode"), name,
                        row.text("gmdnPTDefinition"), row.bool("implantable")));
                return true;
            }
            case PREMARKET_SUBMISSIONS: {
                String number = row.required("submissionNumber");
                if (number == null) {
                    return false;
                }
                visitor.premarketSubmission(primaryDi,
                        new DeviceModel.PremarketSubmission(number, row.text("supplementNumber")));
                return true;
            }
            case STERILIZATION_METHOD_TYPES: {
                String method = row.required("sterilizationMethod");
                if (method == null) {
                    return false;
                }
                visitor.sterilizationMethod(primaryDi, method);
                return true;
            }
            case CONTACTS: {
                String phone = row.text("phone");
                String email = row.text("email");
                if (phone == null && email == null) {
                    row.problem("phone", "gudid.empty-contact", "The contact has neither a phone nor an e-mail;"
                            + " the row was skipped.", true);
                    return false;
                }
                visitor.contact(primaryDi, new DeviceModel.Contact(phone, row.text("phoneExtension"), email));
                return true;
            }
            case DEVICE_SIZES: {
                String type = row.required("sizeType");
                if (type == null) {
                    return false;
                }
                visitor.deviceSize(primaryDi, new DeviceModel.DeviceSize(type, row.text("size (Unit)"),
                        row.text("size (Value)"), row.text("sizeText")));
                return true;
            }
            case ENVIRONMENTAL_CONDITIONS: {
                String type = row.required("storageHandlingType");
                if (type == null) {
                    return false;
                }
                visitor.storageCondition(primaryDi, new DeviceModel.StorageCondition(type,
                        row.text("storageHandlingHigh (Unit)"), row.text("storageHandlingHigh (Value)"),
                        row.text("storageHandlingLow (Unit)"), row.text("storageHandlingLow (Value)"),
                        specialConditionText(row)));
                return true;
            }
            default:
                throw new IllegalArgumentException("no mapping for " + file);
        }
    }

    /**
     * The sample and the lookup JSON say storageHandlingSpecialConditionText; FDA's element list says
     * SpecialConditionText.
     */
    private static String specialConditionText(Row row) {
        String text = row.text("storageHandlingSpecialConditionText");
        return text != null ? text : row.text("specialConditionText");
    }

    private static DeviceModel device(String primaryDi, Row row) {
        DeviceModel.PiFlags pi = new DeviceModel.PiFlags(row.flag("lotBatch"), row.flag("serialNumber"),
                row.flag("manufacturingDate"), row.flag("expirationDate"), row.flag("donationIdNumber"));
        return new DeviceModel(primaryDi, null, row.text("brandName"), row.text("versionModelNumber"),
                row.text("catalogNumber"), row.text("companyName"), row.text("dunsNumber"),
                row.text("deviceDescription"), row.text("deviceCommDistributionStatus"),
                row.date("deviceCommDistributionEndDate"), row.text("MRISafetyStatus"), row.bool("deviceSterile"),
                row.bool("sterilizationPriorToUse"), row.bool("singleUse"), pi, List.of(), List.of(), List.of(),
                List.of(), List.of(), row.integer("publicVersionNumber"), row.date("publicVersionDate"));
    }
}
