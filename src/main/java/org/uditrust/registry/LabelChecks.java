package org.uditrust.registry;

import java.util.ArrayList;
import java.util.List;
import org.uditrust.udi.Udi;

/**
 * Compares a label with its GUDID record. GUDID says which production identifiers the label of a model carries
 * (21 CFR 830.310: lot, serial, manufacturing date, expiration date, donation id); a label that carries more or
 * fewer is flagged, never silently accepted: either the label is wrong, or the GUDID record is.
 */
public final class LabelChecks {

    private LabelChecks() {
    }

    public static List<LabelFinding> against(Udi udi, DeviceModel model) {
        List<LabelFinding> findings = new ArrayList<>();
        if (model == null) {
            return findings;
        }
        DeviceModel.PiFlags pi = model.labelPi();
        check(findings, "lot", "a lot or batch", udi.lot() != null, pi.lot());
        check(findings, "serial", "a serial number", udi.serial() != null, pi.serial());
        check(findings, "expiry", "an expiration date", udi.expiry() != null, pi.expirationDate());
        check(findings, "manufactured", "a manufacturing date", udi.manufactured() != null, pi.manufacturingDate());
        check(findings, "donation-id", "a donation identification number", udi.donationId() != null,
                pi.donationId());
        String status = model.commercialDistributionStatus();
        if (status != null && status.toLowerCase(java.util.Locale.ROOT).startsWith("not")) {
            findings.add(new LabelFinding("gudid.not-in-distribution", "GUDID lists model " + model.primaryDi()
                    + " as not in commercial distribution"
                    + (model.commercialDistributionEndDate() == null ? "" : " since "
                    + model.commercialDistributionEndDate()) + "."));
        }
        return findings;
    }

    private static void check(List<LabelFinding> findings, String field, String what, boolean onLabel,
                              boolean inGudid) {
        if (onLabel && !inGudid) {
            findings.add(new LabelFinding("gudid." + field + "-unexpected",
                    "The label carries " + what + ", but GUDID says this model's label has none."));
        } else if (!onLabel && inGudid) {
            findings.add(new LabelFinding("gudid." + field + "-missing",
                    "GUDID says this model's label carries " + what + ", but the scanned label has none."));
        }
    }
}
