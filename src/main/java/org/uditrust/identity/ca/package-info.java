/**
 * A manufacturer's provisioning CA: a root and an issuing CA whose keys live in a password-protected PKCS#12 file
 * ({@link org.uditrust.identity.ca.Pkcs12CaKeys}) or on a PKCS#11 token through SunPKCS11
 * ({@link org.uditrust.identity.ca.Pkcs11CaKeys}), both behind {@link org.uditrust.identity.ca.CaKeys}.
 *
 * <p>{@link org.uditrust.identity.ca.ProvisioningCa} creates or imports the CA, issues IEEE 802.1AR IDevID device
 * certificates in batch from PKCS#10 CSRs ({@link org.uditrust.identity.ca.CsrReader}: self-signature verified, keys
 * and signature algorithms checked against {@link org.uditrust.identity.AlgorithmPolicy#DEFAULT}) or bare public
 * keys, one per UDI, writing the UDI per a {@link org.uditrust.identity.BindingRule}; revokes, publishes CRLs and
 * renews. Its state is a directory of plain files written atomically (see {@code ProvisioningCa}); no file but the
 * PKCS#12 key store ever holds key material, and passwords and PINs are {@code char[]} that are cleared, never
 * logged, never in messages. A batch's outcome is a {@link org.uditrust.identity.ca.BatchResult} of values
 * ({@link org.uditrust.identity.ca.IssuedDeviceCertificate} per device) that faces use to print labels and record
 * provisioning in the registry; {@link org.uditrust.identity.ca.BatchOutput} writes the PEM files and a result list.
 *
 * <p>Core: uses {@code identity}, {@code udi}, Bouncy Castle (as explicit provider-less builders; BC is never
 * registered as a JCA provider) and the JDK. Outcomes a user can cause are {@link org.uditrust.identity.ca.CaResult}
 * or {@link org.uditrust.identity.ca.DeviceIssue} values carrying {@link org.uditrust.identity.IdentityProblem}s.
 * Decision record: {@code docs/decisions/provisioning-ca.md}.
 */
package org.uditrust.identity.ca;
