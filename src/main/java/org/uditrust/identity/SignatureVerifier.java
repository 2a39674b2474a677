package org.uditrust.identity;

import java.nio.ByteBuffer;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.Ed448PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed448Signer;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Verifies signatures on certificates, CRLs and OCSP responses.
 *
 * <p>ECDSA, RSA PKCS#1 v1.5 and EdDSA go through Bouncy Castle's lightweight API with the issuer key decoded once
 * and kept (an EC key keeps its precomputed multiples, which roughly halves the cost of the next verification);
 * other algorithms (RSASSA-PSS, DSA) through the JDK's JCA. Two bounded caches, both optional: decoded keys by
 * their DER, and signatures already verified, keyed by (SHA-256 of the signed object's DER, SHA-256 of the
 * issuer's SubjectPublicKeyInfo). Only successes are cached, so a failure is always recomputed. Thread-safe.
 */
final class SignatureVerifier {

    /** Outcome of one check. */
    enum Result { VALID, INVALID, UNSUPPORTED }

    private final Map<ByteBuffer, AsymmetricKeyParameter> keys;
    private final Map<ByteBuffer, Boolean> verified;

    SignatureVerifier(int verifiedEntries, int keyEntries) {
        this.keys = keyEntries > 0 ? lru(keyEntries) : null;
        this.verified = verifiedEntries > 0 ? lru(verifiedEntries) : null;
    }

    private static <V> Map<ByteBuffer, V> lru(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, V> eldest) {
                return size() > max;
            }
        });
    }

    /**
     * @param signedDer  the whole signed object (certificate, CRL, OCSP response data), the cache key
     * @param tbs        the bytes the signature covers (asked for only when not cached)
     * @param algOid     signature algorithm OID
     * @param algParams  DER algorithm parameters, or null
     * @param signature  the signature value
     * @param issuerSpki DER SubjectPublicKeyInfo of the signer
     */
    Result verify(Supplier<byte[]> signedDer, Supplier<byte[]> tbs, String algOid, byte[] algParams,
                  byte[] signature, byte[] issuerSpki) {
        ByteBuffer cacheKey = null;
        if (verified != null) {
            byte[] k = new byte[64];
            System.arraycopy(Der.sha256(signedDer.get()), 0, k, 0, 32);
            System.arraycopy(Der.sha256(issuerSpki), 0, k, 32, 32);
            cacheKey = ByteBuffer.wrap(k);
            if (verified.containsKey(cacheKey)) {
                return Result.VALID;
            }
        }
        Result result = verifyNow(tbs.get(), algOid, algParams, signature, issuerSpki);
        if (result == Result.VALID && cacheKey != null) {
            verified.put(cacheKey, Boolean.TRUE);
        }
        return result;
    }

    private Result verifyNow(byte[] tbs, String algOid, byte[] algParams, byte[] signature, byte[] spki) {
        try {
            Signer signer = lightweightSigner(algOid);
            if (signer == null) {
                return viaJca(tbs, algOid, algParams, signature, spki);
            }
            AsymmetricKeyParameter key = key(spki);
            if (!fits(signer, key)) {
                return Result.INVALID;
            }
            signer.init(false, key);
            signer.update(tbs, 0, tbs.length);
            return signer.verifySignature(signature) ? Result.VALID : Result.INVALID;
        } catch (Exception | StackOverflowError e) {
            // A key or signature that does not decode is a signature that does not verify.
            return Result.INVALID;
        }
    }

    private static boolean fits(Signer signer, AsymmetricKeyParameter key) {
        if (signer instanceof RSADigestSigner) {
            return key instanceof RSAKeyParameters;
        }
        if (signer instanceof DSADigestSigner) {
            return key instanceof ECPublicKeyParameters;
        }
        if (signer instanceof Ed25519Signer) {
            return key instanceof Ed25519PublicKeyParameters;
        }
        return key instanceof Ed448PublicKeyParameters;
    }

    private AsymmetricKeyParameter key(byte[] spki) throws java.io.IOException {
        if (keys == null) {
            return PublicKeyFactory.createKey(spki);
        }
        ByteBuffer k = ByteBuffer.wrap(spki.clone());
        AsymmetricKeyParameter key = keys.get(k);
        if (key == null) {
            key = PublicKeyFactory.createKey(spki);
            keys.put(k, key);
        }
        return key;
    }

    private static Signer lightweightSigner(String algOid) {
        switch (algOid) {
            case "1.2.840.10045.4.3.2":
                return new DSADigestSigner(new ECDSASigner(), new SHA256Digest());
            case "1.2.840.10045.4.3.3":
                return new DSADigestSigner(new ECDSASigner(), new SHA384Digest());
            case "1.2.840.10045.4.3.4":
                return new DSADigestSigner(new ECDSASigner(), new SHA512Digest());
            case "1.2.840.10045.4.1":
                return new DSADigestSigner(new ECDSASigner(), new SHA1Digest());
            case "1.2.840.113549.1.1.11":
                return rsa(new SHA256Digest());
            case "1.2.840.113549.1.1.12":
                return rsa(new SHA384Digest());
            case "1.2.840.113549.1.1.13":
                return rsa(new SHA512Digest());
            case "1.2.840.113549.1.1.5":
                return rsa(new SHA1Digest());
            case "1.3.101.112":
                return new Ed25519Signer();
            case "1.3.101.113":
                return new Ed448Signer(new byte[0]);
            default:
                return null;
        }
    }

    private static Signer rsa(Digest digest) {
        return new RSADigestSigner(digest);
    }

    /** The JDK for the rest (RSASSA-PSS with its parameters, DSA, MD5 with RSA …). */
    private static Result viaJca(byte[] tbs, String algOid, byte[] algParams, byte[] signature, byte[] spki) {
        Signature verifier;
        PublicKey key;
        try {
            verifier = Signature.getInstance(algOid);
            String keyAlgorithm = Algorithms.key(spki).algorithm();
            key = KeyFactory.getInstance(keyAlgorithm.equals("RSA") ? "RSA" : keyAlgorithm)
                    .generatePublic(new X509EncodedKeySpec(spki));
        } catch (java.security.GeneralSecurityException e) {
            return Result.UNSUPPORTED;
        }
        try {
            if (algParams != null && algOid.equals("1.2.840.113549.1.1.10")) {
                AlgorithmParameters params = AlgorithmParameters.getInstance("RSASSA-PSS");
                params.init(algParams);
                verifier.setParameter(params.getParameterSpec(PSSParameterSpec.class));
            }
            verifier.initVerify(key);
            verifier.update(tbs);
            return verifier.verify(signature) ? Result.VALID : Result.INVALID;
        } catch (Exception e) {
            return Result.INVALID;
        }
    }
}
