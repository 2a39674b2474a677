package org.uditrust.app.identity;

import java.util.Objects;

/**
 * One certificate of a drawn chain.
 *
 * @param depth   0 for the root (or the topmost certificate found), +1 per link towards the leaf
 * @param subject the certificate's subject
 * @param status  "Trust anchor", "Valid", or the rule and sentence that failed
 * @param passes  false when a finding about this certificate fails the path
 * @param warned  true when it passes with warnings (revocation unknown, flagged weakness)
 */
public record ChainRow(int depth, String subject, String status, boolean passes, boolean warned) {
    public ChainRow {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
    }
}
