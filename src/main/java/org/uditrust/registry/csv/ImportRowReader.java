package org.uditrust.registry.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.uditrust.registry.DeviceStatus;
import org.uditrust.registry.Location;
import org.uditrust.registry.UdiKeys;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.UdiParser;

/** Turns one CSV record into an {@link ImportRow}: the UDI parsed, status and location read, nothing stored. */
final class ImportRowReader {

    /** What Excel makes of a long digit string in a General-format cell: {@code 1.09506E+15}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](?:[.,][0-9]+)?[Ee]\\+?[0-9]+");

    private final UdiParser parser;
    private final ImportHeader header;
    private final String delimiterName;

    ImportRowReader(UdiParser parser, ImportHeader header, char delimiter) {
        this.parser = parser;
        this.header = header;
        this.delimiterName = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    ImportRow read(CsvRow.Record record) {
        List<String> cells = record.fields();
        long line = record.line();
        boolean blank = true;
        for (String cell : cells) {
            blank &= cell.isBlank();
        }
        if (blank) {
            return new ImportRow.Blank();
        }
        for (int i = header.width(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return reject(line, "import.extra-cells", "The row has " + cells.size() + " cells but the header "
                        + header.width() + ": is a " + delimiterName + " inside a cell that is not in quotes?");
            }
        }
        String udiCell = stripLeading(cell(cells, ImportColumn.UDI));
        if (udiCell.isBlank()) {
            return reject(line, "import.no-udi", "The UDI cell is empty.");
        }
        if (SCIENTIFIC.matcher(udiCell.strip()).matches()) {
            return reject(line, "import.udi-as-number", "The UDI cell holds \"" + udiCell.strip() + "\": the "
                    + "spreadsheet turned the UDI into a number. Format the UDI column as Text and export again.");
        }
        ParseResult parsed = parser.parse(udiCell);
        if (!parsed.isValid() && !udiCell.equals(udiCell.strip())) {
            // Trailing spaces are usually cell padding, but a space can be a HIBCC check character, so the cell is
            // read as written first and stripped only when that fails.
            ParseResult stripped = parser.parse(udiCell.strip());
            if (stripped.isValid()) {
                parsed = stripped;
            }
        }
        if (!(parsed instanceof ParseResult.Valid valid)) {
            Problem first = firstError(parsed.problems());
            return reject(line, first.code(), "The UDI \"" + printable(udiCell) + "\" is not valid: "
                    + first.message());
        }
        String statusCell = cell(cells, ImportColumn.STATUS);
        DeviceStatus status = status(statusCell);
        if (status == null) {
            return reject(line, "import.unknown-status", "The status \"" + statusCell.strip() + "\" is not one of "
                    + "in service, quarantined, recalled, retired.");
        }
        Location location;
        if (header.has(ImportColumn.LOCATION)) {
            String path = cell(cells, ImportColumn.LOCATION);
            if (path.split("/", -1).length > 4) {
                return reject(line, "import.location-too-deep", "The location \"" + path.strip() + "\" has more "
                        + "than four parts; write it as Site/Building/Department/Room.");
            }
            location = Location.parse(path);
        } else {
            location = new Location(cell(cells, ImportColumn.SITE), cell(cells, ImportColumn.BUILDING),
                    cell(cells, ImportColumn.DEPARTMENT), cell(cells, ImportColumn.ROOM));
        }
        return new ImportRow.Accepted(line, valid.udi(), UdiKeys.of(valid.udi()), status, location,
                cell(cells, ImportColumn.OWNER), cell(cells, ImportColumn.NOTES));
    }

    /** The cell of {@code column}, without the apostrophe a spreadsheet-safe export put before a formula-like text. */
    private String cell(List<String> cells, ImportColumn column) {
        return FormulaGuard.strip(header.cell(cells, column));
    }

    /**
     * The status a cell names, case, spaces, underscores and hyphens ignored ({@code In Service},
     * {@code IN_SERVICE}, {@code in-service}); blank means in service; null when unknown.
     */
    static DeviceStatus status(String cell) {
        String key = ImportColumn.normalise(cell);
        if (key.isEmpty()) {
            return DeviceStatus.IN_SERVICE;
        }
        for (DeviceStatus status : DeviceStatus.values()) {
            if (status.name().replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return status;
            }
        }
        return null;
    }

    private static Problem firstError(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError()) {
                return p;
            }
        }
        return problems.get(0);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** The cell as a person can read it in a report: control characters (GS) shown as {@code <GS>}, cut short. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 120; i++) {
            char c = s.charAt(i);
            if (c == '\u001d') {
                sb.append("<GS>");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("<%02X>", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= 120 ? sb + "…" : sb.toString();
    }

    private static ImportRow reject(long line, String code, String message) {
        return new ImportRow.Rejected(new RejectedRow(line, code, message));
    }
}
