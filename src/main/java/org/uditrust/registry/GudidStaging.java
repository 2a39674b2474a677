package org.uditrust.registry;

/**
 * A GUDID release being imported. The AccessGUDID delimited release is one file per table, each keyed by PrimaryDI
 * and several GB in all, so rows are staged file by file (memory stays flat; the store joins them) and replace
 * (full release) or update (delta release) the live models in one transaction at {@link #commit}. An interrupted
 * import leaves the previous data intact. Not thread-safe: one importer writes it.
 */
public interface GudidStaging extends AutoCloseable {

    /** A {@code device.txt} row: the model with empty child lists. */
    void device(DeviceModel model);

    /** An {@code identifiers.txt} row of the model {@code primaryDi}. */
    void identifier(String primaryDi, DeviceModel.Identifier identifier);

    /** A {@code productCodes.txt} row. */
    void productCode(String primaryDi, DeviceModel.ProductCode productCode);

    /** A {@code gmdnTerms.txt} row. */
    void gmdnTerm(String primaryDi, DeviceModel.GmdnTerm term);

    /** A {@code premarketSubmissions.txt} row. */
    void premarketSubmission(String primaryDi, DeviceModel.PremarketSubmission submission);

    /** A {@code sterilizationMethodTypes.txt} row. */
    void sterilizationMethod(String primaryDi, String method);

    /** A {@code contacts.txt} row: a customer contact of the labeler. */
    void contact(String primaryDi, DeviceModel.Contact contact);

    /** A {@code deviceSizes.txt} row. */
    void deviceSize(String primaryDi, DeviceModel.DeviceSize size);

    /** An {@code environmentalConditions.txt} row: a storage or handling condition. */
    void storageCondition(String primaryDi, DeviceModel.StorageCondition condition);

    /** Device rows staged so far. */
    long devicesStaged();

    /**
     * Swaps the staged release in (full) or merges it (delta: staged models replace live ones with the same primary
     * DI, with all their child rows) in one transaction, writes one audit entry summarising the import, and returns
     * the number of models now live.
     */
    long commit(String actor, String releaseName);

    /** Drops the staging area without touching live data; also what {@link #close} does when not committed. */
    @Override
    void close();
}
