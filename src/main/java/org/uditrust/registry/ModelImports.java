package org.uditrust.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.uditrust.audit.AuditChange;
import org.uditrust.audit.CanonicalJson;

/**
 * Stores single GUDID models (an AccessGUDID lookup response, a manual entry) with their audit entry in one
 * transaction: a model change is audited like any other (issue #4), and the repository's upsert alone does not.
 */
public final class ModelImports {

    private final Transactions transactions;

    public ModelImports(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Inserts or replaces {@code model}; returns true if it was new. {@code source} names where it came from. */
    public boolean store(DeviceModel model, String source, Actor actor) {
        return transactions.write(repos -> {
            DeviceModel before = repos.models().byDi(model.primaryDi())
                    .filter(m -> m.primaryDi().equals(model.primaryDi())).orElse(null);
            repos.models().upsert(model);
            repos.audit().append(actor.auditName(), new AuditChange(before == null ? "model.insert" : "model.update",
                    "model", model.primaryDi(), before == null ? null : auditJson(before, null),
                    auditJson(model, source)));
            return before == null;
        });
    }

    /** The fields a person recognises a model by; the full record stays in the model tables. */
    static String auditJson(DeviceModel m, String source) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("primaryDi", m.primaryDi());
        o.put("issuingAgency", m.issuingAgency());
        o.put("brandName", m.brandName());
        o.put("versionModelNumber", m.versionModelNumber());
        o.put("catalogNumber", m.catalogNumber());
        o.put("companyName", m.companyName());
        o.put("commercialDistributionStatus", m.commercialDistributionStatus());
        o.put("publicVersionNumber", m.publicVersionNumber() == null ? null : m.publicVersionNumber().longValue());
        o.put("identifiers", m.identifiers().stream().map(DeviceModel.Identifier::deviceId).toList());
        if (source != null) {
            o.put("source", source);
        }
        return CanonicalJson.write(o);
    }
}
