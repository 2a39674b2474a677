package org.uditrust.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/** Decodes a certificate into a {@link CertificateInfo}. Thread-safe. */
public final class CertificateInspector {

    /** RFC 5280 names of the keyUsage bits, in bit order. */
    static final List<String> KEY_USAGE_NAMES = List.of("digitalSignature", "nonRepudiation", "keyEncipherment",
            "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly");

    /** Usual names of the extensions a user meets on device and CA certificates. */
    static final Map<String, String> EXTENSION_NAMES = Map.ofEntries(
            Map.entry("2.5.29.14", "subjectKeyIdentifier"),
            Map.entry("2.5.29.15", "keyUsage"),
            Map.entry("2.5.29.17", "subjectAltName"),
            Map.entry("2.5.29.18", "issuerAltName"),
            Map.entry("2.5.29.19", "basicConstraints"),
            Map.entry("2.5.29.30", "nameConstraints"),
            Map.entry("2.5.29.31", "cRLDistributionPoints"),
            Map.entry("2.5.29.32", "certificatePolicies"),
            Map.entry("2.5.29.33", "policyMappings"),
            Map.entry("2.5.29.35", "authorityKeyIdentifier"),
            Map.entry("2.5.29.36", "policyConstraints"),
            Map.entry("2.5.29.37", "extKeyUsage"),
            Map.entry("2.5.29.46", "freshestCRL"),
            Map.entry("2.5.29.54", "inhibitAnyPolicy"),
            Map.entry("2.5.29.9", "subjectDirectoryAttributes"),
            Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"),
            Map.entry("1.3.6.1.5.5.7.1.11", "subjectInfoAccess"),
            Map.entry("1.3.6.1.5.5.7.1.3", "qcStatements"),
            Map.entry("1.3.6.1.5.5.7.48.1.5", "ocspNoCheck"),
            Map.entry("1.3.6.1.4.1.11129.2.4.2", "signedCertificateTimestampList"),
            Map.entry("2.23.133.8.1", "tcg-kp-EKCertificate"));

    private static final int MAX_VALUE_CHARS = 200;

    private CertificateInspector() {
    }

    public static CertificateInfo inspect(X509Certificate certificate) {
        byte[] der;
        try {
            der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate has no DER encoding", e);
        }
        Certificate asn1 = Certificate.getInstance(der);
        Extensions extensions = asn1.getTBSCertificate().getExtensions();
        byte[] spki = certificate.getPublicKey().getEncoded();
        Algorithms.KeyFacts key = Algorithms.key(spki);

        BasicConstraints bc = extensions == null ? null : safe(() -> BasicConstraints.fromExtensions(extensions));
        boolean ca = bc != null && bc.isCA();
        int pathLength = ca && bc.getPathLenConstraint() != null ? bc.getPathLenConstraint().intValueExact() : -1;

        List<GeneralName> sans = generalNames(extensions, Extension.subjectAlternativeName);
        List<String> sanText = new ArrayList<>();
        List<String> sanUris = new ArrayList<>();
        Optional<HardwareModuleName> hmn = Optional.empty();
        for (GeneralName name : sans) {
            sanText.add(render(name));
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                sanUris.add(ASN1String.class.cast(name.getName()).getString());
            }
            if (hmn.isEmpty()) {
                hmn = hardwareModuleName(name);
            }
        }

