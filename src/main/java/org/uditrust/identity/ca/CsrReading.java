package org.uditrust.identity.ca;

import java.security.PublicKey;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.uditrust.identity.IdentityProblem;

/** What {@link CsrReader} made of one input: a verified PKCS#10 request, or why it was refused. */
public sealed interface CsrReading permits CsrReading.Accepted, CsrReading.Refused {

    /**
     * A request whose self-signature verifies and whose key meets the policy.
     *
     * @param subject   the subject it asks for (may be empty)
     * @param publicKey its public key
     * @param encoded   the DER of the request
     */
    record Accepted(X500Name subject, PublicKey publicKey, byte[] encoded) implements CsrReading {
        public Accepted {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(publicKey, "publicKey");
            encoded = encoded.clone();
        }

        @Override
        public byte[] encoded() {
            return encoded.clone();
        }
    }

    /** @param problem what is wrong (codes {@code csr.*}) */
    record Refused(IdentityProblem problem) implements CsrReading {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
