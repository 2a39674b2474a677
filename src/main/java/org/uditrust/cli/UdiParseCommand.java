package org.uditrust.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.Services;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.UdiParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust udi parse [--json] TEXT…}, or one input per line on standard input. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse and validate UDIs: GS1 element strings (with or without AIM id such as ]d2),",
                "GS1 human-readable form (01)…, GS1 Digital Link URIs, HIBCC (+…) and ISBT 128 (=…).",
                "Without TEXT, reads one UDI per line from standard input.",
                "Exit status: 0 all valid, 1 any invalid, 2 usage error."})
final class UdiParseCommand implements Callable<Integer> {

    private final Services services;
    private final Cli.Console console;

    @Option(names = "--json", description = "One JSON object per input, one per line.")
    boolean json;

    @Option(names = "--gs-substitute", paramLabel = "STR",
            description = "What your keyboard-wedge scanner types instead of the GS (ASCII 29) separator, e.g. '|'.")
    String gsSubstitute;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "UDIs to parse (quote them for the shell).")
    List<String> inputs;

    UdiParseCommand(Services services, Cli.Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        UdiParser parser = gsSubstitute == null ? services.parser()
                : services.withOptions(new ParseOptions(services.clock(), gsSubstitute)).parser();
        boolean allValid = true;
        if (inputs != null && !inputs.isEmpty()) {
            for (String input : inputs) {
                allValid &= report(parser.parse(input));
            }
        } else {
            BoundedLineReader reader = new BoundedLineReader(
                    new InputStreamReader(console.in(), StandardCharsets.UTF_8), ParseOptions.MAX_INPUT_LENGTH);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    allValid &= report(parser.parse(line));
                }
            }
        }
        return allValid ? Cli.OK : Cli.INVALID;
    }

    private boolean report(ParseResult result) {
        console.out().print(json ? ParseOutput.json(result, Map.of()) + "\n" : ParseOutput.text(result));
        console.out().flush();
        return result.isValid();
    }
}