        List<ExtensionInfo> infos = new ArrayList<>();
        if (extensions != null) {
            for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
                Extension e = extensions.getExtension(oid);
                infos.add(new ExtensionInfo(oid.getId(), EXTENSION_NAMES.getOrDefault(oid.getId(), oid.getId()),
                        e.isCritical(), describe(e)));
            }
        }

        return new CertificateInfo(
                Der.name(certificate.getSubjectX500Principal()),
                Der.name(certificate.getIssuerX500Principal()),
                certificate.getSerialNumber().toString(16),
                key.algorithm(), key.bits(), key.curve(),
                certificate.getSigAlgName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                ca, pathLength,
                keyUsage(extensions), extendedKeyUsage(extensions),
                sanText, sanUris, infos,
                Der.sha256Hex(der), Der.hex(Der.digest("SHA-1", der)), Der.sha256Hex(spki),
                subjectSerialNumber(asn1), hmn,
                selfSigned(certificate, der, spki));
    }

    private static boolean selfSigned(X509Certificate c, byte[] der, byte[] spki) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        return new SignatureVerifier(0, 0).verify(() -> der, () -> tbs(c), c.getSigAlgOID(), c.getSigAlgParams(),
                c.getSignature(), spki) == SignatureVerifier.Result.VALID;
    }

    private static byte[] tbs(X509Certificate c) {
        try {
            return c.getTBSCertificate();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }

    static List<String> keyUsage(Extensions extensions) {
        KeyUsage ku = extensions == null ? null : safe(() -> KeyUsage.fromExtensions(extensions));
        if (ku == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        int[] bits = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
            KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
            KeyUsage.encipherOnly, KeyUsage.decipherOnly};
        for (int i = 0; i < bits.length; i++) {
            if (ku.hasUsages(bits[i])) {
                names.add(KEY_USAGE_NAMES.get(i));
            }
        }
        return names;
    }

    static List<String> extendedKeyUsage(Extensions extensions) {
        ExtendedKeyUsage eku = extensions == null ? null : safe(() -> ExtendedKeyUsage.fromExtensions(extensions));
        if (eku == null) {
            return List.of();
        }
        List<String> oids = new ArrayList<>();
        for (KeyPurposeId id : eku.getUsages()) {
            oids.add(id.getId());
        }
        return oids;
    }

    static List<GeneralName> generalNames(Extensions extensions, ASN1ObjectIdentifier oid) {
        GeneralNames names = extensions == null ? null : safe(() -> GeneralNames.fromExtensions(extensions, oid));
        return names == null ? List.of() : List.of(names.getNames());
    }

    private static Optional<String> subjectSerialNumber(Certificate asn1) {
        X500Name subject = asn1.getSubject();
        RDN[] rdns = subject.getRDNs(BCStyle.SERIALNUMBER);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return Optional.of(value instanceof ASN1String s ? s.getString() : value.toString());
    }

    /** RFC 4108 §5: otherName { id-on-hardwareModuleName, [0] SEQUENCE { hwType OID, hwSerialNum OCTET STRING } }. */
    static Optional<HardwareModuleName> hardwareModuleName(GeneralName name) {
        if (name.getTagNo() != GeneralName.otherName) {
            return Optional.empty();
        }
        try {
            OtherName other = OtherName.getInstance(name.getName());
            if (!other.getTypeID().getId().equals(HardwareModuleName.OID)) {
                return Optional.empty();
            }
            ASN1Sequence seq = ASN1Sequence.getInstance(other.getValue());
            String hwType = ASN1ObjectIdentifier.getInstance(seq.getObjectAt(0)).getId();
            byte[] serial = ASN1OctetString.getInstance(seq.getObjectAt(1)).getOctets();
            return Optional.of(new HardwareModuleName(hwType, Der.hex(serial), printable(serial)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String printable(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** "TYPE:value" as in {@link CertificateInfo#subjectAltNames()}. */
    static String render(GeneralName name) {
        try {
            switch (name.getTagNo()) {
                case GeneralName.dNSName:
                    return "DNS:" + ((ASN1String) name.getName()).getString();
                case GeneralName.uniformResourceIdentifier:
                    return "URI:" + ((ASN1String) name.getName()).getString();
                case GeneralName.rfc822Name:
                    return "email:" + ((ASN1String) name.getName()).getString();
                case GeneralName.iPAddress:
                    return "IP:" + ip(ASN1OctetString.getInstance(name.getName()).getOctets());
                case GeneralName.directoryName:
                    return "DirName:" + Der.name(new javax.security.auth.x500.X500Principal(
                            X500Name.getInstance(name.getName()).getEncoded()));
                case GeneralName.registeredID:
                    return "RID:" + ASN1ObjectIdentifier.getInstance(name.getName()).getId();
                case GeneralName.otherName:
                    OtherName other = OtherName.getInstance(name.getName());
                    Optional<HardwareModuleName> hmn = hardwareModuleName(name);
                    if (hmn.isPresent()) {
                        HardwareModuleName h = hmn.get();
                        return "otherName:" + HardwareModuleName.OID + ":" + h.hwType() + ","
                                + (h.hwSerialNum() != null ? h.hwSerialNum() : "#" + h.hwSerialNumHex());
                    }
                    return "otherName:" + other.getTypeID().getId() + ":" + shortText(other.getValue());
                default:
                    return "tag" + name.getTagNo() + ":" + shortText(name.getName());
            }
        } catch (Exception e) {
            return "unreadable name (tag " + name.getTagNo() + ")";
        }
    }

    private static String ip(byte[] octets) throws UnknownHostException {
        if (octets.length == 4 || octets.length == 16) {
            return InetAddress.getByAddress(octets).getHostAddress();
        }
        if (octets.length == 8 || octets.length == 32) {   // name constraints: address + mask
            int half = octets.length / 2;
            return InetAddress.getByAddress(java.util.Arrays.copyOf(octets, half)).getHostAddress() + "/"
                    + InetAddress.getByAddress(java.util.Arrays.copyOfRange(octets, half, octets.length))
                    .getHostAddress();
        }
        return "#" + Der.hex(octets);
    }

    private static String describe(Extension e) {
        String oid = e.getExtnId().getId();
        try {
            Extensions one = new Extensions(e);
            switch (oid) {
                case "2.5.29.19": {
                    BasicConstraints bc = BasicConstraints.getInstance(e.getParsedValue());
                    return bc.isCA() ? "CA:true" + (bc.getPathLenConstraint() != null
                            ? ", pathlen:" + bc.getPathLenConstraint() : "") : "CA:false";
                }
                case "2.5.29.15":
                    return String.join(", ", keyUsage(one));
                case "2.5.29.37":
                    return String.join(", ", extendedKeyUsage(one));
                case "2.5.29.17":
                case "2.5.29.18": {
                    List<String> rendered = new ArrayList<>();
                    for (GeneralName n : generalNames(one, e.getExtnId())) {
                        rendered.add(render(n));
                    }
                    return clip(String.join(", ", rendered));
                }
                case "2.5.29.14":
                    return Der.hex(SubjectKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier());
                case "2.5.29.35": {
                    byte[] id = AuthorityKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifierOctets();
                    return id == null ? "(no key identifier)" : Der.hex(id);
                }
                default:
                    return shortText(e.getParsedValue());
            }
        } catch (RuntimeException malformed) {
            return "unreadable: #" + clip(Der.hex(e.getExtnValue().getOctets()));
        }
    }

    private static String shortText(ASN1Encodable value) {
        ASN1Primitive p = value.toASN1Primitive();
        if (p instanceof ASN1TaggedObject t && t.getBaseObject() instanceof ASN1String s) {
            return clip(s.getString());
        }
        if (p instanceof ASN1String s) {
            return clip(s.getString());
        }
        return clip(p.toString());
    }

    private static String clip(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }

    private interface Decoder<T> {
        T decode();
    }

    /** Decodes an extension, or null when it is malformed: a broken extension must not hide the rest. */
    static <T> T safe(Decoder<T> decoder) {
        try {
            return decoder.decode();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

}
