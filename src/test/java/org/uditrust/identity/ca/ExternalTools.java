package org.uditrust.identity.ca;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs tools nobody here wrote ({@code openssl}, {@code softhsm2-util}). When a tool is missing, the test is
 * skipped with the reason, except under {@code CI=true}, where a missing tool is a broken set-up and fails.
 */
public final class ExternalTools {

    public static final Path OPENSSL = Path.of("/usr/bin/openssl");
    public static final Path SOFTHSM_UTIL = Path.of("/usr/bin/softhsm2-util");
    public static final Path SOFTHSM_LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    /** What a tool printed (standard output and error together) and its exit status. */
    public record Run(int exit, String output) {
    }

    private ExternalTools() {
    }

    /** Skips (or, in CI, fails) the calling test when {@code file} is absent. */
    public static void require(Path file, String installHint) {
        if (Files.isExecutable(file) || Files.isRegularFile(file)) {
            return;
        }
        String reason = file + " is missing (" + installHint + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + reason);
        }
        Assumptions.abort(reason + "; skipped outside CI");
    }

    public static void requireOpenssl() {
        require(OPENSSL, "apt-get install -y openssl");
    }

    /** Runs {@code openssl args…} in {@code dir}. */
    public static Run openssl(Path dir, String... args) throws IOException, InterruptedException {
        requireOpenssl();
        List<String> command = new ArrayList<>();
        command.add(OPENSSL.toString());
        command.addAll(List.of(args));
        return run(dir, command);
    }

    /** Runs {@code openssl args…} and fails the test (with openssl's output) unless it exits 0. */
    public static String opensslOk(Path dir, String... args) throws IOException, InterruptedException {
        Run run = openssl(dir, args);
        if (run.exit() != 0) {
            fail("openssl " + String.join(" ", args) + " exited " + run.exit() + ":\n" + run.output());
        }
        return run.output();
    }

    static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process process = pb.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 60 s");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
