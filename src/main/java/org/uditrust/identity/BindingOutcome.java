package org.uditrust.identity;

import java.util.Objects;

/** Whether a certificate's assertions match a device's label ({@link IdentityBinder#check}). */
public sealed interface BindingOutcome {

    /** The field names used in outcomes. */
    String DI = "di";
    String SERIAL = "serial";

    /** The certificate names exactly this device: same model (GTIN-14 compared) and same serial. */
    record Bound(String di, String serial) implements BindingOutcome {
        public Bound {
            Objects.requireNonNull(di, "di");
            Objects.requireNonNull(serial, "serial");
        }
    }

    /** The certificate does not carry {@code field} where the rule looks; it can be neither bound nor refuted. */
    record NotAsserted(String field, String reason) implements BindingOutcome {
        public NotAsserted {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The certificate names another device: {@code field} differs. {@code labelValue} is null when the label does
     * not carry the field (a device without a serial cannot be bound to a per-device certificate).
     */
    record Conflicting(String field, String certificateValue, String labelValue) implements BindingOutcome {
        public Conflicting {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(certificateValue, "certificateValue");
        }

        /** One sentence for the user. */
        public String message() {
            return "The certificate's " + field + " is " + certificateValue + " but the label's is "
                    + (labelValue == null ? "absent" : labelValue) + ".";
        }
    }
}
