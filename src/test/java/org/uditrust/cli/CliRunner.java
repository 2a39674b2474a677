package org.uditrust.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.uditrust.Services;
import org.uditrust.udi.ParseOptions;

/** Runs the CLI in-process with captured output and a fixed clock (2026-11-25), as the launcher would. */
final class CliRunner {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = Services.create(CLOCK, ParseOptions.defaults(CLOCK));
        int code = Cli.run(services, new Cli.Console(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs on the database file {@code db} (as the launcher would with $UDITRUST_DB set). */
    static Run runOn(java.nio.file.Path db, String... args) {
        return runOn(db, CLOCK, args);
    }

    /** Runs on {@code db} with another clock (certificates made at test time are valid from then on). */
    static Run runOn(java.nio.file.Path db, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = Services.create(clock, ParseOptions.defaults(clock), db);
        int code = Cli.run(services, new Cli.Console(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(new byte[0])), args);
        return new Run(code, out.toString(), err.toString());
    }

    private CliRunner() {
    }
}
