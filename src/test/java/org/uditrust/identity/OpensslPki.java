package org.uditrust.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small PKI made by {@code openssl} (an independent implementation) for tests: an ECDSA P-256 root, an issuing
 * CA under it, device certificates with the fields IEEE 802.1AR devices carry (subject serialNumber, RFC 4108
 * hardwareModuleName, URI SANs), revocation and CRLs through {@code openssl ca}. Without openssl the test is skipped,
 * except when {@code CI=true}, where it fails.
 */
public final class OpensslPki {

    public static final String HMN_OID = "1.3.6.1.5.5.7.8.4";

    private final Path dir;

    private OpensslPki(Path dir) {
        this.dir = dir;
    }

    /** Makes the root ("CN=Acme Root CA") and issuing CA ("CN=Acme Issuing CA") in {@code dir}. */
    public static OpensslPki create(Path dir) throws IOException {
        requireOpenssl();
        OpensslPki pki = new OpensslPki(dir);
        Files.writeString(dir.resolve("index.txt"), "");
        Files.writeString(dir.resolve("crlnumber"), "01\n");
        Files.writeString(dir.resolve("ca.cnf"), String.join("\n",
                "[ca]", "default_ca=CA_default", "[CA_default]", "database=index.txt", "crlnumber=crlnumber",
                "default_md=sha256", "default_crl_days=30",
                "[v3_ca]", "basicConstraints=critical,CA:TRUE,pathlen:0", "keyUsage=critical,keyCertSign,cRLSign",
                "subjectKeyIdentifier=hash", "authorityKeyIdentifier=keyid", ""));
        pki.run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "root.key", "-out", "root.pem", "-subj", "/CN=Acme Root CA", "-days", "3650", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        pki.run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "int.key", "-out", "int.csr", "-subj", "/CN=Acme Issuing CA");
        pki.run("x509", "-req", "-in", "int.csr", "-CA", "root.pem", "-CAkey", "root.key", "-set_serial", "2",
                "-out", "int.pem", "-days", "1825", "-extfile", "ca.cnf", "-extensions", "v3_ca");
        return pki;
    }

    /** A second, unrelated root ("CN=Other Root CA") in the same directory. */
    public Path otherRoot() throws IOException {
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                "other.key", "-out", "other.pem", "-subj", "/CN=Other Root CA", "-days", "3650", "-addext",
                "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return dir.resolve("other.pem");
    }

    public Path root() {
        return dir.resolve("root.pem");
    }

    public Path intermediate() {
        return dir.resolve("int.pem");
    }

    /**
     * A device certificate issued by the issuing CA.
     *
     * @param name        file name stem
     * @param subject     e.g. {@code /CN=pump/serialNumber=SN123}
     * @param serial      certificate serial number
     * @param sanLines    lines of the subjectAltName section, e.g. {@code URI.1=https://id.gs1.org/01/…}; use
     *                    {@link #hardwareModuleName} for the RFC 4108 otherName
     * @param keyFile     an existing key to reuse (a clone), or null for a new P-256 key
     * @return the PEM file
     */
    public Path leaf(String name, String subject, long serial, List<String> sanLines, Path keyFile)
            throws IOException {
        List<String> cnf = new ArrayList<>(List.of("[v3_leaf]", "basicConstraints=critical,CA:FALSE",
                "keyUsage=critical,digitalSignature", "subjectKeyIdentifier=hash", "authorityKeyIdentifier=keyid"));
        List<String> sections = new ArrayList<>();
        if (!sanLines.isEmpty()) {
            cnf.add("subjectAltName=@alt");
            cnf.add("[alt]");
            for (String line : sanLines) {
                if (line.startsWith("[")) {
                    sections.add(line);
                } else {
                    cnf.add(line);
                }
            }
        }
        sections.forEach(s -> cnf.addAll(List.of(s.split("\n"))));
        Files.write(dir.resolve(name + ".cnf"), cnf, StandardCharsets.US_ASCII);
        String key = keyFile == null ? name + ".key" : keyFile.toString();
        if (keyFile == null) {
            run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key,
                    "-out", name + ".csr", "-subj", subject);
        } else {
            run("req", "-new", "-key", key, "-out", name + ".csr", "-subj", subject);
        }
        run("x509", "-req", "-in", name + ".csr", "-CA", "int.pem", "-CAkey", "int.key", "-set_serial",
                Long.toString(serial), "-out", name + ".pem", "-days", "365", "-extfile", name + ".cnf",
                "-extensions", "v3_leaf");
        return dir.resolve(name + ".pem");
    }

    /** SAN lines for an RFC 4108 hardwareModuleName with a printable hwSerialNum. */
    public static List<String> hardwareModuleName(String hwType, String hwSerialNum) {
        return List.of("otherName.1=" + HMN_OID + ";SEQUENCE:hmn",
                "[hmn]\nhwType=OID:" + hwType + "\nhwSerialNum=OCTETSTRING:" + hwSerialNum);
    }

    public Path key(String name) {
        return dir.resolve(name + ".key");
    }

    /** Marks a device certificate revoked in the issuing CA's database (publish with {@link #crl}). */
    public void revoke(Path leafPem) throws IOException {
        run("ca", "-config", "ca.cnf", "-revoke", leafPem.toString(), "-keyfile", "int.key", "-cert", "int.pem");
    }

    /** A CRL of the issuing CA as of now (its number increases with each call). */
    public Path crl(String name) throws IOException {
        run("ca", "-config", "ca.cnf", "-gencrl", "-keyfile", "int.key", "-cert", "int.pem", "-out", name);
        return dir.resolve(name);
    }

    /** A DER OCSP response of the issuing CA (signing itself) about {@code leafPem}, from its database. */
    public Path ocspResponse(Path leafPem, String name) throws IOException {
        run("ocsp", "-issuer", "int.pem", "-cert", leafPem.toString(), "-reqout", name + ".req", "-no_nonce");
        run("ocsp", "-index", "index.txt", "-rsigner", "int.pem", "-rkey", "int.key", "-CA", "int.pem", "-reqin",
                name + ".req", "-respout", name, "-ndays", "7");
        return dir.resolve(name);
    }

    /** Runs openssl in the directory; fails with its output when it fails. */
    public String run(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("openssl " + String.join(" ", args) + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    private static void requireOpenssl() {
        boolean present;
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("openssl is required in CI (run-tests installs it)");
        }
        Assumptions.assumeTrue(present, "openssl is not installed; the interoperability tests need it");
    }
}
