package org.uditrust.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.registry.Actor;
import org.uditrust.registry.TrustImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code uditrust identity crl import FILE…} and {@code --ocsp}. */
@Command(name = "crl", mixinStandardHelpOptions = true, description = "Revocation data for offline validation.",
        subcommands = {IdentityCrlCommand.Import.class})
final class IdentityCrlCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import CRLs (PEM or DER); per issuer only the newest (by CRL number) is kept.",
                    "With --ocsp the files are saved DER OCSP responses instead.",
                    "Exit status: 0 all read, 1 a file rejected (nothing of it stored), 2 usage error (missing file)."})
    static final class Import implements Callable<Integer> {
        private final CliSession session;
        private final Cli.Console console;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CRL files.")
        List<Path> files;

        @Option(names = "--ocsp", description = "The files are OCSP responses (DER).")
        boolean ocsp;

        @Option(names = "--json", description = "One JSON object per file (JSON Lines).")
        boolean json;

        Import(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public Integer call() {
            var trust = session.services().manufacturerTrust();
            int code = Cli.OK;
            for (Path file : files) {
                byte[] content = IdentityFiles.read(file, console);
                if (content == null) {
                    code = Cli.USAGE;
                    continue;
                }
                TrustImport result = ocsp
                        ? trust.importOcspResponse(content, file.toString(), Actor.operatingSystemUser())
                        : trust.importCrls(content, file.toString(), Actor.operatingSystemUser());
                if (result instanceof TrustImport.Rejected) {
                    TrustImport.Rejected r = (TrustImport.Rejected) result;
                    if (json) {
                        console.out().println(DeviceOutput.line(Map.of("file", file.toString(), "rejected",
                                IdentityOutput.json(r.problem()))));
                    }
                    console.err().println("Not imported: " + IdentityOutput.problem(r.problem()));
                    code = Math.max(code, Cli.INVALID);
                    continue;
                }
                TrustImport.Imported i = (TrustImport.Imported) result;
                if (json) {
                    console.out().println(DeviceOutput.line(Map.of("file", file.toString(), "stored", i.stored(),
                            "skipped", i.skipped())));
                } else {
                    i.stored().forEach(s -> console.out().println((ocsp ? "Stored OCSP response " : "Stored CRL of ")
                            + s));
                    i.skipped().forEach(s -> console.out().println(s));
                }
            }
            return code;
        }
    }
}
