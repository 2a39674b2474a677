/**
 * The Identity view (MVVM): per device, its identities validated on request against only the anchors pinned to the
 * device's model, the chain drawn root to leaf with a badge per link (valid, valid with a warning, failed with its
 * rule) and the binding state (bound, unbound, conflicting with both values); per manufacturer, anchors with their
 * pins, binding rules and CRLs; and the life-cycle lists (clones, certificates expiring within N days, revoked, weak
 * and missing identities). {@link org.uditrust.app.identity.IdentityViewModel} is tested without the toolkit;
 * {@link org.uditrust.app.identity.IdentityController} only binds and draws.
 */
package org.uditrust.app.identity;
