package org.uditrust.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * Where {@code uditrust ca} commands get the key store password or the token PIN: a file ({@code --password-file},
 * {@code --pin-file}; its first line) or the environment ({@code UDITRUST_CA_PASSWORD}, {@code UDITRUST_CA_PIN}).
 * Never the command line, where other users and shell histories see it. The secret is handed out as a
 * {@code char[]} the caller clears.
 */
final class CaSecrets {

    static final String PASSWORD_ENV = "UDITRUST_CA_PASSWORD";
    static final String PIN_ENV = "UDITRUST_CA_PIN";
    private static final int MAX_FILE_BYTES = 1024;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the PKCS#12 password (else $" + PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--pin-file", paramLabel = "FILE",
            description = "File whose first line is the PKCS#11 token PIN (else $" + PIN_ENV + ").")
    Path pinFile;

    /** Thrown when no secret is available; its message says where one may come from (never the secret). */
    static final class MissingSecret extends Exception {
        MissingSecret(String message) {
            super(message);
        }
    }

    char[] password() throws IOException, MissingSecret {
        return secret(passwordFile, PASSWORD_ENV, "--password-file", "password");
    }

    char[] pin() throws IOException, MissingSecret {
        return secret(pinFile, PIN_ENV, "--pin-file", "PIN");
    }

    static char[] secret(Path file, String env, String option, String what)
            throws IOException, MissingSecret {
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new MissingSecret("The " + what + " file " + file + " does not exist.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new MissingSecret("The " + what + " file " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes; it should hold one line.");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return firstLine(bytes, file);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        String value = System.getenv(env);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        throw new MissingSecret("No " + what + ": give " + option + " FILE or set $" + env + ".");
    }

    private static char[] firstLine(byte[] bytes, Path file) throws MissingSecret {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
        } catch (CharacterCodingException e) {
            throw new MissingSecret("The file " + file + " is not UTF-8 text.");
        }
        char[] secret = Arrays.copyOfRange(chars.array(), chars.arrayOffset() + chars.position(),
                chars.arrayOffset() + chars.limit());
        Arrays.fill(chars.array(), '\0');
        if (secret.length == 0) {
            throw new MissingSecret("The first line of " + file + " is empty.");
        }
        return secret;
    }
}
