package org.uditrust.audit;

/**
 * Recomputes the chain entry by entry and names the first entry that was altered, removed or inserted. Feed it the
 * entries in sequence order; it keeps only the previous entry in memory.
 */
public final class AuditVerifier {

    private AuditEntry previous;
    private long count;
    private AuditVerification.Broken broken;

    /** Checks the next entry; after the first break, later entries are ignored. */
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
        String expectedPrevious = previous == null ? AuditChain.GENESIS : previous.hash();
        if (!AuditChain.recompute(entry).equals(entry.hash())) {
            broken = new AuditVerification.Broken(entry.sequence(), AuditVerification.Kind.ALTERED,
                    "Audit entry " + entry.sequence() + " (" + entry.change().action() + " of "
                            + entry.change().entityType() + " " + entry.change().entityId()
                            + ") was changed after it was written: its contents no longer match its hash.");
        } else if (entry.sequence() > expectedSequence) {
            broken = new AuditVerification.Broken(expectedSequence, AuditVerification.Kind.REMOVED,
                    "Audit entr" + (entry.sequence() - expectedSequence == 1 ? "y " + expectedSequence + " is"
                            : "ies " + expectedSequence + " to " + (entry.sequence() - 1) + " are")
                            + " missing: removed from the trail.");
        } else if (entry.sequence() < expectedSequence || !entry.previousHash().equals(expectedPrevious)) {
            broken = new AuditVerification.Broken(entry.sequence(), AuditVerification.Kind.INSERTED,
                    "Audit entry " + entry.sequence() + " does not follow entry " + (expectedSequence - 1)
                            + ": it was inserted or the trail was reordered.");
        } else {
            count++;
        }
        previous = entry;
    }

    /** The verdict over everything accepted so far. */
    public AuditVerification result() {
        if (broken != null) {
            return broken;
        }
        return new AuditVerification.Intact(count, previous == null ? AuditChain.GENESIS : previous.hash());
    }

    /** Verifies a whole trail. */
    public static AuditVerification verify(AuditReader reader) {
        AuditVerifier verifier = new AuditVerifier();
        reader.forEachInOrder(verifier::accept);
        return verifier.result();
    }
}
