package org.uditrust.bench;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.uditrust.identity.AlgorithmPolicy;
import org.uditrust.identity.PathValidation;
import org.uditrust.identity.PathValidator;
import org.uditrust.identity.RevocationMode;
import org.uditrust.identity.ValidationRequest;

/**
 * Issue #5 target: validate a 3-certificate ECDSA P-256 chain (root → issuing CA → device) with the issuing CA's
 * CRL (20 revoked entries) in ≤ 0.5 ms. Three signatures per validation: device, issuing CA, CRL (revocation
 * best-effort, so the missing root CRL is a warning, not a fourth signature).
 *
 * <ul>
 *   <li>{@code validateCold}: no cache at all; every issuer key decoded and every signature verified.</li>
 *   <li>{@code validateKeysKept}: issuer keys kept (with their precomputed EC multiples), every signature still
 *       verified: the cost for a chain not seen before from a known CA.</li>
 *   <li>{@code validateWarm}: the default validator, signatures verified before are remembered: re-validating
 *       stored identities.</li>
 *   <li>{@code ecdsaVerifyBc} / {@code ecdsaVerifyJdk}: one P-256 signature over a certificate's TBS, to compare
 *       per signature with {@code openssl speed ecdsap256}.</li>
 * </ul>
 * Run: {@code ./mvnw -Pbench package && java -jar target/benchmarks.jar PathValidation}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PathValidationBenchmark {

    private ValidationRequest request;
    private PathValidator cold;
    private PathValidator keysKept;
    private PathValidator warm;
    private byte[] tbs;
    private byte[] signature;
    private PublicKey issuerKey;
    private AsymmetricKeyParameter issuerKeyBc;

    @Setup
    public void setUp() throws Exception {
        Instant now = Instant.parse("2026-01-31T12:00:00Z");
        KeyPair root = keyPair();
        KeyPair ca = keyPair();
        KeyPair device = keyPair();
        X509Certificate rootCert = cert("CN=Bench Root", root, "CN=Bench Root", root.getPrivate(), null, true, now);
        X509Certificate caCert = cert("CN=Bench Issuing CA", ca, "CN=Bench Root", root.getPrivate(), rootCert, true,
                now);
        X509Certificate leaf = cert("CN=Bench Pump,SERIALNUMBER=SN1", device, "CN=Bench Issuing CA",
                ca.getPrivate(), caCert, false, now);
        X509v2CRLBuilder crl = new X509v2CRLBuilder(new X500Name("CN=Bench Issuing CA"),
                Date.from(now.minus(1, ChronoUnit.DAYS)));
        crl.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
        for (int i = 0; i < 20; i++) {
            crl.addCRLEntry(BigInteger.valueOf(100_000 + i), Date.from(now.minus(2, ChronoUnit.DAYS)),
                    CRLReason.keyCompromise);
        }
        crl.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCert));
        X509CRL caCrl = new JcaX509CRLConverter().getCRL(crl.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));

        request = new ValidationRequest(leaf, List.of(caCert), List.of(rootCert), List.of(caCrl), List.of(), now,
                Set.of(), RevocationMode.BEST_EFFORT, AlgorithmPolicy.DEFAULT);
        cold = new PathValidator(0, 0);
        keysKept = new PathValidator(0, 256);
        warm = new PathValidator();
        for (PathValidator v : List.of(cold, keysKept, warm)) {
            PathValidation outcome = v.validate(request);
            if (!(outcome instanceof PathValidation.Valid) || outcome.findings().size() != 1) {
                throw new IllegalStateException("benchmark chain must validate with one warning: "
                        + outcome.findings());
            }
        }
        tbs = leaf.getTBSCertificate();
        signature = leaf.getSignature();
        issuerKey = caCert.getPublicKey();
        issuerKeyBc = PublicKeyFactory.createKey(issuerKey.getEncoded());
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static X509Certificate cert(String subject, KeyPair keys, String issuer, PrivateKey signer,
                                        X509Certificate issuerCert, boolean ca, Instant now) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(subject.hashCode() & 0x7fffffffL), Date.from(now.minus(30, ChronoUnit.DAYS)),
                Date.from(now.plus(3650, ChronoUnit.DAYS)), new X500Name(subject), keys.getPublic());
        JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
        // The root without a path length, the issuing CA with pathLen 0, the device not a CA.
        BasicConstraints bc = !ca ? new BasicConstraints(false)
                : issuerCert == null ? new BasicConstraints(true) : new BasicConstraints(0);
        b.addExtension(Extension.basicConstraints, true, bc);
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature));
        b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuerCert != null) {
            b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(issuerCert));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }

    @Benchmark
    public PathValidation validateCold() {
        return cold.validate(request);
    }

    @Benchmark
    public PathValidation validateKeysKept() {
        return keysKept.validate(request);
    }

    @Benchmark
    public PathValidation validateWarm() {
        return warm.validate(request);
    }

    @Benchmark
    public boolean ecdsaVerifyBc() {
        DSADigestSigner s = new DSADigestSigner(new ECDSASigner(), new SHA256Digest());
        s.init(false, issuerKeyBc);
        s.update(tbs, 0, tbs.length);
        return s.verifySignature(signature);
    }

    @Benchmark
    public boolean ecdsaVerifyJdk() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initVerify(issuerKey);
        s.update(tbs);
        return s.verify(signature);
    }
}
