package org.uditrust.registry.gudid;

import org.uditrust.registry.DeviceModel;

/**
 * Receives the rows of a release as {@link AccessGudidRelease#read} maps them, file by file ({@code device.txt}
 * first). Methods mirror {@link org.uditrust.registry.GudidStaging}, one per stored file. Exceptions thrown here
 * stop the read and reach its caller.
 */
public interface GudidRowVisitor {

    /** A {@code device.txt} row: the model with empty child lists and, as the file has no such column, no issuing agency. */
    void device(DeviceModel model);

    void identifier(String primaryDi, DeviceModel.Identifier identifier);

    void productCode(String primaryDi, DeviceModel.ProductCode productCode);

    void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term);

    void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission);

    void sterilizationMethod(String primaryDi, String method);

    void contact(String primaryDi, DeviceModel.Contact contact);

    void deviceSize(String primaryDi, DeviceModel.DeviceSize size);

    void storageCondition(String primaryDi, DeviceModel.StorageCondition condition);
}
