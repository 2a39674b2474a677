package org.uditrust.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.uditrust.Services;
import org.uditrust.identity.IdentityProblem;
import org.uditrust.identity.ca.CaConfig;
import org.uditrust.identity.ca.CaKeys;
import org.uditrust.identity.ca.CaResult;
import org.uditrust.identity.ca.ProvisioningCa;

/** Opens the CA in a directory for one command: its keys with the secret, then the CA; reports why not. */
final class CaAccess {

    /** An open CA and its keys; closing forgets the secret and logs out of a token. */
    record Opened(ProvisioningCa ca, CaKeys keys) implements AutoCloseable {
        @Override
        public void close() {
            keys.close();
        }
    }

    private CaAccess() {
    }

    /** The open CA, or null after printing why not to {@code console.err()}. */
    static Opened open(Path dir, CaSecrets secrets, Services services, Cli.Console console) throws IOException {
        CaResult<CaConfig> config = CaConfig.read(dir);
        if (config instanceof CaResult.Failed) {
            report(console, ((CaResult.Failed<CaConfig>) config).problem());
            return null;
        }
        CaConfig c = ((CaResult.Ok<CaConfig>) config).value();
        char[] secret;
        try {
            secret = c.pkcs12File() != null ? secrets.password() : secrets.pin();
        } catch (CaSecrets.MissingSecret e) {
            console.err().println("uditrust ca: " + e.getMessage());
            return null;
        }
        CaResult<CaKeys> keys;
        try {
            keys = c.openKeys(secret, services.secureRandom());
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (keys instanceof CaResult.Failed) {
            report(console, ((CaResult.Failed<CaKeys>) keys).problem());
            return null;
        }
        CaKeys k = ((CaResult.Ok<CaKeys>) keys).value();
        CaResult<ProvisioningCa> ca;
        try {
            ca = ProvisioningCa.open(dir, k, services.clock(), services.secureRandom());
        } catch (IOException | RuntimeException e) {
            k.close();
            throw e;
        }
        if (ca instanceof CaResult.Failed) {
            k.close();
            report(console, ((CaResult.Failed<ProvisioningCa>) ca).problem());
            return null;
        }
        return new Opened(((CaResult.Ok<ProvisioningCa>) ca).value(), k);
    }

    static void report(Cli.Console console, IdentityProblem problem) {
        console.err().println("uditrust ca: " + problem.message() + " [" + problem.code() + "]");
    }
}
