package org.uditrust.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.Services;
import org.uditrust.barcode.DecodeResult;
import org.uditrust.barcode.DecodedBarcode;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust udi decode IMAGE…}: find UDI barcodes in label images and parse each. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode UDI barcodes (GS1 DataMatrix, GS1-128, GS1 QR, HIBC) in PNG or JPEG images and parse them.",
                "Exit status: 0 every image holds only valid UDIs, 1 otherwise, 2 usage error."})
final class UdiDecodeCommand implements Callable<Integer> {

    private final Services services;
    private final Cli.Console console;

    @Option(names = "--json", description = "One JSON object per barcode (or per image without one), one per line.")
    boolean json;

    @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Label images (PNG, JPEG).")
    List<Path> images;

    UdiDecodeCommand(Services services, Cli.Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path image : images) {
            DecodeResult result = services.decoder().decode(image);
            // Java 17: no pattern switch yet; the sealed DecodeResult keeps this list complete.
            if (result instanceof DecodeResult.Found found) {
                for (DecodedBarcode barcode : found.barcodes()) {
                    allValid &= report(image, barcode, services.parser().parse(barcode.text()));
                }
            } else if (result instanceof DecodeResult.NotFound notFound) {
                allValid = false;
                reportFailure(image, "barcode.not-found", notFound.message());
            } else if (result instanceof DecodeResult.Unreadable unreadable) {
                allValid = false;
                reportFailure(image, "barcode.unreadable", unreadable.message());
            }
        }
        return allValid ? Cli.OK : Cli.INVALID;
    }

    private boolean report(Path image, DecodedBarcode barcode, ParseResult parsed) {
        if (json) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("image", image.toString());
            extra.put("symbology", barcode.symbology());
            console.out().println(ParseOutput.json(parsed, extra));
        } else {
            console.out().print(image + " [" + barcode.symbology() + "]\n" + ParseOutput.text(parsed));
        }
        console.out().flush();
        return parsed.isValid();
    }

    private void reportFailure(Path image, String code, String message) {
        if (json) {
            ParseResult none = new ParseResult.Invalid(image.toString(), null, List.of(),
                    List.of(Problem.error(code, -1, message)));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("image", image.toString());
            extra.put("symbology", null);
            console.out().println(ParseOutput.json(none, extra));
        } else {
            console.out().println(image + ": " + message);
        }
        console.out().flush();
    }
}
