package org.uditrust.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uditrust.identity.BindingRule;
import org.uditrust.identity.ModelSource;
import org.uditrust.identity.SerialSource;
import org.uditrust.registry.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust identity rule set|show}. */
@Command(name = "rule", mixinStandardHelpOptions = true,
        description = "A manufacturer's binding rule: which certificate field carries the serial and the model.",
        subcommands = {IdentityRuleCommand.Set.class, IdentityRuleCommand.Show.class})
final class IdentityRuleCommand {

    static Map<String, Object> json(BindingRule r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("manufacturer", r.manufacturer());
        o.put("serial", IdentityOutput.enumText(r.serialSource()));
        o.put("model", IdentityOutput.enumText(r.modelSource()));
        o.put("hwTypeToDi", r.hwTypeToDi());
        return o;
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set (or replace) a manufacturer's binding rule.",
                    "Exit status: 0 set, 2 usage error."})
    static final class Set implements Callable<Integer> {
        private final CliSession session;
        private final Cli.Console console;

        @Option(names = "--manufacturer", required = true, paramLabel = "NAME", description = "The manufacturer.")
        String manufacturer;

        @Option(names = "--serial", required = true, paramLabel = "FIELD",
                description = "subject-serial-number, hardware-module-serial or san-uri.")
        String serial;

        @Option(names = "--model", required = true, paramLabel = "FIELD",
                description = "san-uri or hardware-module-type.")
        String model;

        @Option(names = "--hw-type", paramLabel = "OID=DI",
                description = "hardwareModuleName hwType to UDI-DI (repeatable; for --model hardware-module-type).")
        Map<String, String> hwTypes = new LinkedHashMap<>();

        Set(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public Integer call() {
            SerialSource s = parse(SerialSource.class, serial);
            ModelSource m = parse(ModelSource.class, model);
            if (s == null || m == null) {
                console.err().println(s == null ? "Unknown --serial " + serial
                        + "; use subject-serial-number, hardware-module-serial or san-uri."
                        : "Unknown --model " + model + "; use san-uri or hardware-module-type.");
                return Cli.USAGE;
            }
            if (m == ModelSource.HARDWARE_MODULE_TYPE && hwTypes.isEmpty()) {
                console.err().println("--model hardware-module-type needs at least one --hw-type OID=DI.");
                return Cli.USAGE;
            }
            BindingRule rule = new BindingRule(manufacturer.strip(), s, m, hwTypes);
            session.services().manufacturerTrust().setRule(rule, Actor.operatingSystemUser());
            console.out().println("Binding rule of " + rule.manufacturer() + ": serial from "
                    + IdentityOutput.enumText(s) + ", model from " + IdentityOutput.enumText(m)
                    + (hwTypes.isEmpty() ? "" : " " + hwTypes));
            return Cli.OK;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String text) {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show binding rules.", "Exit status: 0 shown, 1 no rule for the manufacturer, 2 usage."})
    static final class Show implements Callable<Integer> {
        private final CliSession session;
        private final Cli.Console console;

        @Option(names = "--manufacturer", paramLabel = "NAME", description = "Only this manufacturer's.")
        String manufacturer;

        @Option(names = "--json", description = "One JSON object per rule (JSON Lines).")
        boolean json;

        Show(CliSession session, Cli.Console console) {
            this.session = session;
            this.console = console;
        }

        @Override
        public Integer call() {
            var trust = session.services().manufacturerTrust();
            List<BindingRule> rules = manufacturer == null ? trust.rules()
                    : trust.rule(manufacturer.strip()).map(List::of).orElse(List.of());
            if (rules.isEmpty() && manufacturer != null) {
                console.err().println("No binding rule for " + manufacturer + ".");
                return Cli.INVALID;
            }
            for (BindingRule r : rules) {
                if (json) {
                    console.out().println(DeviceOutput.line(json(r)));
                } else {
                    console.out().println(r.manufacturer() + ": serial from "
                            + IdentityOutput.enumText(r.serialSource()) + ", model from "
                            + IdentityOutput.enumText(r.modelSource())
                            + (r.hwTypeToDi().isEmpty() ? "" : " " + r.hwTypeToDi()));
                }
            }
            return Cli.OK;
        }
    }
}
