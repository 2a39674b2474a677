package org.uditrust.identity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;

/**
 * Reads certificates and CRLs from the files people hand over: PEM (several blocks, any order, text around them),
 * DER, PKCS#7 / CMS certs-only ({@code .p7b}, PEM or DER), PKCS#12 holding only certificates. A PKCS#12 that holds
 * a private key is refused: UDI Trust does not take device or CA keys this way. Input above
 * {@link #MAX_FILE_BYTES} is refused unread. Never throws for bad content.
 *
 * <p>Problem codes: {@code file.too-large}, {@code file.empty}, {@code file.unrecognized}, {@code pem.base64},
 * {@code pem.unsupported-block}, {@code pem.unterminated}, {@code cert.malformed}, {@code crl.malformed},
 * {@code pkcs7.malformed}, {@code pkcs12.private-key}, {@code pkcs12.password}, {@code pkcs12.malformed}.
 */
public final class CertificateFiles {

    /** Larger than any real chain bundle or CRL a device model needs, small enough to refuse junk early. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** More blocks or certificates than this in one file is not a chain bundle. */
    static final int MAX_OBJECTS = 1000;

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]{1,40})-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final byte[] BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);

    private CertificateFiles() {
    }

    /**
     * @param content         the file's bytes
     * @param sourceName      the file name, used in problem messages
     * @param pkcs12Password  password for PKCS#12 input, or null (an empty password is tried)
     */
    public static CertificateReadResult read(byte[] content, String sourceName, char[] pkcs12Password) {
        String name = sourceName == null || sourceName.isBlank() ? "(unnamed file)" : sourceName;
        if (content == null || content.length == 0) {
            return reject("file.empty", name, name + " is empty.");
        }
        if (content.length > MAX_FILE_BYTES) {
            return reject("file.too-large", name, name + " has " + content.length + " bytes, more than the "
                    + MAX_FILE_BYTES + " a certificate, chain or CRL file may have; it was not read.");
        }
        try {
            Found found = new Found();
            CertificateReadResult.Rejected problem = indexOf(content, BEGIN) >= 0
                    ? readPem(content, name, found)
                    : readDer(content, name, pkcs12Password, found, "");
            if (problem != null) {
                return problem;
            }
            return new CertificateReadResult.Read(found.certificates, found.crls);
        } catch (RuntimeException | StackOverflowError e) {
            // Nothing above should throw; if a decoder still does, the file is bad, not the program.
            return reject("file.unrecognized", name, name + " could not be decoded: "
                    + e.getClass().getSimpleName() + ".");
        }
    }

    /** What one file holds so far. */
    private static final class Found {
        final List<X509Certificate> certificates = new ArrayList<>();
        final List<X509CRL> crls = new ArrayList<>();

        int count() {
            return certificates.size() + crls.size();
        }
    }

    private static CertificateReadResult.Rejected readPem(byte[] content, String name, Found found) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        Matcher m = PEM_BLOCK.matcher(text);
        int block = 0;
        int end = 0;
        while (m.find()) {
            block++;
            end = m.end();
            String where = name + " block " + block;
            String type = m.group(1);
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(m.group(2));
            } catch (IllegalArgumentException e) {
                return reject("pem.base64", where, where + " (" + type + ") is not valid Base64: " + e.getMessage());
            }
            CertificateReadResult.Rejected problem;
            switch (type) {
                case "CERTIFICATE":
                case "X509 CERTIFICATE":
                case "TRUSTED CERTIFICATE":
                    problem = addCertificate(der, where, found, type.equals("TRUSTED CERTIFICATE"));
                    break;
                case "X509 CRL":
                    problem = addCrl(der, where, found);
                    break;
                case "PKCS7":
                case "CMS":
                    problem = readPkcs7(der, where, found);
                    break;
                default:
                    if (type.contains("PRIVATE KEY")) {
                        return reject("pem.private-key", where, where + " is a private key; UDI Trust does not take "
                                + "keys from certificate files. Remove it and import the certificates only.");
                    }
                    // Other blocks (certificate requests, public keys, parameters) are text around what we read.
                    problem = null;
                    break;
            }
            if (problem != null) {
                return problem;
            }
            if (found.count() > MAX_OBJECTS) {
                return reject("file.too-many", name, name + " holds more than " + MAX_OBJECTS
                        + " certificates and CRLs; that is not a chain or CRL file.");
            }
        }
        if (found.count() == 0) {
            int begin = indexOf(content, BEGIN);
            if (text.indexOf("-----END ", Math.max(begin, end)) < 0) {
                return reject("pem.unterminated", name, name + " has a PEM BEGIN line without its matching END line.");
            }
            return reject("file.no-certificate", name, name + " is PEM but holds no CERTIFICATE, X509 CRL or PKCS7 "
                    + "block (or its blocks are malformed).");
        }
        return null;
    }

    private static CertificateReadResult.Rejected readDer(byte[] der, String name, char[] password, Found found,
                                                          String where) {
        ASN1Primitive root;
        try (ASN1InputStream in = new ASN1InputStream(der, true)) {
            root = in.readObject();
            if (root == null || in.available() > 0 && in.readObject() != null) {
                return notRecognized(name);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return notRecognized(name);
        }
        if (!(root instanceof ASN1Sequence seq) || seq.size() < 2) {
            return notRecognized(name);
        }
        ASN1Encodable first = seq.getObjectAt(0);
        if (first instanceof ASN1ObjectIdentifier) {
            return readPkcs7(der, name, found);
        }
        if (first instanceof ASN1Integer && seq.size() >= 2) {
            return readPkcs12(der, name, password, found);
        }
        // Certificate and CertificateList are both SEQUENCE { SEQUENCE tbs, AlgorithmIdentifier, BIT STRING }; a
        // TBSCertList starts with an optional version then the signature AlgorithmIdentifier, a TBSCertificate with
        // [0] version then an INTEGER serial.
        if (seq.size() == 3 && first instanceof ASN1Sequence tbs && tbs.size() > 2) {
            ASN1Encodable a = tbs.getObjectAt(0);
                boolean crl = a instanceof ASN1Sequence || a instanceof ASN1Integer && looksLikeCrl(tbs);
            return crl ? addCrl(der, name, found) : addCertificate(der, name, found, false);
        }
        return notRecognized(name);
    }

    /** v2 TBSCertList: version INTEGER, signature SEQUENCE, issuer SEQUENCE, thisUpdate Time … */
    private static boolean looksLikeCrl(ASN1Sequence tbs) {
        return tbs.size() > 3 && tbs.getObjectAt(3) instanceof org.bouncycastle.asn1.ASN1UTCTime
                || tbs.size() > 3 && tbs.getObjectAt(3) instanceof org.bouncycastle.asn1.ASN1GeneralizedTime;
    }

    private static CertificateReadResult.Rejected notRecognized(String name) {
        return reject("file.unrecognized", name, name + " is neither PEM nor a DER certificate, CRL, PKCS#7 or "
                + "PKCS#12 file.");
    }

    private static CertificateReadResult.Rejected addCertificate(byte[] der, String where, Found found,
                                                                 boolean trustedCertificate) {
        byte[] bytes = der;
        try {
            if (trustedCertificate) {
                // OpenSSL's TRUSTED CERTIFICATE is the certificate followed by its trust settings.
                try (ASN1InputStream in = new ASN1InputStream(der, true)) {
                    bytes = in.readObject().getEncoded(ASN1Encoding.DER);
                }
            }
            Certificate.getInstance(bytes);   // structure check first: the JDK's messages are less specific
            X509Certificate c = (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(bytes));
            found.certificates.add(c);
            return null;
        } catch (Exception e) {
            return reject("cert.malformed", where, where + " is not a well-formed X.509 certificate: "
                    + reason(e));
        }
    }

    private static CertificateReadResult.Rejected addCrl(byte[] der, String where, Found found) {
        try {
            CertificateList.getInstance(der);
            X509CRL crl = (X509CRL) factory().generateCRL(new ByteArrayInputStream(der));
            found.crls.add(crl);
            return null;
        } catch (Exception e) {
            return reject("crl.malformed", where, where + " is not a well-formed X.509 CRL: " + reason(e));
        }
    }

    private static CertificateReadResult.Rejected readPkcs7(byte[] der, String where, Found found) {
        SignedData signed;
        try {
            ContentInfo info = ContentInfo.getInstance(der);
            if (!info.getContentType().equals(PKCSObjectIdentifiers.signedData)) {
                return reject("pkcs7.unsupported", where, where + " is a PKCS#7/CMS " + info.getContentType()
                        + " message; only certs-only SignedData (.p7b) carries certificates.");
            }
            signed = SignedData.getInstance(info.getContent());
        } catch (Exception e) {
            return reject("pkcs7.malformed", where, where + " is not a well-formed PKCS#7/CMS SignedData: "
                    + reason(e));
        }
        int n = 0;
        if (signed.getCertificates() != null) {
            for (ASN1Encodable c : signed.getCertificates()) {
                n++;
                if (!(c.toASN1Primitive() instanceof ASN1Sequence)) {
                    continue;   // attribute certificates and other choices: not X.509 public-key certificates
                }
                CertificateReadResult.Rejected p = addCertificate(encoded(c), where + " certificate " + n, found,
                        false);
                if (p != null) {
                    return p;
                }
                if (found.count() > MAX_OBJECTS) {
                    return reject("file.too-many", where, where + " holds more than " + MAX_OBJECTS
                            + " certificates and CRLs.");
                }
            }
        }
        int m = 0;
        if (signed.getCRLs() != null) {
            for (ASN1Encodable c : signed.getCRLs()) {
                m++;
                if (!(c.toASN1Primitive() instanceof ASN1Sequence)) {
                    continue;
                }
                CertificateReadResult.Rejected p = addCrl(encoded(c), where + " CRL " + m, found);
                if (p != null) {
                    return p;
                }
            }
        }
        if (n + m == 0) {
            return reject("pkcs7.empty", where, where + " is a PKCS#7/CMS SignedData without certificates or CRLs.");
        }
        return null;
    }

    private static CertificateReadResult.Rejected readPkcs12(byte[] der, String name, char[] password,
                                                             Found found) {
        char[] pw = password == null ? new char[0] : password;
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(der);
        } catch (Exception e) {
            return reject("pkcs12.malformed", name, name + " is not a well-formed PKCS#12 file: " + reason(e));
        }
        try {
            // Keys first, without the password: openssl stores the key bag in a plain (not encrypted) safe, so a
            // file with a key is refused even when the password is wrong.
            List<org.bouncycastle.asn1.pkcs.ContentInfo> encrypted = new ArrayList<>();
            for (org.bouncycastle.asn1.pkcs.ContentInfo info : pfx.getContentInfos()) {
                if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                    encrypted.add(info);
                    continue;
                }
                CertificateReadResult.Rejected p = takeBags(new PKCS12SafeBagFactory(info).getSafeBags(), name,
                        found);
                if (p != null) {
                    return p;
                }
            }
            if (pfx.hasMac() && !pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(
                    BcDefaultDigestProvider.INSTANCE), pw) && !(pw.length == 0 && Pkcs12EmptyPassword.macValid(pfx))) {
                return reject("pkcs12.password", name, name + ": the PKCS#12 password is wrong (its integrity "
                        + "check fails).");
            }
            InputDecryptorProvider decryptor = new JcePKCSPBEInputDecryptorProviderBuilder()
                    .setProvider(new BouncyCastleProvider()).build(pw);
            for (org.bouncycastle.asn1.pkcs.ContentInfo info : encrypted) {
                PKCS12SafeBag[] bags;
                try {
                    bags = pw.length == 0 ? Pkcs12EmptyPassword.decrypt(info) : null;
                    if (bags == null) {
                        bags = new PKCS12SafeBagFactory(info, decryptor).getSafeBags();
                    }
                } catch (Exception e) {
                    return reject("pkcs12.password", name, name + ": the PKCS#12 contents cannot be decrypted "
                            + "(wrong password or unsupported encryption).");
                }
                CertificateReadResult.Rejected p = takeBags(bags, name, found);
                if (p != null) {
                    return p;
                }
            }
        } catch (Exception e) {
            return reject("pkcs12.malformed", name, name + " is not a well-formed PKCS#12 file: " + reason(e));
        }
        if (found.count() == 0) {
            return reject("pkcs12.empty", name, name + " is a PKCS#12 file without certificates.");
        }
        return null;
    }

    private static CertificateReadResult.Rejected takeBags(PKCS12SafeBag[] bags, String name, Found found)
            throws java.io.IOException {
        for (PKCS12SafeBag bag : bags) {
            ASN1ObjectIdentifier type = bag.getType();
            if (type.equals(PKCSObjectIdentifiers.keyBag) || type.equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
                found.certificates.clear();
                found.crls.clear();
                return reject("pkcs12.private-key", name, name + " holds a private key; UDI Trust does not take "
                        + "device or CA keys in certificate files. Export the certificates only "
                        + "(openssl pkcs12 -nokeys, or a .p7b/.pem bundle).");
            }
            Object value = bag.getBagValue();
            if (value instanceof X509CertificateHolder holder) {
                CertificateReadResult.Rejected p = addCertificate(holder.getEncoded(), name, found, false);
                if (p != null) {
                    return p;
                }
            } else if (value instanceof X509CRLHolder holder) {
                CertificateReadResult.Rejected p = addCrl(holder.getEncoded(), name, found);
                if (p != null) {
                    return p;
                }
            }
            if (found.count() > MAX_OBJECTS) {
                return reject("file.too-many", name, name + " holds more than " + MAX_OBJECTS + " certificates.");
            }
        }
        return null;
    }

    /** DER of one element; an element that cannot be encoded becomes empty bytes, which then read as malformed. */
    private static byte[] encoded(ASN1Encodable e) {
        try {
            return e.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException | RuntimeException unencodable) {
            return new byte[0];
        }
    }

    private static CertificateFactory factory() throws java.security.cert.CertificateException {
        return CertificateFactory.getInstance("X.509");
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName() + ".";
        }
        m = m.replaceAll("\\s+", " ");
        if (m.length() > 160) {
            m = m.substring(0, 160) + "…";
        }
        return m.endsWith(".") ? m : m + ".";
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static CertificateReadResult.Rejected reject(String code, String where, String message) {
        return new CertificateReadResult.Rejected(new IdentityProblem(code, where, message));
    }
}
