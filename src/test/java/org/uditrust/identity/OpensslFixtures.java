package org.uditrust.identity;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The certificates, CRLs and OCSP responses {@code make-fixtures.sh} makes with openssl, made once per test JVM
 * into a temporary directory (about two seconds, most of it RSA key generation). With CI=true a missing openssl
 * fails the test; elsewhere the test is skipped with the reason.
 */
public final class OpensslFixtures {

    /** The time the fixtures are valid at (see make-fixtures.sh). */
    public static final Instant AT = Instant.parse("2026-01-31T12:00:00Z");
    public static final String OPENSSL = "/usr/bin/openssl";

    private static Path dir;

    private OpensslFixtures() {
    }

    public static synchronized Path dir() {
        requireOpenssl();
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("uditrust-pki");
                Path script = d.resolve("make-fixtures.sh");
                try (InputStream in = OpensslFixtures.class.getResourceAsStream("make-fixtures.sh")) {
                    Files.copy(in, script);
                }
                Result r = run(d, "bash", script.toString(), d.resolve("out").toString());
                if (r.exit() != 0) {
                    fail("make-fixtures.sh failed: " + r.output());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
                dir = d.resolve("out");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    public static void requireOpenssl() {
        boolean present = Files.isExecutable(Path.of(OPENSSL));
        if ("true".equals(System.getenv("CI")) && !present) {
            fail("openssl is required in CI (" + OPENSSL + " missing)");
        }
        assumeTrue(present, "openssl not installed at " + OPENSSL + "; these interoperability tests need it");
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static X509Certificate cert(String name) {
        try (InputStream in = Files.newInputStream(file(name + ".pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    public static X509CRL crl(String issuer) {
        try (InputStream in = Files.newInputStream(file(issuer + ".crl.pem"))) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (Exception e) {
            throw new IllegalStateException(issuer, e);
        }
    }

    public record Result(int exit, String output) {
    }

    public static Result run(Path workDir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code openssl verify} at {@link #AT}, auth level 2 (rejects RSA < 2048 and SHA-1), strict X.509. */
    public static Result opensslVerify(List<String> anchors, List<String> untrusted, List<String> crls,
                                       boolean crlCheck, String leaf) {
        List<String> cmd = new ArrayList<>(List.of(OPENSSL, "verify", "-attime", Long.toString(AT.getEpochSecond()),
                "-auth_level", "2", "-x509_strict"));
        for (String a : anchors) {
            cmd.add("-trusted");
            cmd.add(a + ".pem");
        }
        for (String u : untrusted) {
            cmd.add("-untrusted");
            cmd.add(u + ".pem");
        }
        if (crlCheck) {
            cmd.add("-crl_check_all");
        }
        {
            for (String c : crls) {
                cmd.add("-CRLfile");
                cmd.add(c + ".crl.pem");
            }
        }
        cmd.add(leaf + ".pem");
        return run(dir(), cmd.toArray(String[]::new));
    }

    private static void delete(Path d) {
        try (Stream<Path> walk = Files.walk(d)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
