package org.uditrust.udi.gs1;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;
import org.uditrust.udi.Udi;
import org.uditrust.udi.UdiDate;

/**
 * Checks a list of GS1 element strings as one message and turns it into a {@link ParseResult}. Shared by the element
 * string / bracketed parser and the GS1 Digital Link parser, which only differ in how they find the elements.
 *
 * <p>Per element: known AI, not empty, length, character set, and the dictionary's content checks (check digit,
 * check character pair, dates with the GS1 century rule, times, country and currency codes, …). Per message, as the
 * GS1 Syntax Engine does: an AI repeated with the same value is fine, with a different value an error; {@code ex=}
 * pairs must not both appear; every {@code req=} must be met.
 *
 * <p>The UDI is read from the elements: DI = (01) GTIN (the GS1 UDI-DI is always a GTIN, also in direct part
 * marking; (03) MTO GTIN, (8006) ITIP and (02) CONTENT are not UDI-DIs, so a message without (01) is invalid with
 * {@code gs1.missing-di}); lot = (10); serial = (21); expiry = (17), else the date and time of (7003);
 * manufactured = (11); software version = (8012). (15) best before and (16) sell by are never taken as expiry.
 */
public final class Gs1MessageValidator {

    private static final Comparator<Problem> BY_POSITION =
            Comparator.comparingInt(p -> p.position() < 0 ? Integer.MAX_VALUE : p.position());

    private final CurrentYear year;

    public Gs1MessageValidator(ParseOptions options) {
        Objects.requireNonNull(options, "options");
        this.year = new CurrentYear(options.clock());
    }

    /**
     * Validates {@code elements} (key = AI, value, position in {@code input.raw()}) and builds the result.
     *
     * @param earlierProblems what the caller found while splitting the input (kept, merged in position order)
     */
    public ParseResult toResult(ScanInput input, List<DataElement> elements, List<Problem> earlierProblems) {
        return toResult(input, elements, null, new ArrayList<>(earlierProblems));
    }

