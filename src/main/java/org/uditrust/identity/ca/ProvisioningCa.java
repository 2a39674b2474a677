package org.uditrust.identity.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uditrust.identity.AlgorithmPolicy;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/**
 * A manufacturer's provisioning CA: a self-signed root and an issuing CA (or an imported issuing CA), whose keys
 * stay in {@link CaKeys}, and whose state lives in a directory of plain files:
 * <ul>
 *   <li>{@code ca.json}: where the keys are (PKCS#12 path or PKCS#11 module and token), never a secret;</li>
 *   <li>{@code root.pem}, {@code issuing.pem}, {@code chain.pem} (issuing then root): the CA certificates;</li>
 *   <li>{@code index.jsonl}: every certificate issued (serial, UDI, subject, fingerprints, status, revocation);</li>
 *   <li>{@code crlnumber}: the next CRL number; {@code certs/SERIAL.pem}: each certificate issued.</li>
 * </ul>
 * Every file is written atomically; none ever holds key material.
 *
 * <p>Device certificates follow the {@link DeviceProfile} (IEEE 802.1AR IDevID) and carry the UDI per a
 * {@link BindingRule}. Serial numbers are 127-bit random positive integers from the injected {@link SecureRandom},
 * unique within the CA; times come from the injected {@link Clock}. Not thread-safe: one CA directory is driven by
 * one process at a time.
 */
public final class ProvisioningCa {

