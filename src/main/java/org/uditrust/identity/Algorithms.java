package org.uditrust.identity;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** What a SubjectPublicKeyInfo holds (algorithm, size, curve) and how strong a signature algorithm's hash is. */
final class Algorithms {

    /** The facts of one public key; {@code bits} 0 when it cannot be told. */
    record KeyFacts(String algorithm, int bits, String curve) {
    }

    private Algorithms() {
    }

    static KeyFacts key(byte[] spkiDer) {
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(spkiDer);
            ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
            ASN1Encodable params = spki.getAlgorithm().getParameters();
            if (alg.equals(PKCSObjectIdentifiers.rsaEncryption) || alg.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
                BigInteger modulus = RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus();
                return new KeyFacts("RSA", modulus.bitLength(), null);
            }
            if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
                if (params instanceof ASN1ObjectIdentifier curveOid) {
                    X9ECParameters curve = ECNamedCurveTable.getByOID(curveOid);
                    int bits = curve == null ? 0 : curve.getCurve().getFieldSize();
                    return new KeyFacts("EC", bits, curveName(curveOid));
                }
                if (params != null && !(params instanceof DERNull)) {
                    return new KeyFacts("EC", X9ECParameters.getInstance(params).getCurve().getFieldSize(),
                            "explicit parameters");
                }
                return new KeyFacts("EC", 0, null);
            }
            if (alg.equals(EdECObjectIdentifiers.id_Ed25519)) {
                return new KeyFacts("Ed25519", 256, null);
            }
            if (alg.equals(EdECObjectIdentifiers.id_Ed448)) {
                return new KeyFacts("Ed448", 456, null);
            }
            if (alg.equals(X9ObjectIdentifiers.id_dsa)) {
                int bits = params == null ? 0 : DSAParameter.getInstance(params).getP().bitLength();
                return new KeyFacts("DSA", bits, null);
            }
            return new KeyFacts(alg.getId(), 0, null);
        } catch (RuntimeException | java.io.IOException e) {
            return new KeyFacts("unreadable", 0, null);
        }
    }

    /** NIST names for the NIST curves (what people say), the registry name otherwise. */
    static String curveName(ASN1ObjectIdentifier oid) {
        String id = oid.getId();
        if (id.equals("1.2.840.10045.3.1.7")) {
            return "P-256";
        }
        if (id.equals("1.3.132.0.34")) {
            return "P-384";
        }
        if (id.equals("1.3.132.0.35")) {
            return "P-521";
        }
        String name = ECNamedCurveTable.getName(oid);
        return name == null ? id : name;
    }

    /** "SHA-1", "MD5", "MD2" when the signature algorithm OID uses that hash, else null. */
    static String weakHash(String signatureOid) {
        switch (signatureOid) {
            case "1.2.840.113549.1.1.5":   // sha1WithRSAEncryption
            case "1.2.840.10045.4.1":      // ecdsa-with-SHA1
            case "1.2.840.10040.4.3":      // dsa-with-sha1
            case "1.3.14.3.2.29":          // sha1WithRSA (OIW)
                return "SHA-1";
            case "1.2.840.113549.1.1.4":   // md5WithRSAEncryption
                return "MD5";
            case "1.2.840.113549.1.1.2":   // md2WithRSAEncryption
                return "MD2";
            default:
                return null;
        }
    }
}
