package org.uditrust.identity;

import java.util.Objects;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.Udi;

/**
 * Decides whether a certificate belongs to a labelled device: the manufacturer's {@link BindingRule} says where the
 * certificate carries the model and the serial; both must equal the label's. The model is compared first (a
 * certificate for another model is a conflict whatever its serial). Thread-safe.
 */
public final class IdentityBinder {

    private final UdiUri.Reader uris;

    /** @param options parse options for Digital Link SAN URIs (their clock serves the GS1 century rule only) */
    public IdentityBinder(ParseOptions options) {
        this.uris = UdiUri.reader(Objects.requireNonNull(options, "options"));
    }

    /** What {@code certificate} asserts under {@code rule}. */
    public IdentityClaims claims(CertificateInfo certificate, BindingRule rule) {
        return IdentityClaims.read(certificate, rule, uris);
    }

    public BindingOutcome check(CertificateInfo certificate, BindingRule rule, Udi label) {
        Objects.requireNonNull(label, "label");
        return check(claims(certificate, rule), label.di(), label.serial());
    }

    /** The same decision from claims already read and the label's DI and serial (serial may be null). */
    public static BindingOutcome check(IdentityClaims claims, String labelDi, String labelSerial) {
        Objects.requireNonNull(labelDi, "labelDi");
        if (claims.di() == null) {
            return new BindingOutcome.NotAsserted(BindingOutcome.DI, claims.diReason());
        }
        String di = DeviceIdentifiers.normalize(labelDi);
        if (!claims.di().equals(di)) {
            return new BindingOutcome.Conflicting(BindingOutcome.DI, claims.di(), di);
        }
        if (claims.serial() == null) {
            return new BindingOutcome.NotAsserted(BindingOutcome.SERIAL, claims.serialReason());
        }
        if (!claims.serial().equals(labelSerial)) {
            return new BindingOutcome.Conflicting(BindingOutcome.SERIAL, claims.serial(), labelSerial);
        }
        return new BindingOutcome.Bound(di, labelSerial);
    }
}
