package org.uditrust.registry;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.CertificateInfo;
import org.uditrust.identity.CertificateInspector;
import org.uditrust.identity.DerCodec;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.PathValidator;
import org.uditrust.identity.SerialSource;
import org.uditrust.store.Database;

/**
 * Benchmark (not a unit test): stores N device identities — ECDSA P-256 leaves under one issuing CA and a root, the
 * root pinned to the model, a CRL of the issuing CA revoking every 1,000th — and times re-validating them all with
 * {@link IdentityValidationService#revalidateAll} twice: the first run stores every state change (and its audit
 * entry), the second finds nothing changed (validation and reading only). Issue #5 target: 100,000 in ≤ 30 s.
 *
 * <pre>java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.uditrust.registry.IdentityRevalidationBench /tmp/idbench 100000</pre>
 */
public final class IdentityRevalidationBench {

    static final String DI = "09506000134352";
    /** Leaves share a pool of key pairs: only the issuer's signature over each leaf is verified, and it is unique. */
    static final int KEY_POOL = 1_024;

    private IdentityRevalidationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/idbench"));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Instant now = Instant.now();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SecureRandom random = new SecureRandom();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair rootKey = ec.generateKeyPair();
        KeyPair issuingKey = ec.generateKeyPair();
        Date from = Date.from(now.minus(Duration.ofDays(1)));
        Date to = Date.from(now.plus(Duration.ofDays(3650)));
        X500Name rootName = new X500Name("CN=Bench Root CA");
        X500Name issuingName = new X500Name("CN=Bench Issuing CA");
        X509Certificate root = ca(rootName, rootName, rootKey.getPublic(), rootKey.getPrivate(), 1, from, to);
        X509Certificate issuing = ca(issuingName, rootName, issuingKey.getPublic(), rootKey.getPrivate(), 2, from,
                to);
        ContentSigner leafSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(issuingKey.getPrivate());
        // Signers keep state per signature: one per thread for the parallel generation.
        ThreadLocal<ContentSigner> signers = ThreadLocal.withInitial(() -> {
            try {
                return new JcaContentSignerBuilder("SHA256withECDSA").build(issuingKey.getPrivate());
            } catch (org.bouncycastle.operator.OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        });
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < KEY_POOL; i++) {
            keys.add(ec.generateKeyPair().getPublic());
        }

        Path dbFile = work.resolve("bench-" + System.nanoTime() + ".db");
        Actor actor = new Actor("bench", "localhost");
        long t0 = System.nanoTime();
        try (Database db = Database.open(dbFile, clock)) {
            Transactions tx = db.transactions();
            ManufacturerTrustService trust = new ManufacturerTrustService(tx, clock);
            String bundle = pem(root) + pem(issuing);
            trust.importAnchors("Bench", bundle.getBytes(), "bench-cas.pem", actor);
            trust.pin(trust.anchors("Bench").stream().filter(a -> a.subject().equals("CN=Bench Root CA"))
                    .findFirst().orElseThrow(), DI, actor);
            trust.setRule(new BindingRule("Bench", SerialSource.SUBJECT_SERIAL_NUMBER, ModelSource.SAN_URI,
                    Map.of()), actor);
            X509v2CRLBuilder crl = new X509v2CRLBuilder(issuingName, from);
            crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
            for (int i = 1000; i <= count; i += 1000) {
                crl.addCRLEntry(BigInteger.valueOf(0x100000L + i), from, CRLReason.keyCompromise);
            }
            X509CRLHolder crlHolder = crl.build(leafSigner);
            trust.importCrls(crlHolder.getEncoded(), "bench.crl", actor);

            List<byte[]> leaves = new ArrayList<>(count);
            int batch = 5_000;
            for (int start = 0; start < count; start += batch) {
                int end = Math.min(count, start + batch);
                List<DeviceIdentity> identities = java.util.stream.IntStream.range(start, end).parallel()
                        .mapToObj(i -> {
                    X509Certificate leaf = leaf(issuingName, keys.get(i % KEY_POOL), signers.get(), i, from, to);
                    CertificateInfo info = CertificateInspector.inspect(leaf);
                    return new DeviceIdentity(0, null, IdentityKind.IDEVID, BindingState.BOUND, null,
                            info.subject(), info.issuer(), info.serialHex(), info.sha256Fingerprint(),
                            info.publicKeySha256(), info.keyAlgorithm(), info.keyBits(), info.notBefore(),
                            info.notAfter(), DI, "SN" + i, DerCodec.der(leaf), ValidationState.NOT_VALIDATED, null,
                            null, null, now, actor.auditName(), 1);
                        }).toList();
                identities.forEach(i -> leaves.add(i.der()));
                tx.write(repos -> {
                    identities.forEach(repos.identities()::insert);
                    return null;
                });
            }
            System.out.printf("stored %,d identities in %.1f s (certificates made with Bouncy Castle)%n", count,
                    (System.nanoTime() - t0) / 1e9);

            // The validator alone, on all cores, over the same leaves: what the store and the service add is the rest.
            PathValidator alone = new PathValidator();
            List<X509Certificate> untrusted = List.of(issuing, root);
            List<java.security.cert.X509CRL> crls = List.of(DerCodec.crl(crlHolder.getEncoded()));
            long v0 = System.nanoTime();
            long validAlone = leaves.parallelStream().filter(der -> alone.validate(
                    new org.uditrust.identity.ValidationRequest(DerCodec.certificate(der), untrusted, List.of(root),
                            crls, List.of(), now, java.util.Set.of(), org.uditrust.identity.RevocationMode.BEST_EFFORT,
                            org.uditrust.identity.AlgorithmPolicy.DEFAULT)) instanceof
                    org.uditrust.identity.PathValidation.Valid).count();
            double vs = (System.nanoTime() - v0) / 1e9;
            System.out.printf("PathValidator alone (decode + validate, all cores): %,d paths (%,d valid) in %.1f s"
                    + " = %,.0f /s%n", count, validAlone, vs, count / vs);

            IdentityValidationService validation = new IdentityValidationService(tx, clock, new PathValidator());
            for (String run : new String[] {"first (every state changes: written and audited)",
                    "second (nothing changes: validate and read only)"}) {
                long start = System.nanoTime();
                RevalidationSummary summary = validation.revalidateAll(actor, n -> { }, () -> false);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s run: %,d validated (%,d valid, %,d revoked, %,d invalid), %,d changed in"
                        + " %.1f s = %,.0f /s%n", run, summary.checked(), summary.valid(), summary.revoked(),
                        summary.invalid(), summary.changed(), seconds, summary.checked() / seconds);
            }
        }
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(Path.of(dbFile + "-wal"));
        Files.deleteIfExists(Path.of(dbFile + "-shm"));
    }

    private static X509Certificate ca(X500Name subject, X500Name issuer, PublicKey key, PrivateKey signer,
                                      long serial, Date from, Date to) throws Exception {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial), from, to,
                subject, key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new JcaX509CertificateConverter().getCertificate(b.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }

    private static X509Certificate leaf(X500Name issuer, PublicKey key, ContentSigner signer, int i, Date from,
                                        Date to) {
        try {
            return leafOrThrow(issuer, key, signer, i, from, to);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate leafOrThrow(X500Name issuer, PublicKey key, ContentSigner signer, int i,
                                               Date from, Date to) throws Exception {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(0x100000L + i),
                from, to, new X500Name("CN=Bench pump,SERIALNUMBER=SN" + i), key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(
                GeneralName.uniformResourceIdentifier, "https://id.gs1.org/01/" + DI + "/21/SN" + i)));
        return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    }

    private static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
