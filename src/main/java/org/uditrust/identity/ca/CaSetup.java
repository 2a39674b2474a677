package org.uditrust.identity.ca;

import java.time.Duration;
import java.util.Objects;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * What a new CA looks like.
 *
 * @param algorithm        key type of the root and the issuing CA
 * @param rootSubject      e.g. {@code CN=Acme Device Root CA,O=Acme} (RFC 4514)
 * @param issuingSubject   e.g. {@code CN=Acme Device Issuing CA 1,O=Acme}
 * @param rootValidity     how long the root is valid
 * @param issuingValidity  how long the issuing CA is valid
 */
public record CaSetup(KeyAlgorithm algorithm, String rootSubject, String issuingSubject, Duration rootValidity,
                      Duration issuingValidity) {

    public CaSetup {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(rootValidity, "rootValidity");
        Objects.requireNonNull(issuingValidity, "issuingValidity");
        name(rootSubject, "root subject");
        name(issuingSubject, "issuing subject");
        if (rootSubject.equals(issuingSubject)) {
            throw new IllegalArgumentException("the root and the issuing CA need different subjects");
        }
    }

    /** 25 years for the root and 15 for the issuing CA: longer than a device's service life, as IDevIDs need. */
    public static CaSetup of(KeyAlgorithm algorithm, String rootSubject, String issuingSubject) {
        return new CaSetup(algorithm, rootSubject, issuingSubject, Duration.ofDays(25 * 365 + 6),
                Duration.ofDays(15 * 365 + 4));
    }

    /**
     * Reads an RFC 4514 name as users write it, most specific first ({@code CN=…,O=…}), into DER order, most
     * significant first (O, then CN), as RFC 4514 defines and Java's {@code getName()} prints back.
     *
     * @throws IllegalArgumentException when {@code text} is not an RFC 4514 name with at least one attribute
     */
    static X500Name name(String text, String what) {
        Objects.requireNonNull(text, what);
        X500Name name;
        try {
            RDN[] written = IETFUtils.rDNsFromString(text, BCStyle.INSTANCE);
            RDN[] der = new RDN[written.length];
            for (int i = 0; i < written.length; i++) {
                der[written.length - 1 - i] = written[i];
            }
            name = new X500Name(BCStyle.INSTANCE, der);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the " + what + " '" + text + "' is not an X.500 name such as "
                    + "'CN=Acme Root CA,O=Acme': " + e.getMessage(), e);
        }
        if (name.getRDNs().length == 0) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        return name;
    }
}
