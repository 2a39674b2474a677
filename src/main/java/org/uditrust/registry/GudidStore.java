package org.uditrust.registry;

/** Where GUDID releases are imported to (implemented by the store). */
public interface GudidStore {

    enum ReleaseKind { FULL, DELTA }

    /** Opens a fresh staging area, discarding any left by an interrupted import. */
    GudidStaging beginImport(ReleaseKind kind);
}
