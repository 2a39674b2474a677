package org.uditrust.audit;

/** What checking the whole audit trail found. */
public sealed interface AuditVerification permits AuditVerification.Intact, AuditVerification.Broken {

    /**
     * Every link holds.
     *
     * @param entries  how many entries were checked
     * @param headHash the hash of the last entry: write it down (or print it in a report) to detect later truncation
     */
    record Intact(long entries, String headHash) implements AuditVerification {
    }

    /**
     * The first entry where the chain breaks.
     *
     * @param sequence the sequence number of the first bad entry (or where one is missing)
     * @param kind     how it broke
     * @param message  one sentence for the auditor
     */
    record Broken(long sequence, Kind kind, String message) implements AuditVerification {
    }

    enum Kind {
        /** The entry's fields no longer match its hash: it was edited. */
        ALTERED,
        /** A sequence number is missing: an entry was removed. */
        REMOVED,
        /** The entry's hash is right but it does not link to the entry before: it was inserted or reordered. */
        INSERTED
    }
}
