package org.uditrust.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uditrust.Services;
import org.uditrust.barcode.Symbology;
import org.uditrust.udi.ParseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uditrust udi encode --symbology … --out FILE TEXT}: print-ready label image for a valid UDI. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Draw a UDI label (symbol and human-readable line) as PNG or SVG, chosen by the --out extension.",
                "TEXT is any UDI form 'udi parse' accepts; it must be valid.",
                "Exit status: 0 written, 1 the UDI is invalid, 2 usage error."})
final class UdiEncodeCommand implements Callable<Integer> {

    private final Services services;
    private final Cli.Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--symbology", required = true, paramLabel = "datamatrix|gs1-128|qr",
            description = "datamatrix, gs1-128 or qr.")
    String symbology;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file, .png or .svg.")
    Path out;

    @Option(names = "--gs-substitute", paramLabel = "STR",
            description = "What stands for the GS (ASCII 29) separator in TEXT, e.g. '|'.")
    String gsSubstitute;

    @Parameters(paramLabel = "TEXT", arity = "1", description = "The UDI to encode.")
    String text;

    UdiEncodeCommand(Services services, Cli.Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        Symbology target = switch (symbology.toLowerCase(Locale.ROOT)) {
            case "datamatrix", "data-matrix", "dm" -> Symbology.DATAMATRIX;
            case "gs1-128", "gs1128", "code128" -> Symbology.GS1_128;
            case "qr", "qrcode" -> Symbology.QR;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown symbology '" + symbology + "': use datamatrix, gs1-128 or qr.");
        };
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "The --out file must end in .png or .svg: " + out);
        }
        var parser = gsSubstitute == null ? services.parser()
                : services.withOptions(services.options().withGroupSeparatorSubstitute(gsSubstitute)).parser();
        ParseResult parsed = parser.parse(text);
        if (!(parsed instanceof ParseResult.Valid valid)) {
            console.err().print("Not encoded: the UDI is invalid.\n" + ParseOutput.text(parsed));
            return Cli.INVALID;
        }
        services.encoder().write(valid.udi(), target, out);
        console.out().println("Wrote " + out + " (" + target.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + ", " + valid.udi().issuer() + " " + ParseOutput.printable(valid.udi().humanReadable()) + ")");
        return Cli.OK;
    }
}
