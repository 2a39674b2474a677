/**
 * The inventory's application services and the repository interfaces they need: devices (UDI-DI + UDI-PI, status,
 * location), GUDID device models, scan events.
 *
 * <p>Services own transactions ({@link org.uditrust.registry.Transactions}) and write the audit entry of each change
 * in the same transaction. The store implements the interfaces; nothing here knows SQL. The identity of a device is
 * its UDI ({@link org.uditrust.registry.UdiKeys}): the same UDI is never registered twice, whatever carrier it was
 * read from. A label whose production identifiers contradict its GUDID record is registered with
 * {@link org.uditrust.registry.LabelFinding}s, never silently accepted ({@link org.uditrust.registry.LabelChecks}).
 */
package org.uditrust.registry;
