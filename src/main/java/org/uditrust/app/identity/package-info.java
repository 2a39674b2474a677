/**
 * The Identity view (MVVM): per device, its identities validated on request against only the anchors pinned to the
 * device's model, the chain drawn root to leaf with a badge per link (valid, valid with a warning, failed with its
 * rule) and the binding state (bound, unbound, conflicting with both values); per manufacturer, anchors with their
 * pins, binding rules and CRLs; and the life-cycle lists (clones, certificates expiring within N days, revoked, weak
 * and missing identities).
 *
 * <p>It also changes trust and identities, always through the registry services (so every change is audited and a
 * rejected file stores nothing): {@link org.uditrust.app.identity.ManufacturerTrustViewModel} imports a
 * manufacturer's anchors (pinning its roots to a UDI-DI, opening a PKCS#12 with its password), pins and unpins the
 * selected anchor, imports CRLs and edits the binding rule; {@link org.uditrust.app.identity.IdentityViewModel}
 * imports a certificate for the shown device, binds it (bound / conflicting with both values / not asserted) and
 * validates it. Files are named by path (the controller's Browse… and Import… buttons fill it from a file chooser)
 * and read in background tasks. The view models are tested without the toolkit;
 * {@link org.uditrust.app.identity.IdentityController} only binds, chooses files and draws.
 */
package org.uditrust.app.identity;
