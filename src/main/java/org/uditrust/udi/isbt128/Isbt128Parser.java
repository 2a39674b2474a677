package org.uditrust.udi.isbt128;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * Reads ICCBBA ISBT 128 data structures as a device UDI carries them (ST-017, ST-001): the Processor Product
 * Identification Code [034] as the DI, and Donation Identification Number [001], Product Divisions [032] (serial),
 * Expiration Date [004]/[005], Production Date [008]/[009] and MPHO Lot Number [035] as production identifiers,
 * alone, concatenated, or inside a Compound Message [023].
 *
 * <p>Every structure has a fixed length, so the input is read left to right with no separators. A fault never
 * throws: it becomes a {@link Problem} ({@code isbt128.*}) at its position in {@link ScanInput#raw()}, and the
 * reader resynchronises at the next {@code =} or {@code &} so later faults are reported too.
 */
public final class Isbt128Parser implements CarrierParser {

    /** After this many problems the input is not a label; stop listing. */
    static final int MAX_PROBLEMS = 50;

    private final ParseOptions options;

    public Isbt128Parser(ParseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public ParseResult parse(ScanInput input) {
        int todayYear = LocalDate.now(options.clock()).getYear();
        return new Reader(input, todayYear).read();
    }

    /** One structure read in full (right length), with whether its content passed every check. */
    private record Read(Structure structure, int start, int contentStart, String content, boolean sound,
                        UdiDate date) {
    }

    /** The state of reading one input; not shared between inputs. */
    private static final class Reader {
        private final ScanInput scan;
        private final String body;
        private final int todayYear;
        private final List<Problem> problems = new ArrayList<>();
        private final List<DataElement> elements = new ArrayList<>();
        private final Map<Structure, Read> firstRead = new EnumMap<>(Structure.class);
        /** Structures whose data identifier was met, even when their content was faulty. */
        private final Set<Structure> seen = EnumSet.noneOf(Structure.class);
        private boolean stopped;
        private Read compound;
        /** The structures after the compound header, in order; null for one this reader does not know. */
        private final List<Structure> afterCompound = new ArrayList<>();

        Reader(ScanInput scan, int todayYear) {
            this.scan = scan;
            this.body = scan.body();
            this.todayYear = todayYear;
        }

        ParseResult read() {
            if (body.isEmpty()) {
                error("isbt128.empty", -1, "The input holds no ISBT 128 data after the scanner prefix.");
                return invalid();
            }
            int n = body.length();
            int i = 0;
            while (i < n && !stopped) {
                char c = body.charAt(i);
                if (c != '=' && c != '&') {
                    int next = nextIdentifierStart(i + 1);
                    error("isbt128.unexpected-character", i, "Character " + show(c) + " at position " + pos(i)
                            + " cannot start a data structure: every ISBT 128 data structure begins with a data "
                            + "identifier, \"=\" or \"&\"; " + skipped(i, next) + ".");
                    i = next;
                    continue;
                }
                Structure s = Structure.identify(body, i);
                if (s != Structure.COMPOUND_MESSAGE && compound != null) {
                    afterCompound.add(s);
                }
                i = s == null ? readUnknown(i) : readStructure(s, i);
            }
            finish();
            // Input order; problems about the input as a whole (position -1) go last. The sort is stable.
            problems.sort(Comparator.comparingInt(p -> p.position() < 0 ? Integer.MAX_VALUE : p.position()));
            return problems.stream().anyMatch(Problem::isError) ? invalid() : valid();
        }

        // ---- one structure -------------------------------------------------------------------------------

        private int readStructure(Structure s, int start) {
            int n = body.length();
            int contentStart = start + s.identifier().length();
            int length = s.contentLength();
            seen.add(s);
            int k = 0;
            while (k < length && contentStart + k < n) {
                char ch = body.charAt(contentStart + k);
                if (ch == '=' || ch == '&') {
                    break;
                }
                k++;
            }
            if (k < length) {
                if (contentStart + k >= n) {
                    error("isbt128.truncated", start, "The " + s.title() + " at position " + pos(start)
                            + " is cut off: it has " + length + " characters after \"" + s.identifier()
                            + "\" but the input ends after " + k + ".");
                } else {
                    error("isbt128.length", start, "The " + s.title() + " at position " + pos(start) + " has only "
                            + k + " of its " + length + " characters before the next data identifier at position "
                            + pos(contentStart + k)
                            + (s == Structure.DIN && k == 13 ? " (its two flag characters are missing)" : "")
                            + ".");
                }
                return contentStart + k;
            }
            int end = contentStart + length;
            String content = body.substring(contentStart, end);
            boolean sound = checkCharacters(s, content, contentStart);
            UdiDate date = null;
            if (sound) {
                if (s.isDate()) {
                    date = readDate(s, content, contentStart);
                    sound = date != null;
                } else {
                    sound = checkMeaning(s, content, start, contentStart);
                }
            }
            elements.add(new DataElement(s == Structure.DIN ? "=" : s.identifier(), s.title(), content,
                    scan.rawPosition(contentStart)));
            int next = end;
            if (end < n && body.charAt(end) != '=' && body.charAt(end) != '&') {
                next = nextIdentifierStart(end);
                error("isbt128.length", end, "The " + s.title() + " at position " + pos(start) + " is followed by "
                        + (next - end) + " character(s) that belong to no data structure (" + show(body, end, next)
                        + " at position " + pos(end) + "): it has exactly " + length + " characters, so it was "
                        + "printed or scanned with the wrong length.");
                sound = false;
            }
            remember(new Read(s, start, contentStart, content, sound, date));
            return next;
        }

        private boolean checkCharacters(Structure s, String content, int contentStart) {
            boolean ok = true;
            Structure.Field reported = null;
            for (int k = 0; k < content.length(); k++) {
                char ch = content.charAt(k);
                CharClass rule = s.charClass(k);
                if (!rule.allows(ch)) {
                    ok = false;
                    Structure.Field field = s.fieldAt(k);
                    if (field != reported) {
                        reported = field;
                        error("isbt128.character", contentStart + k, "Character " + show(ch) + " at position "
                                + pos(contentStart + k) + " is not allowed in the " + field.name() + " of the "
                                + s.title() + ": it must be " + rule.description() + ".");
                    }
                }
            }
            return ok;
        }

        private UdiDate readDate(Structure s, String content, int contentStart) {
            JulianDate.Reading r = JulianDate.read(content, todayYear);
            if (r.ok()) {
                return r.date();
            }
            boolean time = r.faultOffset() >= 6;
            error(time ? "isbt128.time" : "isbt128.date", contentStart + r.faultOffset(), "The " + s.title()
                    + " \"" + content + "\" at position " + pos(contentStart) + " is not a real "
                    + (time ? "time" : "date") + ": " + r.fault() + ".");
            return null;
        }

        /** Checks beyond the character rules; true when the content is sound. */
        private boolean checkMeaning(Structure s, String content, int start, int contentStart) {
            switch (s) {
                case DIN -> {
                    return checkDinFlags(content, contentStart);
                }
                case COMPOUND_MESSAGE -> {
                    boolean ok = true;
                    if (start != 0 || compound != null) {
                        error("isbt128.compound-position", start, "A Compound Message [023] header at position "
                                + pos(start) + " must open the message (ST-001 §2.4.23), not follow other data.");
                        ok = false;
                    }
                    if (content.startsWith("00")) {
                        error("isbt128.compound-header", contentStart, "The Compound Message [023] at position "
                                + pos(start) + " announces 00 data structures; it must announce 01 to 99.");
                        ok = false;
                    }
                    if (compound == null) {
                        compound = new Read(s, start, contentStart, content, ok, null);
                    }
                    return ok;
                }
                case PRODUCT_DIVISIONS -> {
                    if ("000000".equals(content)) {
                        warning("isbt128.serial-zero", contentStart, "Product Divisions [032] \"000000\" at "
                                + "position " + pos(contentStart) + " is read as the serial number, but it names "
                                + "no division: ICCBBA device labelling (ST-011) expects 000001 or above.");
                    }
                    return true;
                }
                default -> {
                    return true;
                }
            }
        }

        /**
         * ST-001 Table 3 flag types: 00 not used; 01-19 ICCBBA process control (type 1); 20-59 local (type 2);
         * 60-96 the ISO/IEC 7064 Mod 37-2 check of the 13 DIN characters plus 60 (type 3); all else reserved.
         * ST-017 §3.1: a device UDI sets them to 00, and a reader ignores them (§5) - so anything but 00 is a
         * warning, except a type 3 check that does not match, which shows the DIN itself was misread.
         */
        private boolean checkDinFlags(String content, int contentStart) {
            String din = content.substring(0, DinCheckCharacter.DIN_LENGTH);
            String flags = content.substring(DinCheckCharacter.DIN_LENGTH);
            if (flags.equals("00")) {
                return true;
            }
            int flagAt = contentStart + DinCheckCharacter.DIN_LENGTH;
            char f1 = flags.charAt(0);
            char f2 = flags.charAt(1);
            int value = f1 >= '0' && f1 <= '9' && f2 >= '0' && f2 <= '9' ? (f1 - '0') * 10 + (f2 - '0') : -1;
            String kind;
            if (value >= 60 && value <= 96) {
                String expected = DinCheckCharacter.flagCharacters(din);
                if (!flags.equals(expected)) {
                    error("isbt128.din-check", flagAt, "The DIN " + din + " at position " + pos(contentStart)
                            + " carries the check flags \"" + flags + "\" (ISO/IEC 7064 Mod 37-2, ST-001 type 3), "
                            + "but its check is \"" + expected + "\" (keyboard check character "
                            + DinCheckCharacter.keyboardCharacter(din) + "): the DIN was misprinted or misread.");
                    return false;
                }
                kind = "a correct ISO/IEC 7064 Mod 37-2 check of the DIN (ST-001 type 3)";
            } else if (value >= 1 && value <= 19) {
                kind = "ICCBBA process-control flags (ST-001 type 1)";
            } else if (value >= 20 && value <= 59) {
                kind = "locally defined flags (ST-001 type 2)";
            } else {
                kind = "reserved for future assignment by ICCBBA (ST-001 Table 3)";
            }
            warning("isbt128.din-flag", flagAt, "The DIN's flag characters \"" + flags + "\" at position "
                    + pos(flagAt) + " are " + kind + ", but a device UDI carries 00 there (ST-017 §3.1); flags are "
                    + "not part of the DIN, which was read as " + din + ".");
            return true;
        }

        private void remember(Read read) {
            Structure s = read.structure();
            if (s == Structure.COMPOUND_MESSAGE) {
                return;
            }
            Read first = firstRead.get(s);
            if (first == null) {
                firstRead.put(s, read);
            } else if (first.content().equals(read.content())) {
                warning("isbt128.repeated", read.start(), "The " + s.title() + " appears again at position "
                        + pos(read.start()) + " with the same value as at position " + pos(first.start())
                        + "; the repeat was ignored.");
            } else {
                error("isbt128.duplicate", read.start(), "The " + s.title() + " appears twice with different "
                        + "values (\"" + first.content() + "\" at position " + pos(first.contentStart()) + ", \""
                        + read.content() + "\" at position " + pos(read.contentStart())
                        + "): a label identifies one item, so it cannot be told which is right.");
            }
        }

        // ---- identifiers this parser does not know ------------------------------------------------------

        private int readUnknown(int start) {
            int n = body.length();
            if (start + 1 >= n) {
                error("isbt128.truncated", start, "The input ends with a lone " + show(body.charAt(start))
                        + " at position " + pos(start) + ": a data identifier has at least two characters.");
                return n;
            }
            char first = body.charAt(start);
            char second = body.charAt(start + 1);
            if (first == '&' && ((second >= 'a' && second <= 'z') || second == ';' || second == '!')) {
                // ST-001: &a-&z are data structures a facility or a national body defines, &; and &! nationally
                // specified ones; their length is not in the standard, so the content is taken to run to the next
                // data identifier. ST-017 §4.1 keeps them out of compound messages.
                int next = nextIdentifierStart(start + 2);
                String key = body.substring(start, start + 2);
                elements.add(new DataElement(key, "Data structure not defined by ICCBBA (" + key + ")",
                        body.substring(start + 2, next), scan.rawPosition(start + 2)));
                if (compound != null) {
                    error("isbt128.compound-local", start, "The data structure \"" + key + "\" at position "
                            + pos(start) + " is defined locally or nationally, not by ICCBBA, and may not appear "
                            + "in a compound message (ST-017 §4.1).");
                } else {
                    warning("isbt128.local-data-structure", start, "The data structure \"" + key + "\" at "
                            + "position " + pos(start) + " is defined locally or nationally, not by ICCBBA; it was "
                            + "kept as read, up to the next data identifier, and is not part of the UDI.");
                }
                return next;
            }
            int next = nextIdentifierStart(start + 1);
            String id = body.substring(start, Math.min(n, start + (first == '&' && second == ',' ? 3 : 2)));
            String why;
            if (first == '=' && (second == 'O' || second == '0')) {
                why = "a Donation Identification Number cannot start with " + show(second)
                        + " (its first character is A-N, P-Z or 1-9)";
            } else if (id.equals("&,")) {
                why = "\"&,\" needs a third character";
            } else {
                why = "it is not an ISBT 128 data identifier this reader knows (ST-001 Table 2)";
            }
            error("isbt128.unknown-data-identifier", start, "The data identifier " + show(id) + " at position "
                    + pos(start) + " cannot be read: " + why + ". Its length is unknown, so "
                    + skipped(start, next) + ".");
            return next;
        }

        // ---- whole-message checks and the result ----------------------------------------------------------

        private void finish() {
            if (stopped) {
                return;
            }
            if (compound != null && compound.sound()) {
                checkCompound();
            }
            if (!seen.contains(Structure.PPIC)) {
                error("isbt128.missing-di", -1, "No Processor Product Identification Code (\"=/\" + 16 characters) "
                        + "was found: it is the device identifier of an ISBT 128 UDI (ST-017 §2), so this is not a "
                        + "complete UDI.");
            } else {
                checkMandatoryPis();
            }
            conflictingDates(Structure.EXPIRATION_DATE, Structure.EXPIRATION_DATE_TIME);
            conflictingDates(Structure.PRODUCTION_DATE, Structure.PRODUCTION_DATE_TIME);
        }

        private void checkCompound() {
            int declared = Integer.parseInt(compound.content().substring(0, 2));
            String type = compound.content().substring(2);
            if (declared != afterCompound.size()) {
                error("isbt128.compound-count", compound.start(), "The Compound Message [023] at position "
                        + pos(compound.start()) + " announces " + declared + " data structures, but "
                        + afterCompound.size() + " follow it.");
                return;
            }
            List<Structure> sequence = SpecifiedSequence.of(type);
            if (sequence != null && !sequence.equals(afterCompound)) {
                error("isbt128.compound-sequence", compound.start() + 4, "The Compound Message [023] at position "
                        + pos(compound.start()) + " is ICCBBA-specified message " + type + ", which is "
                        + SpecifiedSequence.describe(sequence) + " in that order (ST-017 Table 3), but this message "
                        + "holds " + SpecifiedSequence.describe(afterCompound) + ".");
            } else if (seen.contains(Structure.PPIC) && afterCompound.get(0) != Structure.PPIC) {
                warning("isbt128.compound-order", compound.start(), "In a UDI compound message the Processor "
                        + "Product Identification Code [034] comes first (ST-017 §4.1); here it does not.");
            }
        }

        /**
         * ST-017 §1.6/§3: ISBT 128 mandates two PIs, the DIN and the Product Divisions (serial), and §4.1 requires
         * both in a compound message. A DI read alone (its own linear bar code) is complete as a DI; a DI with
         * some PIs but not these two is flagged.
         */
        private void checkMandatoryPis() {
            boolean anyPi = false;
            for (Structure s : seen) {
                Structure.Role role = s.role();
                anyPi |= role == Structure.Role.DONATION || role == Structure.Role.SERIAL || role == Structure.Role.LOT
                        || role == Structure.Role.EXPIRY || role == Structure.Role.MANUFACTURED;
            }
            if (compound == null && !anyPi) {
                return;
            }
            List<String> missing = new ArrayList<>();
            if (!seen.contains(Structure.DIN)) {
                missing.add("the Donation Identification Number [001]");
            }
            if (!seen.contains(Structure.PRODUCT_DIVISIONS)) {
                missing.add("the Product Divisions [032] (serial number)");
            }
            if (missing.isEmpty()) {
                return;
            }
            String what = String.join(" and ", missing);
            if (compound != null) {
                error("isbt128.missing-pi", compound.start(), "This UDI compound message lacks " + what
                        + ", which ST-017 §4.1 requires in every ISBT 128 UDI compound message.");
            } else {
                warning("isbt128.missing-pi", -1, "The production identifiers read lack " + what + ", which "
                        + "ISBT 128 requires on a device containing MPHO (ST-017 §3); if the label has more bar "
                        + "codes, scan them too.");
            }
        }

        private void conflictingDates(Structure day, Structure dayAndTime) {
            Read a = firstRead.get(day);
            Read b = firstRead.get(dayAndTime);
            if (a != null && b != null && a.date() != null && b.date() != null
                    && !a.date().date().equals(b.date().date())) {
                error("isbt128.conflicting-dates", b.start(), "The " + day.title() + " (" + a.date().display()
                        + ") and the " + dayAndTime.title() + " (" + b.date().display() + ") disagree.");
            }
        }

        private ParseResult valid() {
            Read ppic = firstRead.get(Structure.PPIC);
            if (ppic == null || !ppic.sound()) {
                error("isbt128.missing-di", -1, "No readable Processor Product Identification Code was found.");
                return invalid();
            }
            String lot = value(Structure.MPHO_LOT);
            String serial = value(Structure.PRODUCT_DIVISIONS);
            String din = value(Structure.DIN);
            String donationId = din == null ? null : din.substring(0, DinCheckCharacter.DIN_LENGTH);
            UdiDate expiry = date(Structure.EXPIRATION_DATE, Structure.EXPIRATION_DATE_TIME);
            UdiDate manufactured = date(Structure.PRODUCTION_DATE, Structure.PRODUCTION_DATE_TIME);
            // ST-017 eye-readable interpretation: the data structures as encoded, data identifiers included, without
            // the compound message header (which the bar code needs but the printed text leaves out).
            String humanReadable = compound == null ? body : body.substring(compound.contentStart() + 5);
            Udi udi = new Udi(Issuer.ICCBBA, ppic.content(), lot, serial, expiry, manufactured, null, donationId,
                    elements, scan.raw(), humanReadable);
            return new ParseResult.Valid(scan.raw(), udi, problems);
        }

        private ParseResult invalid() {
            return new ParseResult.Invalid(scan.raw(), Issuer.ICCBBA, elements, problems);
        }

        private String value(Structure s) {
            Read r = firstRead.get(s);
            return r == null ? null : r.content();
        }

        /** The more precise of a date and a date-with-time structure (they were checked to agree). */
        private UdiDate date(Structure day, Structure dayAndTime) {
            Read withTime = firstRead.get(dayAndTime);
            if (withTime != null) {
                return withTime.date();
            }
            Read dayOnly = firstRead.get(day);
            return dayOnly == null ? null : dayOnly.date();
        }

        // ---- helpers --------------------------------------------------------------------------------------

        private int nextIdentifierStart(int from) {
            int n = body.length();
            for (int j = from; j < n; j++) {
                char c = body.charAt(j);
                if (c == '=' || c == '&') {
                    return j;
                }
            }
            return n;
        }

        private String skipped(int from, int to) {
            return to >= body.length()
                    ? "the rest of the input was not read"
                    : "the characters up to the next data identifier at position " + pos(to) + " were skipped";
        }

        private int pos(int bodyIndex) {
            return scan.rawPosition(bodyIndex);
        }

        private void error(String code, int bodyIndex, String message) {
            add(Problem.error(code, bodyIndex < 0 ? -1 : pos(bodyIndex), message));
        }

        private void warning(String code, int bodyIndex, String message) {
            add(Problem.warning(code, bodyIndex < 0 ? -1 : pos(bodyIndex), message));
        }

        private void add(Problem p) {
            if (stopped) {
                return;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(Problem.error("isbt128.too-many-problems", -1, "Reading stopped after "
                        + MAX_PROBLEMS + " problems: this input is not an ISBT 128 label."));
                stopped = true;
                return;
            }
            problems.add(p);
        }

        private static String show(char c) {
            return c >= ' ' && c < 0x7f ? "\"" + c + "\"" : String.format("U+%04X", (int) c);
        }

        private static String show(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= ' ' && c < 0x7f) {
                    b.append(c);
                } else {
                    b.append(String.format("<U+%04X>", (int) c));
                }
            }
            return b.append('"').toString();
        }

        private static String show(String s, int from, int to) {
            return show(s.substring(from, Math.min(to, from + 20)) + (to - from > 20 ? "..." : ""));
        }
    }
}
