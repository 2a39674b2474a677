/**
 * Read-only outputs of the inventory. So far the exports ({@link org.uditrust.report.InventoryExports}), streamed
 * from one read transaction in constant memory:
 *
 * <ul>
 *   <li>CSV with a header whose first columns are the ones the device import reads, so export then import gives
 *   the same devices (UTF-8 with BOM, CRLF, formula-looking cells guarded with an apostrophe for spreadsheets).</li>
 *   <li>JSON as one array or JSON Lines; the GUDID model (brand, version/model, company, GMDN…) when known.</li>
 *   <li>FHIR R4 {@code Device} resources with {@code udiCarrier}, as NDJSON (Bulk Data style, the default for
 *   large sets) or one {@code Bundle} of type {@code collection}; mapping decisions in {@code FhirDevices}.</li>
 * </ul>
 * Uses {@code udi} and {@code registry} (and Jackson), never the store.
 */
package org.uditrust.report;
