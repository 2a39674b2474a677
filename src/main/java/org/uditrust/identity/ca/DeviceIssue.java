package org.uditrust.identity.ca;

import java.util.Objects;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.udi.Udi;

/** The outcome for one request of a batch: issued, or rejected with the reason (the batch goes on either way). */
public sealed interface DeviceIssue permits DeviceIssue.Issued, DeviceIssue.Rejected {

    /** Position of the request in the batch, from 0. */
    int index();

    /** @param certificate what was issued */
    record Issued(int index, IssuedDeviceCertificate certificate) implements DeviceIssue {
        public Issued {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /**
     * @param source  the request (file name)
     * @param udi     the UDI it was for
     * @param problem why nothing was issued
     */
    record Rejected(int index, String source, Udi udi, IdentityProblem problem) implements DeviceIssue {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(udi, "udi");
            Objects.requireNonNull(problem, "problem");
        }
    }
}
