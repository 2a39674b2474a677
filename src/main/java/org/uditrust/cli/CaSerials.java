package org.uditrust.cli;

import java.math.BigInteger;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Certificate serial numbers typed by users: hex, with or without colons or a 0x prefix. */
final class CaSerials {

    private CaSerials() {
    }

    static BigInteger parse(String text, CommandSpec spec) {
        String hex = text.strip().replace(":", "");
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (hex.isEmpty() || hex.length() > 42 || !hex.matches("[0-9A-Fa-f]+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + text + "' is not a certificate serial "
                    + "number in hex (at most 20 bytes).");
        }
        return new BigInteger(hex, 16);
    }
}
