package org.uditrust.identity.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiParser;

/** Shared pieces of the CA tests: UDIs, rules, a clock openssl agrees with, and CSRs made by openssl. */
final class CaTestSupport {

    /** An hour ago, so that openssl (which checks against the real time) sees certificates as already valid. */
    static final Clock CLOCK = Clock.fixed(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
            ZoneOffset.UTC);
    static final SecureRandom RANDOM = new SecureRandom();
    static final String GTIN = "09506000134352";
    static final String HW_TYPE = "1.3.6.1.4.1.55555.1.7";

    static final BindingRule SUBJECT_SERIAL = new BindingRule("Acme Medical", SerialSource.SUBJECT_SERIAL_NUMBER,
            ModelSource.SAN_URI, Map.of());
    static final BindingRule HW_MODULE = new BindingRule("Acme Medical", SerialSource.HARDWARE_MODULE_SERIAL,
            ModelSource.HARDWARE_MODULE_TYPE, Map.of(HW_TYPE, GTIN));

    private CaTestSupport() {
    }

    static Udi udi(String text) {
        ParseResult parsed = new UdiParser(ParseOptions.defaults(CLOCK)).parse(text);
        assertThat(parsed).as(text).isInstanceOf(ParseResult.Valid.class);
        return ((ParseResult.Valid) parsed).udi();
    }

    static Udi unit(String serial) {
        return udi("(01)" + GTIN + "(21)" + serial);
    }

    /** An openssl-made CSR: {@code key} is "ec" (P-256) or "rsa:BITS"; extra arguments go to openssl req. */
    static Path opensslCsr(Path dir, String name, String key, String cn, String... extra)
            throws IOException, InterruptedException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("req", "-new", "-nodes"));
        if (key.equals("ec")) {
            args.addAll(java.util.List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"));
        } else {
            args.addAll(java.util.List.of("-newkey", key));
        }
        args.addAll(java.util.List.of("-keyout", name + ".key", "-subj", "/CN=" + cn, "-out", name + ".csr"));
        args.addAll(java.util.List.of(extra));
        ExternalTools.opensslOk(dir, args.toArray(new String[0]));
        return dir.resolve(name + ".csr");
    }

    static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }
}
