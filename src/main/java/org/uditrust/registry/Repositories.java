package org.uditrust.registry;

import org.uditrust.audit.AuditLog;
import org.uditrust.audit.AuditReader;

/**
 * The repositories bound to one transaction. Everything written through them, audit entries included, commits or
 * rolls back together.
 */
public record Repositories(DeviceRepository devices, ModelRepository models, ScanEventRepository scans,
                           AuditLog audit, AuditReader auditTrail, TrustRepository trust,
                           IdentityRepository identities) {
}
