package org.uditrust.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.uditrust.registry.Device;
import org.uditrust.registry.DeviceQuery;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.InventoryQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uditrust device list}: one page of the inventory, filtered and sorted in the database. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List registered devices, one page at a time (--limit, --offset).",
                "Default order: newest registration first; with --sort, ascending unless --order desc.",
                "Exit status: 0 (also when nothing matches), 2 usage error."})
final class DeviceListCommand implements Callable<Integer> {

    enum Order { asc, desc }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final CliSession session;
    private final Cli.Console console;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Any part of the UDI (DI, lot, serial), the model or the location, case-insensitive.")
    String search;

    @Option(names = "--status", paramLabel = "S", converter = StatusConverter.class,
            description = "in-service, quarantined, recalled or retired.")
    DeviceStatus status;

    @Option(names = "--di", paramLabel = "DI", description = "Only devices of this UDI-DI.")
    String di;

    @Option(names = "--site", paramLabel = "S", description = "Only devices at this site.")
    String site;

    @Option(names = "--sort", paramLabel = "F", converter = SortConverter.class,
            description = "registered, di, lot, serial, expiry, status or location.")
    DeviceQuery.Sort sort;

    @Option(names = "--order", paramLabel = "asc|desc", description = "Sort direction.")
    Order order;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N devices (default 50).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Option(names = "--json", description = "One JSON object per device, one per line.")
    boolean json;

    DeviceListCommand(CliSession session, Cli.Console console) {
        this.session = session;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be at least 1 and --offset at least 0");
        }
        boolean ascending = order == null ? sort != null : order == Order.asc;
        DeviceQuery query = new DeviceQuery(blankToNull(search), blankToNull(di), status, blankToNull(site), sort,
                ascending);
        InventoryQueries inventory = session.registry().inventory();
        List<Device> page = inventory.page(query, offset, limit);
        if (json) {
            for (Device d : page) {
                console.out().println(DeviceOutput.line(DeviceOutput.json(d)));
            }
            return Cli.OK;
        }
        long total = inventory.count(query);
        if (page.isEmpty()) {
            console.out().println(total == 0 ? "No devices match." : "No devices on this page (" + total
                    + " match; try a smaller --offset).");
            return Cli.OK;
        }
        console.out().println(DeviceOutput.header());
        for (Device d : page) {
            console.out().println(DeviceOutput.row(d));
        }
        console.out().println(String.format(Locale.ROOT, "%d-%d of %d device%s", offset + 1, offset + page.size(),
                total, total == 1 ? "" : "s"));
        return Cli.OK;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sort fields in lower case, as the help lists them. */
    static final class SortConverter implements picocli.CommandLine.ITypeConverter<DeviceQuery.Sort> {
        @Override
        public DeviceQuery.Sort convert(String value) {
            try {
                return DeviceQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a sort field; use registered, di, lot, serial, expiry, status or location");
            }
        }
    }
}
