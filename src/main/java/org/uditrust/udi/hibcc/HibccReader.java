package org.uditrust.udi.hibcc;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * One pass over one HIBCC input. Mutable and single-use: it collects elements and problems while it walks the text
 * with plain index arithmetic (no regular expressions, no exceptions), because the parser must manage a million
 * reads a second.
 */
final class HibccReader {

    /** ANSI/HIBC 2.6: product or catalog number, lot/batch and serial number are each 1 to 18 characters. */
    static final int MAX_PCN = 18;
    static final int MAX_LOT = 18;
    /** The older 5-digit-date secondary (YYJJJ then lot) predates UDI and keeps its 13-character lot. */
    static final int MAX_LEGACY_LOT = 13;
    static final int MAX_SERIAL = 18;
    /** Supplemental {@code /Q} quantity: up to five digits, like the longest quantity of the {@code $$9} form. */
    static final int MAX_QUANTITY = 5;
    /** Enough character faults to show the pattern without flooding the user (and memory) on binary input. */
    private static final int MAX_CHARACTER_PROBLEMS = 5;

    private static final String TITLE_LIC = "Labeler identification code";
    private static final String TITLE_PCN = "Product or catalog number";
    private static final String TITLE_UOM = "Unit of measure";
    private static final String TITLE_LOT = "Lot/batch number";
    private static final String TITLE_SERIAL = "Serial number";
    private static final String TITLE_EXPIRY = "Expiration date";
    private static final String TITLE_MANUFACTURED = "Date of manufacture";
    private static final String TITLE_QUANTITY = "Quantity";
    private static final String TITLE_LINK = "Link character";
    private static final String TITLE_CHECK = "Check character";

    private final ScanInput scan;
    private final String body;
    private final int n;
    private final List<DataElement> elements = new ArrayList<>(8);
    private final List<Problem> problems = new ArrayList<>(2);
    private boolean hasError;

    private String lic;
    private String pcn;
    private String uom;
    private String lot;
    private String serial;
    private String quantity;
    private UdiDate expiry;
    private UdiDate manufactured;
    /** Check character printed at the end of the first symbol; later symbols must repeat it as link character. */
    private char primaryCheck;
    private boolean primaryCheckKnown;
    /** False when only secondary symbols were read: then the first one's link is what the others must repeat. */
    private boolean primaryRead;

    /** Ends (exclusive) of the symbols read, for the human-readable caption. */
    private int[] symbolEnds = new int[2];
    private int symbolCount;

    HibccReader(ScanInput scan) {
        this.scan = scan;
        this.body = scan.body();
        this.n = body.length();
    }

    ParseResult read() {
        if (n == 0 || body.charAt(0) != '+') {
            error("hibcc.flag", 0, "A HIBCC UDI starts with the HIBC flag character '+', which is missing here.");
            return invalid();
        }
        if (!allCode39()) {
            return invalid();
        }
        if (n < 2) {
            error("hibcc.truncated", 1, "The input ends right after '+': the labeler code, product number, unit of "
                    + "measure and check character are missing, so the scan was probably cut off.");
            return invalid();
        }
        char lead = body.charAt(1);
        if (lead == '$' || isFiveDigits(1)) {
            readSymbolChain(0);
            // First in the list: it is the main finding; the sort by position below is stable.
            problems.add(0, Problem.error("hibcc.secondary-only", scan.rawPosition(0),
                    "This is a HIBCC secondary symbol (lot, serial number or dates) without its primary symbol, so "
                            + "it names no device: scan the primary symbol ('+' followed by the labeler code) too."
                            + (lead == '$' ? "" : " (Had it been meant as a primary symbol, its labeler code would "
                            + "start with a digit, which HIBCC never assigns.)")));
            hasError = true;
            return invalid();
        }
        readPrimary();
        if (hasError) {
            return invalid();
        }
        Udi udi = new Udi(Issuer.HIBCC, lic + pcn + uom, lot, serial, expiry, manufactured, null, null, elements,
                scan.raw(), caption());
        return new ParseResult.Valid(scan.raw(), udi, problems);
    }

    // ---------------------------------------------------------------------------------------------- characters

