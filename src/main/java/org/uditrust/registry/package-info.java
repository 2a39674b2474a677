/**
 * The inventory's application services and the repository interfaces they need: devices (UDI-DI + UDI-PI, status,
 * location), GUDID device models, scan events.
 *
 * <p>Services own transactions ({@link org.uditrust.registry.Transactions}) and write the audit entry of each change
 * in the same transaction. The store implements the interfaces; nothing here knows SQL. The identity of a device is
 * its UDI ({@link org.uditrust.registry.UdiKeys}): the same UDI is never registered twice, whatever carrier it was
 * read from. A label whose production identifiers contradict its GUDID record is registered with
 * {@link org.uditrust.registry.LabelFinding}s, never silently accepted ({@link org.uditrust.registry.LabelChecks}).
 *
 * <p>Device identities (issue 5): {@link org.uditrust.registry.ManufacturerTrustService} keeps each manufacturer's
 * trust anchors, their pins to models (UDI-DI as GTIN-14), binding rules, CRLs (newest per issuer) and OCSP
 * responses; {@link org.uditrust.registry.IdentityService} imports device certificates (the CA certificates beside
 * them become untrusted intermediates), binds them to devices by the manufacturer's rule (a conflicting one is
 * recorded, never bound), records symmetric keys and what the provisioning CA issued;
 * {@link org.uditrust.registry.IdentityValidationService} validates with only the anchors pinned to the device's
 * model, re-validates everything page by page, and answers the life-cycle lists (clones, expiring, revoked, missing
 * or weak identities). A file is read and checked whole before anything of it is stored.
 */
package org.uditrust.registry;