    static final String ROOT_FILE = "root.pem";
    static final String ISSUING_FILE = "issuing.pem";
    static final String CHAIN_FILE = "chain.pem";
    static final String CERTS_DIR = "certs";

    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningCa.class);
    /** 99991231235959Z: IEEE 802.1AR / RFC 5280's "no well-defined expiration date". */
    static final Instant NO_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");
    /**
     * Save the index after this many certificates of a long batch (or a quarter of the index, whichever is more, so
     * that rewriting a large index stays linear overall), so a crash loses little of it.
     */
    private static final int SAVE_EVERY = 100;

    private final Path dir;
    private final CaKeys keys;
    private final PrivateKey issuingKey;
    private final X509Certificate issuing;
    private final X509Certificate root;
    private final Clock clock;
    private final SecureRandom random;
    private final AlgorithmPolicy policy;
    private final List<IssuedEntry> index;
    private final Set<BigInteger> serials = new HashSet<>();

    private ProvisioningCa(Path dir, CaKeys keys, PrivateKey issuingKey, X509Certificate issuing,
                           X509Certificate root, Clock clock, SecureRandom random, List<IssuedEntry> index) {
        this.dir = dir;
        this.keys = keys;
        this.issuingKey = issuingKey;
        this.issuing = issuing;
        this.root = root;
        this.clock = clock;
        this.random = random;
        this.policy = AlgorithmPolicy.DEFAULT;
        this.index = index;
        for (IssuedEntry e : index) {
            serials.add(e.serial());
        }
    }

    // ---------------------------------------------------------------------------------------------- create/open

    /**
     * Creates a CA in {@code dir} (which must not hold one): a root and an issuing CA with keys generated in
     * {@code keys}, the issuing CA signed by the root (pathLen 0).
     */
    public static CaResult<ProvisioningCa> create(Path dir, CaConfig config, CaKeys keys, CaSetup setup,
                                                  Clock clock, SecureRandom random) throws IOException {
        IdentityProblem exists = existingCa(dir);
        if (exists != null) {
            return new CaResult.Failed<>(exists);
        }
        byte[] id = new byte[4];
        random.nextBytes(id);
        config = config.withAliasPrefix("ca-" + java.util.HexFormat.of().formatHex(id));
        X500Name rootName = CaSetup.name(setup.rootSubject(), "root subject");
        X500Name issuingName = CaSetup.name(setup.issuingSubject(), "issuing subject");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            KeyPair rootPair = keys.generate(setup.algorithm());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            SubjectKeyIdentifier rootSki = utils.createSubjectKeyIdentifier(rootPair.getPublic());
            X509v3CertificateBuilder rb = new JcaX509v3CertificateBuilder(rootName, newSerial(random, Set.of()),
                    Date.from(now), Date.from(now.plus(setup.rootValidity())), rootName, rootPair.getPublic());
            rb.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            rb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            rb.addExtension(Extension.subjectKeyIdentifier, false, rootSki);
            rb.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(rootSki.getKeyIdentifier()));
            X509Certificate root = sign(rb, rootPair.getPrivate(), setup.algorithm().signatureAlgorithm(), keys);
            keys.store(config.rootAlias(), rootPair.getPrivate(), List.of(root));

            KeyPair issuingPair = keys.generate(setup.algorithm());
            X509v3CertificateBuilder ib = new JcaX509v3CertificateBuilder(root, newSerial(random, Set.of()),
                    Date.from(now), Date.from(now.plus(setup.issuingValidity())), issuingName,
                    issuingPair.getPublic());
            ib.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ib.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ib.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(issuingPair.getPublic()));
            ib.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(root)));
            X509Certificate issuing = sign(ib, rootPair.getPrivate(), setup.algorithm().signatureAlgorithm(), keys);
            keys.store(config.issuingAlias(), issuingPair.getPrivate(), List.of(issuing, root));

            writeCaFiles(dir, config, issuing, root);
            LOG.info("Created provisioning CA in {} ({}, keys in {})", dir, setup.algorithm().cliName(),
                    keys.description());
            return CaResult.ok(new ProvisioningCa(dir, keys, issuingPair.getPrivate(), issuing, root, clock, random,
                    new ArrayList<>()));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            return CaResult.failed("ca.crypto", keys.description(), "Creating the CA keys or certificates in "
                    + keys.description() + " failed: " + e.getMessage());
        }
    }

    /**
     * Creates a CA in {@code dir} around an existing issuing CA: {@code key} and its {@code chain} (the issuing CA
     * certificate first, ending with the self-signed root), typically read from another PKCS#12 file. The key is
     * stored in {@code keys} under the configuration's issuing alias.
     */
    public static CaResult<ProvisioningCa> importIssuing(Path dir, CaConfig config, CaKeys keys, PrivateKey key,
                                                         List<X509Certificate> chain, Clock clock,
                                                         SecureRandom random) throws IOException {
        IdentityProblem exists = existingCa(dir);
        if (exists != null) {
            return new CaResult.Failed<>(exists);
        }
        if (chain.size() < 2) {
            return CaResult.failed("ca.import-chain", "import", "The imported key store must hold the issuing CA's "
                    + "certificate and its chain up to the root (found " + chain.size() + " certificate(s)).");
        }
        X509Certificate issuing = chain.get(0);
        X509Certificate root = chain.get(chain.size() - 1);
        String where = issuing.getSubjectX500Principal().getName();
        if (!root.getSubjectX500Principal().equals(root.getIssuerX500Principal())) {
            return CaResult.failed("ca.import-chain", where, "The last certificate of the imported chain ("
                    + root.getSubjectX500Principal().getName() + ") is not a self-signed root.");
        }
        if (issuing.getBasicConstraints() < 0) {
            return CaResult.failed("ca.import-not-ca", where, "The imported certificate is not a CA "
                    + "(basicConstraints cA is not true).");
        }
        boolean[] ku = issuing.getKeyUsage();
        if (ku != null && !ku[5]) {
            return CaResult.failed("ca.import-not-ca", where, "The imported certificate's keyUsage lacks keyCertSign.");
        }
        try {
            if (!keyMatches(key, issuing.getPublicKey(), signatureAlgorithm(issuing.getPublicKey()), null)) {
                return CaResult.failed("ca.import-key-mismatch", where, "The imported private key does not belong to "
                        + "the imported certificate.");
            }
            byte[] id = new byte[4];
            random.nextBytes(id);
            CaConfig named = config.withAliasPrefix("ca-" + java.util.HexFormat.of().formatHex(id));
            keys.store(named.issuingAlias(), key, chain);
            writeCaFiles(dir, named, issuing, root);
            PrivateKey stored = keys.privateKey(named.issuingAlias()).orElse(key);
            return CaResult.ok(new ProvisioningCa(dir, keys, stored, issuing, root, clock, random, new ArrayList<>()));
        } catch (GeneralSecurityException e) {
            return CaResult.failed("ca.crypto", keys.description(), "Importing the CA key into "
                    + keys.description() + " failed: " + e.getMessage());
        }
    }

    /** Opens the CA in {@code dir} with its keys (opened from the directory's {@link CaConfig}). */
    public static CaResult<ProvisioningCa> open(Path dir, CaKeys keys, Clock clock, SecureRandom random)
            throws IOException {
        CaResult<CaConfig> read = CaConfig.read(dir);
        if (read instanceof CaResult.Failed) {
            return ((CaResult.Failed<CaConfig>) read).cast();
        }
        CaConfig config = ((CaResult.Ok<CaConfig>) read).value();
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        if (!Files.isRegularFile(dir.resolve(CaConfig.FILE)) || !Files.isRegularFile(dir.resolve(ISSUING_FILE))) {
            return CaResult.failed("ca.not-a-ca", dir.toString(), "The directory " + dir + " holds no CA; create "
                    + "one with 'uditrust ca init'.");
        }
        X509Certificate issuing = Pem.readCertificates(dir.resolve(ISSUING_FILE)).get(0);
        X509Certificate root = Pem.readCertificates(dir.resolve(ROOT_FILE)).get(0);
        try {
            Optional<PrivateKey> key = keys.privateKey(config.issuingAlias());
            if (key.isEmpty()) {
                return CaResult.failed("ca.key-missing", keys.description(), keys.description()
                        + " holds no issuing CA key ('" + config.issuingAlias() + "').");
            }
            if (!keyMatches(key.get(), issuing.getPublicKey(), signatureAlgorithm(issuing.getPublicKey()),
                    keys)) {
                return CaResult.failed("ca.key-mismatch", keys.description(), "The issuing key in "
                        + keys.description() + " does not match " + dir.resolve(ISSUING_FILE) + ".");
            }
            return CaResult.ok(new ProvisioningCa(dir, keys, key.get(), issuing, root, clock, random,
                    CaIndex.read(dir)));
        } catch (GeneralSecurityException e) {
            return CaResult.failed("ca.crypto", keys.description(), "Reading the issuing key from "
                    + keys.description() + " failed: " + e.getMessage());
        }
    }

    /** A problem when {@code dir} already holds a CA; else prepares the directory and returns null. */
    private static IdentityProblem existingCa(Path dir) throws IOException {
        if (Files.exists(dir.resolve(CaConfig.FILE)) || Files.exists(dir.resolve(ISSUING_FILE))
                || Files.exists(dir.resolve(CaIndex.INDEX_FILE))) {
            return new IdentityProblem("ca.exists", dir.toString(), "The directory " + dir + " already holds a CA; "
                    + "a CA is never overwritten.");
        }
        Files.createDirectories(dir.resolve(CERTS_DIR));
        return null;
    }

    private static void writeCaFiles(Path dir, CaConfig config, X509Certificate issuing, X509Certificate root)
            throws IOException {
        Pem.writeCertificates(dir.resolve(ROOT_FILE), List.of(root));
        Pem.writeCertificates(dir.resolve(ISSUING_FILE), List.of(issuing));
        Pem.writeCertificates(dir.resolve(CHAIN_FILE), List.of(issuing, root));
        CaIndex.write(dir, List.of());
        CaIndex.writeNextCrlNumber(dir, BigInteger.ONE);
        config.write(dir);
    }

    // ---------------------------------------------------------------------------------------------- issuing

    public X509Certificate root() {
        return root;
    }

    public X509Certificate issuing() {
        return issuing;
    }

    public Path directory() {
        return dir;
    }

    /**
     * The manufacturer name to use in binding rules when none is given: the issuing CA subject's O, else its CN.
     */
    public String manufacturer() {
        X500Name subject = X500Name.getInstance(issuing.getSubjectX500Principal().getEncoded());
        for (org.bouncycastle.asn1.ASN1ObjectIdentifier type : List.of(
                org.bouncycastle.asn1.x500.style.BCStyle.O, org.bouncycastle.asn1.x500.style.BCStyle.CN)) {
            org.bouncycastle.asn1.x500.RDN[] rdns = subject.getRDNs(type);
            if (rdns.length > 0) {
                return org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(rdns[0].getFirst().getValue());
            }
        }
        return subject.toString();
    }

    /** Every certificate issued, oldest first. */
    public List<IssuedEntry> index() {
        return List.copyOf(index);
    }

    /**
     * Issues one certificate per request, writing the UDI per {@code rule}. A request that cannot be certified (its
     * CSR does not verify, its key is weak, its UDI lacks a serial, the key or UDI already has a valid certificate)
     * is rejected with the reason and the batch goes on.
     *
     * @throws GeneralSecurityException when signing itself fails (token removed): the batch stops, and what was
     *                                  issued before stays recorded
     */
    public BatchResult issue(List<IssueRequest> requests, BindingRule rule, DeviceProfile profile)
            throws IOException, GeneralSecurityException {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(profile, "profile");
        CsrReader reader = new CsrReader(policy);
        UdiNames names = new UdiNames();
        List<DeviceIssue> outcomes = new ArrayList<>();
        Map<String, IssuedEntry> validByKey = new HashMap<>();
        Map<String, IssuedEntry> validByUdi = new HashMap<>();
        UdiParser parser = new UdiParser(ParseOptions.defaults(clock));
        for (IssuedEntry e : index) {
            if (!e.revoked()) {
                validByKey.put(e.keySha256(), e);
                validByUdi.put(unitKey(e, parser), e);
            }
        }
        int sinceSave = 0;
        try {
            for (int i = 0; i < requests.size(); i++) {
                IssueRequest request = requests.get(i);
                DeviceIssue outcome = issueOne(i, request, rule, profile, reader, names, validByKey, validByUdi);
                outcomes.add(outcome);
                if (outcome instanceof DeviceIssue.Issued
                        && ++sinceSave >= Math.max(SAVE_EVERY, index.size() / 4)) {
                    CaIndex.write(dir, index);
                    sinceSave = 0;
                }
            }
        } finally {
            CaIndex.write(dir, index);
        }
        BatchResult result = new BatchResult(outcomes);
        LOG.info("Batch in {}: {} issued, {} rejected", dir, result.issued().size(), result.rejected().size());
        return result;
    }

    private DeviceIssue issueOne(int i, IssueRequest request, BindingRule rule, DeviceProfile profile,
                                 CsrReader reader, UdiNames names, Map<String, IssuedEntry> validByKey,
                                 Map<String, IssuedEntry> validByUdi) throws IOException, GeneralSecurityException {
        String where = request.source();
        PublicKey key;
        X500Name requested = null;
        if (request.publicKey() != null) {
            key = request.publicKey();
            Optional<String> weak = KeyPolicy.weakness(key, policy);
            if (weak.isPresent()) {
                return reject(i, request, "csr.weak-key", "The device key is refused: " + weak.get() + ".");
            }
        } else {
            CsrReading reading;
            try {
                reading = request.csrFile() != null ? reader.read(request.csrFile())
                        : reader.read(request.csr(), where);
            } catch (IOException e) {
                // One unreadable file (permissions, a vanished mount) is that request's problem, not the batch's.
                return reject(i, request, "csr.unreadable", "The CSR file cannot be read: " + e.getMessage());
            }
            if (reading instanceof CsrReading.Refused) {
                return new DeviceIssue.Rejected(i, where, request.udi(), ((CsrReading.Refused) reading).problem());
            }
            CsrReading.Accepted accepted = (CsrReading.Accepted) reading;
            key = accepted.publicKey();
            requested = accepted.subject();
        }
        String keySha = Pem.sha256(key.getEncoded());
        IssuedEntry sameKey = validByKey.get(keySha);
        if (sameKey != null) {
            return reject(i, request, "ca.key-reused", "This public key already has a valid certificate (serial "
                    + sameKey.serialHex() + ", UDI " + sameKey.udi() + "); one key identifies one device. Renew or "
                    + "revoke that certificate instead.");
        }
        String udiKey = unitKey(request.udi());
        IssuedEntry sameUdi = validByUdi.get(udiKey);
        if (sameUdi != null) {
            return reject(i, request, "ca.udi-taken", "The UDI " + request.udi().humanReadable() + " already has a "
                    + "valid certificate (serial " + sameUdi.serialHex() + ") for another key; revoke it first.");
        }
        CaResult<UdiNames.Names> named = names.names(request.udi(), rule, requested, where);
        if (named instanceof CaResult.Failed) {
            return new DeviceIssue.Rejected(i, where, request.udi(), ((CaResult.Failed<UdiNames.Names>) named)
                    .problem());
        }
        UdiNames.Names n = ((CaResult.Ok<UdiNames.Names>) named).value();
        IssuedDeviceCertificate issued = certify(where, request.udi(), key, n.subject(), n.san(), null, profile,
                null);
        IssuedEntry entry = index.get(index.size() - 1);
        validByKey.put(keySha, entry);
        validByUdi.put(udiKey, entry);
        return new DeviceIssue.Issued(i, issued);
    }

    /** Signs one device certificate, files it and records it in the index (in memory; callers save). */
    private IssuedDeviceCertificate certify(String source, Udi udi, PublicKey key, X500Name subject,
                                            GeneralNames san, X509CertificateHolder copySanFrom,
                                            DeviceProfile profile, BigInteger renewedFrom)
            throws IOException, GeneralSecurityException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = profile.validity() == null ? NO_EXPIRY : now.plus(profile.validity());
        BigInteger serial = newSerial(random, serials);
        serials.add(serial);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuing, serial, Date.from(now),
                Date.from(notAfter), subject, key);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        int usage = KeyUsage.digitalSignature;
        if (profile.ecKeyAgreement() && "EC".equals(key.getAlgorithm())) {
            usage |= KeyUsage.keyAgreement;
        }
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
        b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(issuing)));
        if (san != null) {
            b.addExtension(Extension.subjectAlternativeName, false, san);
        } else if (copySanFrom != null && copySanFrom.getExtension(Extension.subjectAlternativeName) != null) {
            b.copyAndAddExtension(Extension.subjectAlternativeName,
                    copySanFrom.getExtension(Extension.subjectAlternativeName).isCritical(), copySanFrom);
        }
        X509Certificate certificate;
        try {
            certificate = sign(b, issuingKey, signatureAlgorithm(issuing.getPublicKey()), keys);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("signing with " + keys.description() + " failed: "
                    + e.getMessage(), e);
        }
        String fingerprint = Pem.fingerprint(certificate);
        String serialHex = IssuedEntry.hex(serial);
        Pem.writeCertificates(dir.resolve(CERTS_DIR).resolve(serialHex + ".pem"), List.of(certificate));
        index.add(new IssuedEntry(serial, udi.raw(), udi.humanReadable(),
                certificate.getSubjectX500Principal().getName(), fingerprint, Pem.sha256(key.getEncoded()), now,
                notAfter, null, null, renewedFrom));
        return new IssuedDeviceCertificate(source, udi, certificate, serialHex, fingerprint);
    }

    private static DeviceIssue reject(int i, IssueRequest request, String code, String message) {
        return new DeviceIssue.Rejected(i, request.source(), request.udi(),
                new IdentityProblem(code, request.source(), message));
    }

    /** What identifies the unit: its DI and serial (a label reprinted with another lot is the same unit). */
    private static String unitKey(Udi udi) {
        return udi.issuer() + "|" + udi.di() + "|" + udi.serial();
    }

    /** The unit key of an index entry, read back from its UDI text; its raw text when that no longer parses. */
    private String unitKey(IssuedEntry entry, UdiParser parser) {
        ParseResult parsed = parser.parse(entry.udiRaw());
        return parsed instanceof ParseResult.Valid ? unitKey(((ParseResult.Valid) parsed).udi()) : entry.udiRaw();
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    /** Revokes the certificate with {@code serial} now, for {@code reason}. */
    public CaResult<IssuedEntry> revoke(BigInteger serial, RevocationReason reason) throws IOException {
        Objects.requireNonNull(reason, "reason");
        int at = find(serial);
        String where = "serial " + IssuedEntry.hex(serial);
        if (at < 0) {
            return CaResult.failed("ca.unknown-serial", where, "This CA issued no certificate with serial "
                    + IssuedEntry.hex(serial) + ".");
        }
        IssuedEntry entry = index.get(at);
        if (entry.revoked()) {
            return CaResult.failed("ca.already-revoked", where, "The certificate " + entry.serialHex()
                    + " was already revoked on " + entry.revokedAt() + " (" + entry.reason().cliName() + ").");
        }
        IssuedEntry revoked = entry.revoke(clock.instant().truncatedTo(ChronoUnit.SECONDS), reason);
        index.set(at, revoked);
        CaIndex.write(dir, index);
        LOG.info("Revoked {} ({}) in {}", revoked.serialHex(), reason.cliName(), dir);
        return CaResult.ok(revoked);
    }

    /**
     * Signs a CRL of every revoked certificate: thisUpdate now, nextUpdate {@code validFor} later, the next CRL
     * number (then incremented), and the issuing CA's key identifier.
     */
    public X509CRL publishCrl(Duration validFor) throws IOException, GeneralSecurityException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigInteger number = CaIndex.nextCrlNumber(dir);
        X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuing).getSubject(),
                Date.from(now));
        b.setNextUpdate(Date.from(now.plus(validFor)));
        for (IssuedEntry e : index) {
            if (e.revoked()) {
                b.addCRLEntry(e.serial(), Date.from(e.revokedAt()), e.reason().code());
            }
        }
        b.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId(issuing)));
        b.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
        X509CRL crl;
        try {
            crl = new JcaX509CRLConverter().getCRL(b.build(signer(issuingKey,
                    signatureAlgorithm(issuing.getPublicKey()), keys)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("signing the CRL with " + keys.description() + " failed: "
                    + e.getMessage(), e);
        }
        CaIndex.writeNextCrlNumber(dir, number.add(BigInteger.ONE));
        LOG.info("Published CRL {} of {} in {}", number, dir, dir);
        return crl;
    }

    /**
     * A new certificate for the same key, subject and UDI as {@code serial}, with a new serial; with
     * {@code revokeOld}, the old one is revoked as superseded.
     */
    public CaResult<IssuedDeviceCertificate> renew(BigInteger serial, DeviceProfile profile, boolean revokeOld)
            throws IOException, GeneralSecurityException {
        int at = find(serial);
        String where = "serial " + IssuedEntry.hex(serial);
        if (at < 0) {
            return CaResult.failed("ca.unknown-serial", where, "This CA issued no certificate with serial "
                    + IssuedEntry.hex(serial) + ".");
        }
        IssuedEntry old = index.get(at);
        if (old.revoked()) {
            return CaResult.failed("ca.renew-revoked", where, "The certificate " + old.serialHex() + " is revoked ("
                    + old.reason().cliName() + "); a revoked certificate's key is not certified again.");
        }
        X509Certificate previous = Pem.readCertificates(dir.resolve(CERTS_DIR).resolve(old.serialHex() + ".pem"))
                .get(0);
        ParseResult parsed = new UdiParser(ParseOptions.defaults(clock)).parse(old.udiRaw());
        if (!(parsed instanceof ParseResult.Valid)) {
            return CaResult.failed("ca.renew-udi", where, "The UDI recorded for " + old.serialHex() + " ("
                    + old.udi() + ") no longer parses: " + parsed.problems().get(0).message());
        }
        Udi udi = ((ParseResult.Valid) parsed).udi();
        X509CertificateHolder holder = new JcaX509CertificateHolder(previous);
        IssuedDeviceCertificate renewed;
        try {
            renewed = certify(where, udi, previous.getPublicKey(), holder.getSubject(), null, holder, profile,
                    old.serial());
        } finally {
            CaIndex.write(dir, index);
        }
        if (revokeOld) {
            index.set(at, old.revoke(clock.instant().truncatedTo(ChronoUnit.SECONDS), RevocationReason.SUPERSEDED));
            CaIndex.write(dir, index);
        }
        LOG.info("Renewed {} as {} in {}", old.serialHex(), renewed.serialHex(), dir);
        return CaResult.ok(renewed);
    }

    private int find(BigInteger serial) {
        for (int i = 0; i < index.size(); i++) {
            if (index.get(i).serial().equals(serial)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------- crypto

    /** A positive 127-bit random serial (RFC 5280: at most 20 octets; CA/B: at least 64 random bits), unique. */
    static BigInteger newSerial(SecureRandom random, Set<BigInteger> taken) {
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            bytes[0] &= 0x7f;
            BigInteger serial = new BigInteger(1, bytes);
            if (serial.bitLength() >= 64 && !taken.contains(serial)) {
                return serial;
            }
        }
    }

    static String signatureAlgorithm(PublicKey key) {
        return "RSA".equals(key.getAlgorithm()) ? KeyAlgorithm.RSA_3072.signatureAlgorithm()
                : KeyAlgorithm.EC_P256.signatureAlgorithm();
    }

    private static ContentSigner signer(PrivateKey key, String algorithm, CaKeys keys)
            throws OperatorCreationException {
        JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
        if (keys != null && keys.signingProvider() != null) {
            builder.setProvider(keys.signingProvider());
        }
        return builder.build(key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, String algorithm,
                                        CaKeys keys) throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key, algorithm, keys)));
    }

    /** The certificate's own subjectKeyIdentifier, or the RFC 5280 method-1 identifier of its key. */
    private static byte[] keyId(X509Certificate certificate) throws GeneralSecurityException {
        byte[] ext = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ext != null) {
            try {
                return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(ext).getOctets())
                        .getKeyIdentifier();
            } catch (RuntimeException e) {
                throw new GeneralSecurityException("the subjectKeyIdentifier of "
                        + certificate.getSubjectX500Principal() + " is damaged", e);
            }
        }
        return new JcaX509ExtensionUtils().createSubjectKeyIdentifier(certificate.getPublicKey())
                .getKeyIdentifier();
    }

    /** True when {@code key} signs what {@code publicKey} verifies (a token key signs on the token). */
    private static boolean keyMatches(PrivateKey key, PublicKey publicKey, String algorithm, CaKeys keys)
            throws GeneralSecurityException {
        byte[] probe = "uditrust key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Signature s = keys != null && keys.signingProvider() != null
                ? Signature.getInstance(algorithm, keys.signingProvider()) : Signature.getInstance(algorithm);
        s.initSign(key);
        s.update(probe);
        byte[] signature = s.sign();
        Signature v = Signature.getInstance(algorithm);
        v.initVerify(publicKey);
        v.update(probe);
        return v.verify(signature);
    }
}