    private boolean allCode39() {
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (HibccCheckCharacter.value(c) < 0) {
                if (bad < MAX_CHARACTER_PROBLEMS) {
                    error("hibcc.character", i, "The character " + describe(c) + " at position "
                            + scan.rawPosition(i) + " is not allowed in HIBCC data, which uses only the Code 39 "
                            + "characters 0-9, A-Z (upper case), '-', '.', space, '$', '/', '+' and '%'.");
                }
                bad++;
            }
        }
        if (bad > MAX_CHARACTER_PROBLEMS) {
            error("hibcc.character", -1, "The input holds " + bad + " characters outside the Code 39 set in all; "
                    + "only the first " + MAX_CHARACTER_PROBLEMS + " are listed.");
        }
        return bad == 0;
    }

    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return c >= 0x20 && c < 0x7f ? "'" + c + "' (" + code + ")" : code;
    }

    // ------------------------------------------------------------------------------------------------- primary

    /** The primary structure, then either concatenated secondary data or further separate symbols. */
    private void readPrimary() {
        // LIC, product number and unit of measure are all alphanumeric, so the first other character ends them:
        // it is the check character, the '/' of a concatenated structure, or the '+' of a following symbol.
        int j = 1;
        while (j < n && isAlphanumeric(body.charAt(j))) {
            j++;
        }
        int dataEnd;
        int symbolEnd;
        boolean concatenated = false;
        if (j == n) {
            dataEnd = n - 1;
            symbolEnd = n;
        } else {
            char c = body.charAt(j);
            if (c == '/' && j + 1 < n && body.charAt(j + 1) != '+') {
                concatenated = true;
                dataEnd = j;
                symbolEnd = n;
            } else if (j == n - 1 || body.charAt(j + 1) == '+') {
                // A non-alphanumeric check character ('+', '/', '$', space, ...), alone or before the next symbol.
                dataEnd = j;
                symbolEnd = j + 1;
            } else if (c == '+') {
                // An alphanumeric check character, then a separately printed secondary symbol.
                dataEnd = j - 1;
                symbolEnd = j;
            } else {
                error("hibcc.structure", j, "The character '" + c + "' at position " + scan.rawPosition(j)
                        + " cannot follow the product number: a primary structure ends with its check character, "
                        + "and secondary data must be introduced by '/' or by a new '+' symbol.");
                dataEnd = j;
                symbolEnd = n;
            }
        }
        readPrimaryFields(dataEnd);
        if (concatenated) {
            readSegments(dataEnd + 1, n - 1);
            checkCharacter(0, n - 1);
            addSymbol(n);
            return;
        }
        if (symbolEnd <= dataEnd) {
            return; // the primary was too short to hold a check character; already reported
        }
        checkCharacter(0, symbolEnd - 1);
        primaryCheck = body.charAt(symbolEnd - 1);
        primaryCheckKnown = true;
        primaryRead = true;
        addSymbol(symbolEnd);
        if (symbolEnd < n) {
            readSymbolChain(symbolEnd);
        }
    }

    private void readPrimaryFields(int dataEnd) {
        // '+' + LIC (4) + product number (at least 1) + unit of measure (1)
        if (dataEnd < 7) {
            error("hibcc.truncated", Math.min(dataEnd, n - 1), "The primary data '" + body.substring(0, dataEnd)
                    + "' is too short: it needs '+', a 4-character labeler code, a product number of 1 to "
                    + MAX_PCN + " characters and a 1-digit unit of measure before the check character.");
            return;
        }
        lic = body.substring(1, 5);
        element("LIC", TITLE_LIC, lic, 1);
        if (!isLetter(lic.charAt(0))) {
            error("hibcc.lic", 1, "The labeler identification code '" + lic + "' at position " + scan.rawPosition(1)
                    + " starts with a digit; HIBCC assigns codes that start with a letter (A-Z).");
        }
        pcn = body.substring(5, dataEnd - 1);
        element("PCN", TITLE_PCN, pcn, 5);
        if (pcn.length() > MAX_PCN) {
            error("hibcc.pcn-length", 5, "The product or catalog number '" + pcn + "' at position "
                    + scan.rawPosition(5) + " has " + pcn.length() + " characters; HIBCC allows at most "
                    + MAX_PCN + ".");
        }
        uom = body.substring(dataEnd - 1, dataEnd);
        element("UOM", TITLE_UOM, uom, dataEnd - 1);
        if (!isDigit(uom.charAt(0))) {
            error("hibcc.uom", dataEnd - 1, "The unit of measure at position " + scan.rawPosition(dataEnd - 1)
                    + " is '" + uom + "' but must be one digit (0 for the unit of use, 1-8 for packaging levels, "
                    + "9 for variable quantity).");
        }
    }

    // ----------------------------------------------------------------------------------------- separate symbols

    /**
     * Separately printed secondary symbols from {@code start} on: each is '+', secondary data, the link character
     * (the primary's check character) and its own check character.
     */
    private void readSymbolChain(int start) {
        int s = start;
        while (s < n) {
            int e = symbolEnd(s);
            readSecondarySymbol(s, e);
            s = e;
        }
    }

    /**
     * Where the symbol starting at {@code s} ends: at the end of input, or at a '+' that starts a new symbol. A '+'
     * inside a symbol is a lead ({@code $+}, {@code $$+}), the link or the check character, so a boundary is only
     * taken where the text before it closes with a correct check character; otherwise the rest is one symbol and
     * its check fails visibly.
     */
    private int symbolEnd(int s) {
        int sum = HibccCheckCharacter.value(body.charAt(s));
        for (int e = s + 1; e < n; e++) {
            char c = body.charAt(e);
            if (c == '+' && e - s >= 4 && !isLeadPlus(s, e)) {
                int last = HibccCheckCharacter.value(body.charAt(e - 1));
                if ((sum - last) % 43 == last) {
                    return e;
                }
            }
            sum += HibccCheckCharacter.value(c);
        }
        return n;
    }

    private boolean isLeadPlus(int s, int e) {
        if (body.charAt(e - 1) != '$') {
            return false;
        }
        char before = body.charAt(e - 2); // e - 1 > s because body[s] is '+'
        if (e - 2 == s || before == '/') {
            return true; // "$+"
        }
        return before == '$' && (e - 3 == s || body.charAt(e - 3) == '/'); // "$$+"
    }

    private void readSecondarySymbol(int s, int e) {
        if (e - s < 4) {
            error("hibcc.truncated", s, "The secondary symbol '" + body.substring(s, e) + "' at position "
                    + scan.rawPosition(s) + " is too short: it needs '+', secondary data, a link character and a "
                    + "check character.");
            addSymbol(e);
            return;
        }
        readSegments(s + 1, e - 2);
        char link = body.charAt(e - 2);
        element("LINK", TITLE_LINK, String.valueOf(link), e - 2);
        if (!primaryCheckKnown) {
            primaryCheck = link; // a secondary-only chain: later symbols must at least agree with the first
            primaryCheckKnown = true;
        } else if (link != primaryCheck) {
            error("hibcc.link", e - 2, "The link character '" + link + "' at position " + scan.rawPosition(e - 2)
                    + (primaryRead ? " does not match the primary symbol's check character '"
                            : " does not match the link character of the first secondary symbol '")
                    + primaryCheck + "': this secondary symbol belongs to a different product label.");
        }
        checkCharacter(s, e - 1);
        addSymbol(e);
    }

    // ----------------------------------------------------------------------------------------- secondary data

    /** Secondary and supplemental data fields in {@code [from, to)}, separated by '/'. */
    private void readSegments(int from, int to) {
        if (from >= to) {
            error("hibcc.secondary-missing", Math.min(from, n - 1), "Secondary data is announced at position "
                    + scan.rawPosition(from - 1) + " but none follows before the check character.");
            return;
        }
        int a = from;
        while (true) {
            int b = a;
            while (b < to && body.charAt(b) != '/') {
                b++;
            }
            readSegment(a, b);
            if (b >= to) {
                return;
            }
            a = b + 1;
            if (a >= to) {
                error("hibcc.empty-field", b, "The '/' at position " + scan.rawPosition(b)
                        + " is not followed by a data field.");
                return;
            }
        }
    }

    private void readSegment(int a, int b) {
        if (a >= b) {
            error("hibcc.empty-field", a, "An empty data field (two '/' in a row) at position "
                    + scan.rawPosition(a) + ".");
            return;
        }
        char c = body.charAt(a);
        if (startsWith(a, b, '1', '6', 'D')) {
            readFullDate(a + 3, b, false);
        } else if (startsWith(a, b, '1', '4', 'D')) {
            readFullDate(a + 3, b, true);
        } else if (c == 'S') {
            readIdentifier(a + 1, b, true, true, MAX_SERIAL);
        } else if (c == 'Q') {
            readSupplementalQuantity(a + 1, b);
        } else if (c == '$') {
            readDollarForm(a, b);
        } else if (isDigit(c)) {
            if (!isFiveDigits(a) || a + 5 > b) {
                error("hibcc.date-format", a, "A secondary field starting with a digit at position "
                        + scan.rawPosition(a) + " must begin with a 5-digit expiry date YYJJJ (year, day of year).");
                return;
            }
            warning("hibcc.legacy-structure", a, "The secondary data at position " + scan.rawPosition(a)
                    + " uses the older 5-digit expiry form (YYJJJ then lot); ANSI/HIBC 2.6 labels use '$$'.");
            readJulian(a, false);
            readIdentifier(a + 5, b, false, false, MAX_LEGACY_LOT);
        } else {
            error("hibcc.field", a, "Unknown data field starting with '" + c + "' at position " + scan.rawPosition(a)
                    + ": HIBCC secondary data starts with '$', '$$' or a 5-digit date, and supplemental data "
                    + "with S (serial), 16D (manufacture), 14D (expiry) or Q (quantity).");
        }
    }

    /** {@code $} lot, {@code $+} serial, {@code $$} date flag + lot, {@code $$+} date flag + serial. */
    private void readDollarForm(int a, int b) {
        int p = a + 1;
        boolean flagged = p < b && body.charAt(p) == '$';
        if (flagged) {
            p++;
        }
        boolean isSerial = p < b && body.charAt(p) == '+';
        if (isSerial) {
            p++;
        }
        if (!flagged) {
            warning("hibcc.legacy-structure", a, "The secondary data at position " + scan.rawPosition(a)
                    + " uses the older '" + (isSerial ? "$+" : "$") + "' form without a date format flag.");
            readIdentifier(p, b, isSerial, true, isSerial ? MAX_SERIAL : MAX_LOT);
            return;
        }
        int afterDate = readFlaggedDate(p, b, true);
        if (afterDate < 0) {
            return;
        }
        // A lot may be left out when a date or quantity was given; a serial form without a serial says nothing.
        readIdentifier(afterDate, b, isSerial, isSerial || afterDate == p + 1 && body.charAt(p) == '7',
                isSerial ? MAX_SERIAL : MAX_LOT);
    }

    /**
     * The date format flag at {@code p} and the date it announces; returns the position after the date, or -1
     * when the field cannot be read further.
     */
    private int readFlaggedDate(int p, int b, boolean quantityAllowed) {
        if (p >= b) {
            error("hibcc.date-flag", Math.min(p, n - 1), "A date format flag (0-7"
                    + (quantityAllowed ? ", or 8/9 for a quantity" : "") + ") is missing at position "
                    + scan.rawPosition(p) + ".");
            return -1;
        }
        char f = body.charAt(p);
        switch (f) {
            case '0', '1' -> {
                return readDate(p, b, "MMYY", 4, p) ? p + 4 : -1; // the flag is the first digit of the month
            }
            case '2' -> {
                return readDate(p + 1, b, "MMDDYY", 6, p) ? p + 7 : -1;
            }
            case '3' -> {
                return readDate(p + 1, b, "YYMMDD", 6, p) ? p + 7 : -1;
            }
            case '4' -> {
                return readDate(p + 1, b, "YYMMDDHH", 8, p) ? p + 9 : -1;
            }
            case '5' -> {
                return readDate(p + 1, b, "YYJJJ", 5, p) ? p + 6 : -1;
            }
            case '6' -> {
                return readDate(p + 1, b, "YYJJJHH", 7, p) ? p + 8 : -1;
            }
            case '7' -> {
                return p + 1;
            }
            case '8', '9' -> {
                if (!quantityAllowed) {
                    break;
                }
                int len = f == '8' ? 2 : 5;
                if (!digitsIn(p + 1, len, b)) {
                    error("hibcc.quantity", p, "The quantity flag '" + f + "' at position " + scan.rawPosition(p)
                            + " must be followed by a " + len + "-digit quantity.");
                    return -1;
                }
                warning("hibcc.legacy-structure", p, "The quantity in the date flag at position "
                        + scan.rawPosition(p) + " is an older form; ANSI/HIBC 2.6 carries quantity in a /Q field.");
                setQuantity(body.substring(p + 1, p + 1 + len), p + 1);
                int q = p + 1 + len;
                // A date format flag may follow the quantity (BWIPP: "then optionally by one of the date
                // formats"); a digit there is always read as that flag, a letter starts the lot directly.
                return q == b || !isDigit(body.charAt(q)) ? q : readFlaggedDate(q, b, false);
            }
            default -> {
                // handled below
            }
        }
        error("hibcc.date-flag", p, "'" + f + "' at position " + scan.rawPosition(p) + " is not a date format flag: "
                + "expected 0-7" + (quantityAllowed ? " (or 8/9 for a quantity)" : "") + ".");
        return -1;
    }

    /** Reads {@code len} date digits at {@code p} in {@code format}; false when they are missing or not digits. */
    private boolean readDate(int p, int b, String format, int len, int flagPosition) {
        if (!digitsIn(p, len, b)) {
            error("hibcc.date-format", flagPosition, "The expiry date at position " + scan.rawPosition(p)
                    + " must be " + len + " digits " + format + " (announced by the flag at position "
                    + scan.rawPosition(flagPosition) + "), but the data ends or holds other characters.");
            return false;
        }
        String text = body.substring(p, p + len);
        int y;
        int m = 0;
        int d = 0;
        int h = -1;
        switch (format) {
            case "MMYY" -> {
                m = num(p, 2);
                y = 2000 + num(p + 2, 2);
                d = 1;
            }
            case "MMDDYY" -> {
                m = num(p, 2);
                d = num(p + 2, 2);
                y = 2000 + num(p + 4, 2);
            }
            case "YYMMDD" -> {
                y = 2000 + num(p, 2);
                m = num(p + 2, 2);
                d = num(p + 4, 2);
            }
            case "YYMMDDHH" -> {
                y = 2000 + num(p, 2);
                m = num(p + 2, 2);
                d = num(p + 4, 2);
                h = num(p + 6, 2);
            }
            default -> { // YYJJJ, YYJJJHH
                readJulian(p, format.length() == 7);
                return true;
            }
        }
        element("EXPIRY", TITLE_EXPIRY, text, p);
        String why = invalidDate(y, m, d, h);
        if (why != null) {
            error("hibcc.date", p, "The expiry date '" + text + "' (" + format + ") at position "
                    + scan.rawPosition(p) + " is not a real date: " + why + ".");
            return true;
        }
        UdiDate date;
        if (format.equals("MMYY")) {
            date = UdiDate.ofMonth(y, m);
        } else if (h >= 0) {
            date = new UdiDate(LocalDate.of(y, m, d), LocalTime.of(h, 0), UdiDate.Precision.HOUR);
        } else {
            date = UdiDate.ofDay(LocalDate.of(y, m, d));
        }
        setExpiry(date, p);
        return true;
    }

    /** YYJJJ (or YYJJJHH when {@code withHour}) at {@code p}, digits already verified. */
    private void readJulian(int p, boolean withHour) {
        int len = withHour ? 7 : 5;
        String text = body.substring(p, p + len);
        element("EXPIRY", TITLE_EXPIRY, text, p);
        int y = 2000 + num(p, 2);
        int doy = num(p + 2, 3);
        int h = withHour ? num(p + 5, 2) : -1;
        int days = LocalDate.of(y, 1, 1).lengthOfYear();
        String why = null;
        if (doy < 1 || doy > days) {
            why = "day " + doy + " does not exist in " + y + " (1-" + days + ")";
        } else if (h > 23) {
            why = "hour " + h + " is not 00-23";
        }
        String format = withHour ? "YYJJJHH" : "YYJJJ";
        if (why != null) {
            error("hibcc.date", p, "The expiry date '" + text + "' (" + format + ", year and day of year) at position "
                    + scan.rawPosition(p) + " is not a real date: " + why + ".");
            return;
        }
        LocalDate date = LocalDate.ofYearDay(y, doy);
        setExpiry(withHour ? new UdiDate(date, LocalTime.of(h, 0), UdiDate.Precision.HOUR) : UdiDate.ofDay(date), p);
    }

    /** {@code 16D} / {@code 14D} followed by exactly eight digits YYYYMMDD. */
    private void readFullDate(int p, int b, boolean isExpiry) {
        String key = isExpiry ? "EXPIRY" : "MANUFACTURED";
        String title = isExpiry ? TITLE_EXPIRY : TITLE_MANUFACTURED;
        String id = isExpiry ? "14D" : "16D";
        if (b - p != 8 || !digitsIn(p, 8, b)) {
            element(key, title, body.substring(p, b), p);
            error("hibcc.date-format", p, "The " + title.toLowerCase(java.util.Locale.ROOT) + " after '" + id
                    + "' at position " + scan.rawPosition(p) + " must be exactly 8 digits YYYYMMDD, not '"
                    + body.substring(p, b) + "'.");
            return;
        }
        String text = body.substring(p, b);
        element(key, title, text, p);
        int y = num(p, 4);
        int m = num(p + 4, 2);
        int d = num(p + 6, 2);
        String why = invalidDate(y, m, d, -1);
        if (why != null) {
            error("hibcc.date", p, "The " + title.toLowerCase(java.util.Locale.ROOT) + " '" + text
                    + "' (YYYYMMDD) at position " + scan.rawPosition(p) + " is not a real date: " + why + ".");
            return;
        }
        UdiDate date = UdiDate.ofDay(LocalDate.of(y, m, d));
        if (isExpiry) {
            setExpiry(date, p);
        } else if (manufactured != null) {
            duplicate(title, p);
        } else {
            manufactured = date;
        }
    }

    private void readSupplementalQuantity(int p, int b) {
        int len = b - p;
        if (len < 1 || len > MAX_QUANTITY || !digitsIn(p, len, b)) {
            element("QUANTITY", TITLE_QUANTITY, body.substring(p, b), p);
            error("hibcc.quantity", p - 1, "The quantity after 'Q' at position " + scan.rawPosition(p)
                    + " must be 1 to " + MAX_QUANTITY + " digits, not '" + body.substring(p, b) + "'.");
            return;
        }
        setQuantity(body.substring(p, b), p);
    }

    /** Lot or serial number in {@code [p, b)}: 1 to {@code max} upper-case letters and digits. */
    private void readIdentifier(int p, int b, boolean isSerial, boolean required, int max) {
        int len = b - p;
        String what = isSerial ? "serial number" : "lot number";
        String code = isSerial ? "hibcc.serial" : "hibcc.lot";
        if (len == 0) {
            if (required) {
                error(code + "-missing", Math.min(p, n - 1), "The " + what + " expected at position "
                        + scan.rawPosition(p) + " is missing.");
            }
            return;
        }
        String value = body.substring(p, b);
        if (isSerial) {
            element("SERIAL", TITLE_SERIAL, value, p);
        } else {
            element("LOT", TITLE_LOT, value, p);
        }
        if (len > max) {
            error(code + "-length", p, "The " + what + " '" + value + "' at position " + scan.rawPosition(p)
                    + " has " + len + " characters; HIBCC allows at most " + max + " here.");
        }
        for (int i = p; i < b; i++) {
            if (!isAlphanumeric(body.charAt(i))) {
                error(code + "-character", i, "The " + what + " '" + value + "' contains '" + body.charAt(i)
                        + "' at position " + scan.rawPosition(i) + "; HIBCC " + what
                        + "s are letters and digits only.");
                break;
            }
        }
        if (isSerial) {
            if (serial != null) {
                duplicate(TITLE_SERIAL, p);
            } else {
                serial = value;
            }
        } else if (lot != null) {
            duplicate(TITLE_LOT, p);
        } else {
            lot = value;
        }
    }

    // --------------------------------------------------------------------------------------------- bookkeeping

    private void setExpiry(UdiDate date, int p) {
        if (expiry != null) {
            duplicate(TITLE_EXPIRY, p);
        } else {
            expiry = date;
        }
    }

    private void setQuantity(String value, int p) {
        element("QUANTITY", TITLE_QUANTITY, value, p);
        if (quantity != null) {
            duplicate(TITLE_QUANTITY, p);
        } else {
            quantity = value;
        }
    }

    private void duplicate(String title, int p) {
        error("hibcc.duplicate", p, "A second " + title.toLowerCase(java.util.Locale.ROOT) + " at position "
                + scan.rawPosition(p) + ": a label carries each field once, so it is unclear which one applies.");
    }

    private void checkCharacter(int from, int checkIndex) {
        char actual = body.charAt(checkIndex);
        char expected = HibccCheckCharacter.compute(body, from, checkIndex);
        element("CHECK", TITLE_CHECK, String.valueOf(actual), checkIndex);
        if (actual != expected) {
            error("hibcc.check-character", checkIndex, "The check character at position "
                    + scan.rawPosition(checkIndex) + " is " + quoted(actual) + " but the data before it gives "
                    + quoted(expected) + " (modulo 43): a character was misread, mistyped or left out.");
        }
    }

    private static String quoted(char c) {
        return c == ' ' ? "' ' (space)" : "'" + c + "'";
    }

    private void addSymbol(int end) {
        if (symbolCount == symbolEnds.length) {
            symbolEnds = java.util.Arrays.copyOf(symbolEnds, symbolCount * 2);
        }
        symbolEnds[symbolCount++] = end;
    }

    /**
     * The caption printed under each symbol: its data between asterisks, a space check character shown as '_'
     * (HIBCC's caption rule, hibcc.org "Primary Product Identification Data Structure Formatter"). Separate
     * symbols are separated by a space.
     */
    private String caption() {
        StringBuilder sb = new StringBuilder(n + 4 * symbolCount);
        int start = 0;
        for (int i = 0; i < symbolCount; i++) {
            int end = symbolEnds[i];
            if (i > 0) {
                sb.append(' ');
            }
            sb.append('*').append(body, start, end - 1)
                    .append(HibccCheckCharacter.printable(body.charAt(end - 1))).append('*');
            start = end;
        }
        return sb.toString();
    }

    private void element(String key, String title, String value, int bodyPosition) {
        elements.add(new DataElement(key, title, value, scan.rawPosition(bodyPosition)));
    }

    private void error(String code, int bodyPosition, String message) {
        problems.add(Problem.error(code, bodyPosition < 0 ? -1 : scan.rawPosition(bodyPosition), message));
        hasError = true;
    }

    private void warning(String code, int bodyPosition, String message) {
        problems.add(Problem.warning(code, scan.rawPosition(bodyPosition), message));
    }

    private ParseResult invalid() {
        problems.sort(HibccParser.BY_POSITION);
        return new ParseResult.Invalid(scan.raw(), Issuer.HIBCC, elements, problems);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** Why y-m-d (and hour h, or -1) is not a real date, or null when it is. */
    private static String invalidDate(int y, int m, int d, int h) {
        if (m < 1 || m > 12) {
            return "month " + m + " does not exist";
        }
        int length = switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        if (d < 1 || d > length) {
            return "day " + d + " does not exist in month " + m + " of " + y;
        }
        if (h > 23) {
            return "hour " + h + " is not 00-23";
        }
        return null;
    }

    private int num(int p, int len) {
        int v = 0;
        for (int i = p; i < p + len; i++) {
            v = v * 10 + (body.charAt(i) - '0');
        }
        return v;
    }

    private boolean digitsIn(int p, int len, int limit) {
        if (p + len > limit) {
            return false;
        }
        for (int i = p; i < p + len; i++) {
            if (!isDigit(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isFiveDigits(int p) {
        return digitsIn(p, 5, n);
    }

    private boolean startsWith(int a, int b, char c0, char c1, char c2) {
        return b - a >= 3 && body.charAt(a) == c0 && body.charAt(a + 1) == c1 && body.charAt(a + 2) == c2;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlphanumeric(char c) {
        return isDigit(c) || isLetter(c);
    }
}