    /**
     * As {@link #toResult(ScanInput, List, List)}, with the AIs of the elements already looked up by the caller
     * ({@code ais[i]} for {@code elements.get(i)}, null where unknown); {@code ais} may be null.
     */
    ParseResult toResult(ScanInput input, List<DataElement> elements, Gs1Ai[] known, List<Problem> problems) {
        // Package callers hand over their own mutable list: no copy per scan (this runs millions of times a second).
        int currentYear = year.get();
        int n = elements.size();
        Gs1Ai[] ais = known != null && known.length >= n ? known : new Gs1Ai[n];
        // One pass finds the elements the UDI is made of (first occurrence of each; repeats must be equal anyway).
        int gtin = -1;
        int lot = -1;
        int serial = -1;
        int expiry = -1;
        int expiryTime = -1;
        int made = -1;
        int software = -1;
        for (int i = 0; i < n; i++) {
            DataElement e = elements.get(i);
            String key = e.key();
            Gs1Ai ai = ais == known ? ais[i] : Gs1AiTable.get(key, 0, key.length());
            ais[i] = ai;
            if (ai == null) {
                problems.add(Problem.error("gs1.unknown-ai", shift(e.position(), -key.length()),
                        "(" + key + ") is not a GS1 Application Identifier."));
                continue;
            }
            checkValue(ai, e.value(), e.position(), currentYear, problems);
            switch (key) {
                case "01" -> gtin = gtin < 0 ? i : gtin;
                case "10" -> lot = lot < 0 ? i : lot;
                case "21" -> serial = serial < 0 ? i : serial;
                case "17" -> expiry = expiry < 0 ? i : expiry;
                case "7003" -> expiryTime = expiryTime < 0 ? i : expiryTime;
                case "11" -> made = made < 0 ? i : made;
                case "8012" -> software = software < 0 ? i : software;
                default -> {
                    // not part of the UDI record; kept in the elements
                }
            }
        }
        checkMessage(elements, ais, problems);
        if (n == 0 && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error("gs1.empty", -1, "The GS1 message holds no element strings."));
        }
        if (gtin < 0) {
            problems.add(Problem.error("gs1.missing-di", -1,
                    "There is no GTIN (01): a GS1 UDI needs the GTIN as its device identifier."));
        }
        boolean failed = false;
        if (!problems.isEmpty()) {
            clampPositions(problems, input.raw().length());
            problems.sort(BY_POSITION);
            for (Problem p : problems) {
                if (p.isError()) {
                    failed = true;
                    break;
                }
            }
        }
        if (failed) {
            return new ParseResult.Invalid(input.raw(), Issuer.GS1, elements, problems);
        }
        UdiDate expiryDate = expiry >= 0 ? day(elements.get(expiry).value(), currentYear)
                : expiryTime >= 0 ? dateTime(elements.get(expiryTime).value(), currentYear) : null;
        Udi udi = new Udi(Issuer.GS1,
                elements.get(gtin).value(),
                lot < 0 ? null : elements.get(lot).value(),
                serial < 0 ? null : elements.get(serial).value(),
                expiryDate,
                made < 0 ? null : day(elements.get(made).value(), currentYear),
                software < 0 ? null : elements.get(software).value(),
                null,
                elements,
                input.raw(),
                Gs1ElementStrings.toHumanReadable(elements));
        return new ParseResult.Valid(input.raw(), udi, problems);
    }

    /** Checks one value against its AI, adding problems (positions relative to {@code position}, the value start). */
    public static void checkValue(Gs1Ai ai, String value, int position, int currentYear, List<Problem> problems) {
        int len = value.length();
        if (len == 0) {
            problems.add(Problem.error("gs1.empty-value", shift(position, 0), name(ai) + " has no value: "
                    + (ai.predefinedLength() ? "it needs " + ai.minLength() + " characters." : "it needs 1 to "
                    + ai.maxLength() + " characters.")));
            return;
        }
        // A character no part of the AI allows (a space, a GS, a letter in a numeric AI) explains a wrong length
        // better than the length does, so it is reported instead. (With a right length, the per-part check below
        // finds it anyway.)
        boolean badLength = len < ai.minLength() || len > ai.maxLength();
        int foreign = badLength ? firstForeignCharacter(ai, value) : -1;
        if (foreign >= 0) {
            problems.add(Problem.error("gs1.charset", shift(position, foreign), name(ai) + ": "
                    + describe(value.charAt(foreign)) + " at value position " + (foreign + 1) + " is not allowed ("
                    + charSetName(allNumeric(ai) ? Gs1Ai.CharSet.N : Gs1Ai.CharSet.X) + ")."));
            return;
        }
        if (badLength) {
            String unit = ai.components().size() == 1 && ai.components().get(0).charSet() == Gs1Ai.CharSet.N
                    ? " digits" : " characters";
            String need = ai.fixedLength() ? "exactly " + ai.minLength()
                    : len < ai.minLength() ? "at least " + ai.minLength() : "at most " + ai.maxLength();
            problems.add(Problem.error("gs1.length", shift(position, Math.min(len, ai.maxLength())),
                    name(ai) + ": the value has " + len + unit + " but must have " + need + "."));
            return;
        }
        int offset = 0;
        List<Gs1Ai.Component> components = ai.components();
        for (int ci = 0; ci < components.size(); ci++) {
            Gs1Ai.Component c = components.get(ci);
            int remaining = len - offset;
            if (remaining == 0 && c.optional()) {
                break;
            }
            if (remaining < c.minLength()) {
                problems.add(Problem.error("gs1.length", shift(position, offset), name(ai) + ": the value ends "
                        + "inside a " + c.minLength() + "-character part (only " + remaining + " left)."));
                return;
            }
            int end = offset + Math.min(remaining, c.maxLength());
            int bad = firstBadCharacter(c.charSet(), value, offset, end);
            if (bad >= 0) {
                problems.add(Problem.error("gs1.charset", shift(position, bad), name(ai) + ": "
                        + describe(value.charAt(bad)) + " at value position " + (bad + 1) + " is not allowed ("
                        + charSetName(c.charSet()) + ")."));
                return;
            }
            List<Gs1Linter> linters = c.linters();
            for (int li = 0; li < linters.size(); li++) {
                Gs1Linter.Failure f = linters.get(li).check(value, offset, end, currentYear);
                if (f != null) {
                    problems.add(Problem.error(f.code(), shift(position, offset + f.offset()),
                            name(ai) + ": " + f.reason() + "."));
                    return;
                }
            }
            offset = end;
        }
    }

    private static boolean allNumeric(Gs1Ai ai) {
        List<Gs1Ai.Component> cs = ai.components();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).charSet() != Gs1Ai.CharSet.N) {
                return false;
            }
        }
        return true;
    }

    /** First character that no component of the AI could hold, or -1. */
    private static int firstForeignCharacter(Gs1Ai ai, String value) {
        boolean numeric = allNumeric(ai);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (numeric ? c < '0' || c > '9' : !Gs1CharSets.isCset82(c) && !Gs1CharSets.isCset39(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Gs1Ai ai) {
        return "AI (" + ai.ai() + ")";
    }

    private static int firstBadCharacter(Gs1Ai.CharSet cs, String s, int from, int to) {
        switch (cs) {
            case N -> {
                for (int i = from; i < to; i++) {
                    char c = s.charAt(i);
                    if (c < '0' || c > '9') {
                        return i;
                    }
                }
            }
            case X -> {
                for (int i = from; i < to; i++) {
                    if (!Gs1CharSets.isCset82(s.charAt(i))) {
                        return i;
                    }
                }
            }
            case Y -> {
                for (int i = from; i < to; i++) {
                    if (!Gs1CharSets.isCset39(s.charAt(i))) {
                        return i;
                    }
                }
            }
            case Z -> {
                return Gs1CharSets.firstBadCset64(s, from, to);
            }
            default -> throw new IllegalStateException(cs.toString());
        }
        return -1;
    }

    private static String charSetName(Gs1Ai.CharSet cs) {
        return switch (cs) {
            case N -> "digits only";
            case X -> "GS1 character set 82: letters, digits and !\"%&'()*+,-./:;<=>?_, no spaces";
            case Y -> "GS1 character set 39: capital letters, digits, # - /";
            case Z -> "GS1 character set 64: letters, digits, - _ and = padding";
        };
    }

    static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == Gs1ElementStrings.GS) {
            return "a group separator (GS)";
        }
        if (c < 0x20 || c >= 0x7f) {
            String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
            return "character U+" + "0000".substring(hex.length()) + hex;
        }
        return "\"" + c + "\"";
    }

    /** A fault at the very end (an empty last value, a short one) points at the last character instead. */
    private static void clampPositions(List<Problem> problems, int rawLength) {
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            if (p.position() >= rawLength) {
                problems.set(i, new Problem(p.code(), rawLength == 0 ? -1 : rawLength - 1, p.message(),
                        p.severity()));
            }
        }
    }

    private static int shift(int position, int by) {
        return position < 0 ? -1 : Math.max(0, position + by);
    }

    static void checkMessage(List<DataElement> elements, Gs1Ai[] ais, List<Problem> problems) {
        // Keys are read from the elements in place: no array per scan.
        int n = elements.size();
        for (int i = 0; i < n; i++) {
            DataElement e = elements.get(i);
            Gs1Ai ai = ais[i];
            boolean firstOccurrence = true;
            for (int j = 0; j < i; j++) {
                if (elements.get(j).key().equals(e.key())) {
                    firstOccurrence = false;
                    if (!elements.get(j).value().equals(e.value())) {
                        problems.add(Problem.error("gs1.duplicate-ai", shift(e.position(), -e.key().length()),
                                "AI (" + e.key() + ") appears twice with different values (\""
                                        + elements.get(j).value() + "\" and \"" + e.value() + "\")."));
                    }
                    break;
                }
            }
            if (ai == null || !firstOccurrence) {
                continue;
            }
            List<String> excludes = ai.excludes();
            for (int x = 0; x < excludes.size(); x++) {
                String pattern = excludes.get(x);
                for (int j = 0; j < n; j++) {
                    String other = elements.get(j).key();
                    if (!Gs1Ai.matches(pattern, other) || other.equals(e.key())) {
                        continue;
                    }
                    // Report each pair once: by the earlier of the two when both name each other.
                    Gs1Ai otherAi = ais[j];
                    boolean mutual = otherAi != null && matchesAny(otherAi.excludes(), e.key());
                    if ((mutual && j < i) || firstIndex(elements, other) != j) {
                        continue;
                    }
                    problems.add(Problem.error("gs1.excluded-pair", shift(elements.get(j).position(),
                            -other.length()), "AI (" + e.key() + ") and AI (" + other
                            + ") must not appear together in one message."));
                }
            }
            List<Gs1Ai.Requisite> requires = ai.requires();
            for (int r = 0; r < requires.size(); r++) {
                Gs1Ai.Requisite req = requires.get(r);
                if (!satisfied(req, elements)) {
                    problems.add(Problem.error("gs1.requires", shift(e.position(), -e.key().length()),
                            "AI (" + e.key() + ") needs " + req.describe() + " in the same message."));
                }
            }
        }
    }

    private static int firstIndex(List<DataElement> elements, String key) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAny(List<String> patterns, String ai) {
        for (int i = 0; i < patterns.size(); i++) {
            if (Gs1Ai.matches(patterns.get(i), ai)) {
                return true;
            }
        }
        return false;
    }

    private static boolean satisfied(Gs1Ai.Requisite req, List<DataElement> elements) {
        List<List<String>> alternatives = req.alternatives();
        for (int a = 0; a < alternatives.size(); a++) {
            List<String> group = alternatives.get(a);
            boolean all = true;
            for (int g = 0; g < group.size() && all; g++) {
                all = anyMatches(elements, group.get(g));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(List<DataElement> elements, String pattern) {
        for (int i = 0; i < elements.size(); i++) {
            if (Gs1Ai.matches(pattern, elements.get(i).key())) {
                return true;
            }
        }
        return false;
    }



    /** A validated (7003) YYMMDDHHMM as a {@link UdiDate} of minute precision. */
    private static UdiDate dateTime(String v, int currentYear) {
        LocalTime time = LocalTime.of(Integer.parseInt(v, 6, 8, 10), Integer.parseInt(v, 8, 10, 10));
        return new UdiDate(date(v, currentYear), time, UdiDate.Precision.MINUTE);
    }

    /** A validated YYMMDD (day 00 = the month) as a {@link UdiDate}, or null for null. */
    static UdiDate day(String yymmdd, int currentYear) {
        if (yymmdd == null) {
            return null;
        }
        int year = Gs1Linter.fullYear(Integer.parseInt(yymmdd, 0, 2, 10), currentYear);
        int month = Integer.parseInt(yymmdd, 2, 4, 10);
        if (yymmdd.charAt(4) == '0' && yymmdd.charAt(5) == '0') {
            return UdiDate.ofMonth(year, month);
        }
        return UdiDate.ofDay(LocalDate.of(year, month, Integer.parseInt(yymmdd, 4, 6, 10)));
    }

    private static LocalDate date(String yymmdd, int currentYear) {
        int year = Gs1Linter.fullYear(Integer.parseInt(yymmdd, 0, 2, 10), currentYear);
        return LocalDate.of(year, Integer.parseInt(yymmdd, 2, 4, 10), Integer.parseInt(yymmdd, 4, 6, 10));
    }
}
