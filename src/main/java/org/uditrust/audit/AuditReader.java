package org.uditrust.audit;

import java.util.List;
import java.util.function.Consumer;

/** Reads the audit trail. */
public interface AuditReader {

    /** Every entry in sequence order, streamed to {@code sink} without holding the trail in memory. */
    void forEachInOrder(Consumer<AuditEntry> sink);

    /** One page of entries matching {@code query}, newest first. */
    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
