package org.uditrust.identity;

import java.util.List;
import java.util.Objects;

/** A sign that a device identity was copied: the same key or the same name where there should be one of each. */
public sealed interface CloneFinding {

    /** The certificates involved (SHA-256 fingerprints), sorted. */
    List<String> fingerprints();

    /** One sentence for the user. */
    String message();

    /** Stable code tools key on. */
    String code();

    /** One public key held by two or more devices: a private key was copied (or a key pair was shared). */
    record SharedKey(String publicKeySha256, List<Long> deviceIds, List<String> fingerprints)
            implements CloneFinding {
        public SharedKey {
            Objects.requireNonNull(publicKeySha256, "publicKeySha256");
            deviceIds = List.copyOf(deviceIds);
            fingerprints = List.copyOf(fingerprints);
        }

        @Override
        public String message() {
            return "One public key (SHA-256 " + publicKeySha256 + ") is held by " + deviceIds.size()
                    + " devices (ids " + deviceIds + ").";
        }

        @Override
        public String code() {
            return "clone.shared-key";
        }
    }

    /** Two or more different keys each claim the same UDI (DI + serial): at most one of them is the device. */
    record SharedUdi(String di, String serial, List<String> publicKeys, List<String> fingerprints)
            implements CloneFinding {
        public SharedUdi {
            Objects.requireNonNull(di, "di");
            Objects.requireNonNull(serial, "serial");
            publicKeys = List.copyOf(publicKeys);
            fingerprints = List.copyOf(fingerprints);
        }

        @Override
        public String message() {
            return publicKeys.size() + " different keys claim the UDI with DI " + di + " and serial " + serial + ".";
        }

        @Override
        public String code() {
            return "clone.shared-udi";
        }
    }

    /**
     * One issuer and certificate serial on different certificates: RFC 5280 §4.1.2.2 makes the pair unique, so
     * one of them was not issued by that CA (or the CA is broken).
     */
    record ReusedSerial(String issuer, String serialHex, List<String> fingerprints) implements CloneFinding {
        public ReusedSerial {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(serialHex, "serialHex");
            fingerprints = List.copyOf(fingerprints);
        }

        @Override
        public String message() {
            return fingerprints.size() + " different certificates from " + issuer + " share the serial number "
                    + serialHex + ".";
        }

        @Override
        public String code() {
            return "clone.reused-serial";
        }
    }
}
