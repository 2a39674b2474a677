package org.uditrust.identity.ca;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A SoftHSM2 token for the tests, made once per JVM: surefire sets {@code SOFTHSM2_CONF} (pom.xml) to a file under
 * the build directory; this writes that file and a fresh token directory, then initializes one token with
 * {@code softhsm2-util --init-token --free}. All of it happens before any test loads the PKCS#11 module (SoftHSM2
 * reads its configuration and tokens when the module initializes). Tests keep apart by their CA's alias prefix.
 */
public final class SoftHsm {

    public static final String TOKEN_LABEL = "uditrust-test";
    /** Test PINs (not secrets): the user PIN the tests log in with and the security officer's. */
    public static final String PIN = "87654321";
    private static final String SO_PIN = "12345678";

    private static boolean ready;

    private SoftHsm() {
    }

    /** Makes sure the token exists (skips, or fails in CI, when SoftHSM2 is not installed). */
    public static synchronized Pkcs11Token token() throws IOException, InterruptedException {
        ExternalTools.require(ExternalTools.SOFTHSM_UTIL, "apt-get install -y softhsm2");
        ExternalTools.require(ExternalTools.SOFTHSM_LIBRARY, "apt-get install -y softhsm2");
        if (!ready) {
            String conf = System.getenv("SOFTHSM2_CONF");
            if (conf == null) {
                String reason = "SOFTHSM2_CONF is not set (run the tests through Maven, which sets it)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(reason);
                }
                Assumptions.abort(reason);
            }
            Path confFile = Path.of(conf);
            Path tokens = confFile.getParent().resolve("tokens");
            if (Files.exists(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                    + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
                    StandardCharsets.UTF_8);
            ExternalTools.Run init = ExternalTools.run(confFile.getParent(), List.of(
                    ExternalTools.SOFTHSM_UTIL.toString(), "--init-token", "--free", "--label", TOKEN_LABEL,
                    "--so-pin", SO_PIN, "--pin", PIN));
            if (init.exit() != 0) {
                fail("softhsm2-util --init-token failed: " + init.output());
            }
            ready = true;
        }
        return new Pkcs11Token(ExternalTools.SOFTHSM_LIBRARY, TOKEN_LABEL, null);
    }
}
