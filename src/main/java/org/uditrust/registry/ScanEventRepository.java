package org.uditrust.registry;

import java.util.List;

/** Scan events in the store. */
public interface ScanEventRepository {

    ScanEvent insert(ScanEvent event);

    /** The newest events first. */
    List<ScanEvent> recent(int limit);
}
