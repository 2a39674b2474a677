package org.uditrust.identity.ca;

import java.util.ArrayList;
import java.util.List;

/** Every request's outcome, in request order. */
public record BatchResult(List<DeviceIssue> outcomes) {

    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<IssuedDeviceCertificate> issued() {
        List<IssuedDeviceCertificate> out = new ArrayList<>();
        for (DeviceIssue o : outcomes) {
            if (o instanceof DeviceIssue.Issued) {
                out.add(((DeviceIssue.Issued) o).certificate());
            }
        }
        return out;
    }

    public List<DeviceIssue.Rejected> rejected() {
        List<DeviceIssue.Rejected> out = new ArrayList<>();
        for (DeviceIssue o : outcomes) {
            if (o instanceof DeviceIssue.Rejected) {
                out.add((DeviceIssue.Rejected) o);
            }
        }
        return out;
    }
}
