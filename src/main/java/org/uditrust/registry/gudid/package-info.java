/**
 * GUDID reference data: FDA's Global Unique Device Identification Database, as NLM's AccessGUDID publishes it.
 *
 * <ul>
 *   <li>{@link org.uditrust.registry.gudid.AccessGudidRelease} reads the delimited release (full or delta, zipped
 *       or unzipped): one pipe-delimited file per table, each with a header row, every row keyed by
 *       {@code PrimaryDI}. Columns are found by header name; a file missing a mapped column is refused before
 *       anything is staged; faulty rows become {@link org.uditrust.registry.gudid.RowProblem}s (file and line),
 *       counted and listed up to a cap; lines and field counts are size-limited. Files are streamed line by line
 *       through a fixed buffer, so a multi-gigabyte release imports in constant memory.</li>
 *   <li>{@link org.uditrust.registry.gudid.GudidImportService} stages those rows into a
 *       {@link org.uditrust.registry.GudidStore} and commits once, reporting {@link
 *       org.uditrust.registry.gudid.ImportProgress} and honouring {@link org.uditrust.registry.gudid.Cancellation};
 *       any failure or cancellation leaves the live data untouched (a full release is swapped in by renaming
 *       the staging tables over the live ones, in one transaction).</li>
 *   <li>{@link org.uditrust.registry.gudid.GudidLookupJson} reads a single AccessGUDID {@code devices/lookup.json}
 *       response into a {@link org.uditrust.registry.DeviceModel}.</li>
 * </ul>
 *
 * <p>{@code device.txt} has no issuing-agency column: device rows are staged with a null agency and the agency
 * arrives with the model's {@code Primary} row of {@code identifiers.txt}. Every file read is stored: besides
 * identifiers, product codes, GMDN terms, premarket submissions and sterilisation methods, the labeler's customer
 * contacts ({@code contacts.txt}: phone, extension, e-mail; a row with neither phone nor e-mail is skipped as a
 * problem), device sizes ({@code deviceSizes.txt}) and storage/handling conditions
 * ({@code environmentalConditions.txt}) become {@link org.uditrust.registry.DeviceModel.Contact},
 * {@link org.uditrust.registry.DeviceModel.DeviceSize} and {@link org.uditrust.registry.DeviceModel.StorageCondition}
 * values, from the release and from lookup JSON alike. Sizes and limits are kept as the text given ({@code 3.0},
 * {@code -10}), never as floating-point numbers. The sample release in {@code samples/gudid/} shows the layout.
 * Plain Java and Jackson only: no SQL, no UI toolkit.
 */
package org.uditrust.registry.gudid;
