package org.uditrust.identity;

import java.security.MessageDigest;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;

/**
 * PKCS#12 files written with an empty password ({@code openssl pkcs12 -export -nokeys -passout pass:}), which
 * Bouncy Castle's high-level API refuses: OpenSSL encodes the empty MAC password as a BMPString terminator (two
 * zero bytes), and Bouncy Castle's JCE PBKDF2 rejects an empty password outright. Both steps done here with the
 * lightweight API, for the OpenSSL 3 default (PBES2, PBKDF2 with HMAC-SHA-1/2, AES-CBC).
 */
final class Pkcs12EmptyPassword {

    private Pkcs12EmptyPassword() {
    }

    static boolean macValid(PKCS12PfxPdu pfx) {
        try {
            MacData mac = pfx.toASN1Structure().getMacData();
            ExtendedDigest digest = BcDefaultDigestProvider.INSTANCE.get(mac.getMac().getAlgorithmId());
            PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digest);
            generator.init(new byte[2], mac.getSalt(), mac.getIterationCount().intValueExact());
            KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(digest.getDigestSize() * 8);
            HMac hmac = new HMac(BcDefaultDigestProvider.INSTANCE.get(mac.getMac().getAlgorithmId()));
            hmac.init(key);
            byte[] data = ASN1OctetString.getInstance(pfx.toASN1Structure().getAuthSafe().getContent()).getOctets();
            hmac.update(data, 0, data.length);
            byte[] out = new byte[hmac.getMacSize()];
            hmac.doFinal(out, 0);
            return MessageDigest.isEqual(out, mac.getMac().getDigest());
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /** The bags of an encrypted safe under the empty password, or null when its scheme is not PBES2 + AES-CBC. */
    static PKCS12SafeBag[] decrypt(org.bouncycastle.asn1.pkcs.ContentInfo info) throws Exception {
        EncryptedData enc = EncryptedData.getInstance(info.getContent());
        if (!enc.getEncryptionAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
            return null;
        }
        PBES2Parameters params = PBES2Parameters.getInstance(enc.getEncryptionAlgorithm().getParameters());
        if (!params.getKeyDerivationFunc().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBKDF2)) {
            return null;
        }
        PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        EncryptionScheme scheme = params.getEncryptionScheme();
        int keyBytes = aesKeyBytes(scheme.getAlgorithm());
        ExtendedDigest prf = prf(kdf.getPrf().getAlgorithm());
        if (keyBytes == 0 || prf == null) {
            return null;
        }
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf);
        generator.init(new byte[0], kdf.getSalt(), kdf.getIterationCount().intValueExact());
        KeyParameter key = (KeyParameter) generator.generateDerivedParameters(keyBytes * 8);
        byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
        PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(
                CBCBlockCipher.newInstance(AESEngine.newInstance()), new PKCS7Padding());
        cipher.init(false, new ParametersWithIV(key, iv));
        byte[] encrypted = enc.getContent().getOctets();
        byte[] plain = new byte[cipher.getOutputSize(encrypted.length)];
        int n = cipher.processBytes(encrypted, 0, encrypted.length, plain, 0);
        n += cipher.doFinal(plain, n);
        ASN1Sequence safeContents = ASN1Sequence.getInstance(java.util.Arrays.copyOf(plain, n));
        PKCS12SafeBag[] bags = new PKCS12SafeBag[safeContents.size()];
        int i = 0;
        for (ASN1Encodable bag : safeContents) {
            bags[i++] = new PKCS12SafeBag(SafeBag.getInstance(bag));
        }
        return bags;
    }

    private static int aesKeyBytes(ASN1ObjectIdentifier oid) {
        if (oid.equals(NISTObjectIdentifiers.id_aes128_CBC)) {
            return 16;
        }
        if (oid.equals(NISTObjectIdentifiers.id_aes192_CBC)) {
            return 24;
        }
        if (oid.equals(NISTObjectIdentifiers.id_aes256_CBC)) {
            return 32;
        }
        return 0;
    }

    private static ExtendedDigest prf(ASN1ObjectIdentifier oid) {
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA1)) {
            return new SHA1Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA256)) {
            return new SHA256Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA384)) {
            return new SHA384Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA512)) {
            return new SHA512Digest();
        }
        return null;
    }
}
