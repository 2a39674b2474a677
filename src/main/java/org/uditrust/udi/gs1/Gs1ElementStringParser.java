package org.uditrust.udi.gs1;

import java.util.ArrayList;
import java.util.List;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/**
 * Reads GS1 element strings: scanner data (FNC1 transmitted as GS, ASCII 29, with or without an AIM symbology
 * identifier such as {@code ]d2}) and the bracketed human-readable form {@code (01)09506000134352(10)ABC123}. It
 * only splits the input into elements; {@link Gs1MessageValidator} checks them and builds the result.
 *
 * <p>An EAN/UPC scan ({@code ]E0}, {@code ]E4} with 8, 12 or 13 digits) is a bare GTIN and is read as (01), padded
 * with zeros to 14 digits (GenSpecs 3.3.2): a DI-only UDI, as some low-risk devices carry.
 *
 * <p>Scanner data, by the rules of GS1 General Specifications 7.8: an AI with a predefined length (dictionary flag
 * {@code *}) takes exactly that many characters; any other AI runs to the next GS or the end. A leading GS (the
 * symbol's first FNC1 as some decoders report it) is skipped. Tolerated with a warning: a GS after a
 * predefined-length AI, a trailing GS. Errors: a doubled GS, an empty value, an unknown AI (named with its digits
 * and position; reading resumes after the next GS). {@link ParseOptions#groupSeparatorSubstitute()} is read as GS.
 *
 * <p>Keyboard-wedge scanners that cannot send GS make a variable-length value swallow the AIs after it.
 * <ul>
 *   <li>A value longer than its AI allows is an error {@code gs1.missing-separator}; in a message without any
 *       separator it names the scanner setting to fix (a wedge that cannot send GS); when exactly one split of the value into known, valid elements exists, the elements of that split
 *       are returned (still as an invalid result) so the user sees the likely reading; when several exist, the
 *       candidate positions are listed ({@code gs1.missing-separator-ambiguous}, error);</li>
 *   <li>In a message without any separator, a value within its length that contains a tail that reads as valid further elements, at least one of them
 *       of predefined length (for example {@code 10ABC12317201225}: lot {@code ABC12317201225}, or lot
 *       {@code ABC123} and expiry 2020-12-25), is read literally, as the standard says, with a warning
 *       {@code gs1.missing-separator-ambiguous} naming the position where the alternative reading would start.
 *       Tails made only of variable-length AIs are not reported: nearly any text after "10" or "21" reads as a lot
 *       or serial, so such warnings would be noise on every label.</li>
 * </ul>
 *
 * <p>Bracketed form: the value of an element runs to the next {@code (} that is followed by 2 to 4 digits and
 * {@code )}; any other {@code (} is data (parentheses are legal CSET 82 characters). Such a bracketed number that
 * names no AI is reported as {@code gs1.unknown-ai} (a mistyped AI is likelier than a value holding "(23)").
 * {@code \(} is always a literal {@code (} (the GS1 Syntax Engine's escape). So {@code (10)AB(C} and
 * {@code (10)AB(C)} are lots {@code AB(C} and {@code AB(C)}, {@code (10)AB(21)C} is lot {@code AB} and serial
 * {@code C}, {@code (10)AB\(21)C} is lot {@code AB(21)C}. Spaces and other characters outside the AI's
 * character set are reported,
 * never trimmed.
 */
public final class Gs1ElementStringParser implements CarrierParser {

    private static final char GS = Gs1ElementStrings.GS;

    private final Gs1MessageValidator validator;
    private final String substitute;
    private final CurrentYear year;

    public Gs1ElementStringParser(ParseOptions options) {
        this.validator = new Gs1MessageValidator(options);
        this.substitute = options.groupSeparatorSubstitute();
        this.year = new CurrentYear(options.clock());
    }

    @Override
    public ParseResult parse(ScanInput input) {
        String body = input.body();
        Elements elements = new Elements();
        List<Problem> problems = new ArrayList<>();
        boolean eanUpc = isEanUpc(input);
        if (input.aim() != null && !input.aim().announcesGs1() && !eanUpc) {
            problems.add(Problem.warning("gs1.aim-not-gs1", 0, "The scanner reports " + input.aim().text() + " ("
                    + input.aim().symbologyName() + " without FNC1 in first position), which announces plain "
                    + "data, not GS1 element strings; the data was read as GS1 anyway."));
        }
        if (eanUpc) {
            // EAN-13, UPC-A, UPC-E (]E0) and EAN-8 (]E4) carry a bare GTIN: its GTIN-14 form is (01).
            Gs1Ai gtin = Gs1AiTable.get("01", 0, 2);
            String padded = "00000000000000".substring(body.length()) + body;
            elements.add(new DataElement("01", gtin.title(), padded, input.offset()), gtin);
        } else if (!body.isEmpty() && body.charAt(0) == '(') {
            new Bracketed(input, elements, problems).run();
        } else {
            new Scanned(input, elements, problems).run();
        }
        return validator.toResult(input, elements.list, elements.ais, problems);
    }

    private static boolean isEanUpc(ScanInput input) {
        if (input.aim() == null || input.aim().symbology() != 'E') {
            return false;
        }
        String body = input.body();
        int n = body.length();
        if (n != 8 && n != 12 && n != 13) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (body.charAt(i) < '0' || body.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Length of the separator (GS or the configured substitute) at {@code i}, or 0. */
    private int separatorAt(String s, int i) {
        if (s.charAt(i) == GS) {
            return 1;
        }
        if (substitute != null && s.startsWith(substitute, i)) {
            return substitute.length();
        }
        return 0;
    }

    private int currentYear() {
        return year.get();
    }

    /** Splits scanner data. One instance per parse: it holds the cursor. */
    private final class Scanned {
        private final ScanInput input;
        private final String s;
        private final Elements elements;
        private final List<Problem> problems;
        private final boolean hasSeparator;

        Scanned(ScanInput input, Elements elements, List<Problem> problems) {
            this.input = input;
            this.s = input.body();
            this.elements = elements;
            this.problems = problems;
            this.hasSeparator = containsSeparator(s);
        }

        private boolean containsSeparator(String body) {
            // A leading separator is the symbol's own FNC1, not evidence that the scanner sends separators.
            int start = body.isEmpty() ? 0 : separatorAt(body, 0);
            if (body.indexOf(GS, start) >= 0) {
                return true;
            }
            return substitute != null && body.indexOf(substitute, start) >= 0;
        }

        private int raw(int bodyIndex) {
            return input.rawPosition(bodyIndex);
        }

        void run() {
            int n = s.length();
            int pos = 0;
            if (n > 0) {
                int sep = separatorAt(s, 0);
                if (sep > 0) {
                    pos = sep; // the leading FNC1 as ZXing and some scanners report it
                }
            }
            if (pos >= n) {
                problems.add(Problem.error("gs1.empty", -1, "The input holds no GS1 element strings."));
                return;
            }
            while (pos < n) {
                int sep = separatorAt(s, pos);
                if (sep > 0) {
                    int end = pos + sep;
                    while (end < n && separatorAt(s, end) > 0) {
                        end += separatorAt(s, end);
                    }
                    problems.add(Problem.error("gs1.double-separator", raw(pos), "An extra group separator (FNC1) "
                            + "at position " + raw(pos) + " follows another: an element string is missing between "
                            + "them."));
                    pos = end;
                    continue;
                }
                Gs1Ai ai = Gs1AiTable.atPosition(s, pos);
                if (ai == null) {
                    pos = unknownAi(pos);
                    continue;
                }
                int valueStart = pos + ai.ai().length();
                int valueEnd;
                if (ai.predefinedLength()) {
                    valueEnd = valueStart;
                    int limit = Math.min(n, valueStart + ai.maxLength());
                    while (valueEnd < limit && separatorAt(s, valueEnd) == 0) {
                        valueEnd++;
                    }
                } else {
                    valueEnd = valueStart;
                    while (valueEnd < n && separatorAt(s, valueEnd) == 0) {
                        valueEnd++;
                    }
                    if (valueEnd - valueStart > ai.maxLength()) {
                        splitOverlong(ai, pos, valueStart, valueEnd);
                        pos = afterValue(ai, valueEnd);
                        continue;
                    }
                    if (!hasSeparator && valueEnd == n) {
                        warnIfAmbiguous(ai, valueStart, valueEnd);
                    }
                }
                elements.add(new DataElement(ai.ai(), ai.title(), s.substring(valueStart, valueEnd),
                        raw(valueStart)), ai);
                pos = afterValue(ai, valueEnd);
            }
        }

        /** Consumes the separator after a value, if any, and returns where the next AI starts. */
        private int afterValue(Gs1Ai ai, int valueEnd) {
            int n = s.length();
            if (valueEnd >= n) {
                return n;
            }
            int sep = separatorAt(s, valueEnd);
            if (sep == 0) {
                return valueEnd;
            }
            int next = valueEnd + sep;
            if (next >= n) {
                problems.add(Problem.warning("gs1.trailing-separator", raw(valueEnd),
                        "The data ends with a group separator (FNC1) that is not needed; it was ignored."));
            } else if (separatorAt(s, next) == 0 && ai.predefinedLength()) {
                problems.add(Problem.warning("gs1.unneeded-separator", raw(valueEnd), "AI (" + ai.ai()
                        + ") has a predefined length and needs no group separator (FNC1) after it; it was ignored."));
            }
            return next;
        }

        /** Reports an unknown AI at {@code pos} and returns where reading resumes (after the next separator). */
        private int unknownAi(int pos) {
            int n = s.length();
            int digits = 0;
            while (digits < 4 && pos + digits < n && s.charAt(pos + digits) >= '0' && s.charAt(pos + digits) <= '9') {
                digits++;
            }
            String message;
            if (digits < 2) {
                int shown = Math.min(n - pos, 4);
                message = "Expected a GS1 Application Identifier (2 to 4 digits) at position " + raw(pos)
                        + " but found \"" + printable(s.substring(pos, pos + shown)) + "\".";
            } else {
                int len = Gs1AiTable.aiLengthForPrefix((s.charAt(pos) - '0') * 10 + s.charAt(pos + 1) - '0');
                String tail = elements.isEmpty() ? "." : ", or the value before it is too long.";
                if (len == 0) {
                    message = "No GS1 Application Identifier starts with \"" + s.substring(pos, pos + 2)
                            + "\" (position " + raw(pos) + ")" + tail;
                } else {
                    message = "(" + s.substring(pos, pos + Math.min(len, digits)) + ") at position " + raw(pos)
                            + " is not a GS1 Application Identifier" + tail;
                }
            }
            problems.add(Problem.error("gs1.unknown-ai", raw(pos), message));
            int i = pos;
            while (i < n && separatorAt(s, i) == 0) {
                i++;
            }
            return i < n ? i + separatorAt(s, i) : n;
        }

        /**
         * The value of a GS-needing AI runs past its maximum length in a message without separators: the scanner
         * most likely dropped them. Report it and offer the readings that make sense.
         */
        private void splitOverlong(Gs1Ai ai, int aiStart, int valueStart, int valueEnd) {
            Gs1Readings readings = new Gs1Readings(s, valueStart, valueEnd, currentYear());
            List<Integer> splits = new ArrayList<>();
            int last = Math.min(valueEnd - 1, valueStart + ai.maxLength());
            for (int k = valueStart + ai.minLength(); k <= last; k++) {
                if (readings.readsAsElements(k)) {
                    splits.add(k);
                }
            }
            String head = "AI (" + ai.ai() + ") at position " + raw(aiStart) + ": the value runs "
                    + (valueEnd - valueStart) + " characters, past the " + ai.maxLength() + " allowed, because no "
                    + "group separator (FNC1) ends it. " + (hasSeparator
                    ? "The label or the scanner lost one here."
                    : "A keyboard-wedge scanner that cannot send ASCII 29 (GS) drops them: program the scanner to "
                    + "send a substitute such as | and enter that substitute in the GS substitute setting.");
            if (splits.size() == 1) {
                int k = splits.get(0);
                elements.add(new DataElement(ai.ai(), ai.title(), s.substring(valueStart, k), raw(valueStart)), ai);
                List<DataElement> tail = readings.read(k, input);
                elements.addAll(tail);
                problems.add(Problem.error("gs1.missing-separator", raw(valueStart), head
                        + " The only valid reading ends the value at position " + raw(k) + ": "
                        + Gs1ElementStrings.toHumanReadable(elements.list.subList(elements.size() - tail.size() - 1,
                        elements.size())) + "."));
            } else if (splits.isEmpty()) {
                elements.add(new DataElement(ai.ai(), ai.title(), s.substring(valueStart, valueEnd),
                        raw(valueStart)), ai);
                problems.add(Problem.error("gs1.missing-separator", raw(valueStart), head));
            } else {
                elements.add(new DataElement(ai.ai(), ai.title(), s.substring(valueStart, valueEnd),
                        raw(valueStart)), ai);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < splits.size(); i++) {
                    at.append(i == 0 ? "" : i == splits.size() - 1 ? " or " : ", ").append(raw(splits.get(i)));
                }
                problems.add(Problem.error("gs1.missing-separator-ambiguous", raw(valueStart), head
                        + " The value could end at position " + at + "; it cannot be told which."));
            }
        }

        private void warnIfAmbiguous(Gs1Ai ai, int valueStart, int valueEnd) {
            Gs1Readings readings = null;
            for (int k = valueStart + 1; k + 2 <= valueEnd; k++) {
                // Cheap filter first: a known AI must start here.
                if (Gs1AiTable.atPosition(s, k) == null) {
                    continue;
                }
                if (readings == null) {
                    readings = new Gs1Readings(s, valueStart, valueEnd, currentYear());
                }
                if (readings.readsAsElements(k)) {
                    List<DataElement> tail = readings.read(k, input);
                    if (!hasPredefinedLength(tail)) {
                        continue; // "…10…" or "…21…" followed by anything reads as a lot or serial: too weak
                    }
                    problems.add(Problem.warning("gs1.missing-separator-ambiguous", raw(k), "AI (" + ai.ai()
                            + ") was read as \"" + s.substring(valueStart, valueEnd) + "\", but from position "
                            + raw(k) + " it also reads as " + Gs1ElementStrings.toHumanReadable(tail)
                            + ": if the scanner drops group separators (FNC1), the value is only \""
                            + s.substring(valueStart, k) + "\". Check the label."));
                    return;
                }
            }
        }
    }

    /** Splits the bracketed human-readable form. */
    private final class Bracketed {
        private final ScanInput input;
        private final String s;
        private final Elements elements;
        private final List<Problem> problems;

        Bracketed(ScanInput input, Elements elements, List<Problem> problems) {
            this.input = input;
            this.s = input.body();
            this.elements = elements;
            this.problems = problems;
        }

        void run() {
            int n = s.length();
            int pos = 0;
            while (pos < n) {
                // Here s[pos] starts the message or a "(digits)" the value loop below stopped at.
                int aiLength = bracketedAiLength(pos);
                Gs1Ai ai = aiLength == 0 ? null : Gs1AiTable.get(s, pos + 1, aiLength);
                if (aiLength == 0) {
                    String shown = s.substring(pos, Math.min(n, pos + 8));
                    problems.add(Problem.error("gs1.unknown-ai", input.rawPosition(pos), "\"" + printable(shown)
                            + "\" at position " + input.rawPosition(pos) + " does not start with a GS1 Application "
                            + "Identifier in brackets such as (01)."));
                    return;
                }
                int close = pos + aiLength + 1;
                if (ai == null) {
                    problems.add(Problem.error("gs1.unknown-ai", input.rawPosition(pos), s.substring(pos, close + 1)
                            + " at position " + input.rawPosition(pos) + " is not a GS1 Application Identifier (write "
                            + "\\( for a bracket that belongs to the value)."));
                    pos = close + 1;
                    while (pos < n && bracketedAiLength(pos) == 0) {
                        pos += s.charAt(pos) == '\\' && pos + 1 < n ? 2 : 1;
                    }
                    continue;
                }
                int valueStart = close + 1;
                StringBuilder value = null;
                int i = valueStart;
                while (i < n) {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '(') {
                        if (value == null) {
                            value = new StringBuilder(s.length()).append(s, valueStart, i);
                        }
                        value.append('(');
                        i += 2;
                        continue;
                    }
                    if (c == '(' && startsElement(i)) {
                        break;
                    }
                    if (value != null) {
                        value.append(c);
                    }
                    i++;
                }
                String v = value == null ? s.substring(valueStart, i) : value.toString();
                elements.add(new DataElement(ai.ai(), ai.title(), v, input.rawPosition(valueStart)), ai);
                pos = i;
            }
        }

        private boolean startsElement(int i) {
            return bracketedAiLength(i) > 0;
        }

        /** k when {@code s[i]} is "(" followed by k = 2..4 digits and ")", else 0. */
        private int bracketedAiLength(int i) {
            int n = s.length();
            if (i >= n || s.charAt(i) != '(') {
                return 0;
            }
            int k = 0;
            while (k < 4 && i + 1 + k < n && s.charAt(i + 1 + k) >= '0' && s.charAt(i + 1 + k) <= '9') {
                k++;
            }
            return k >= 2 && i + 1 + k < n && s.charAt(i + 1 + k) == ')' ? k : 0;
        }
    }

    /** The elements read so far with their AIs, so the validator need not look them up again. */
    private static final class Elements {
        final List<DataElement> list = new ArrayList<>(6);
        Gs1Ai[] ais = new Gs1Ai[6];

        void add(DataElement e, Gs1Ai ai) {
            if (list.size() == ais.length) {
                ais = java.util.Arrays.copyOf(ais, ais.length * 2);
            }
            ais[list.size()] = ai;
            list.add(e);
        }

        void addAll(List<DataElement> more) {
            for (DataElement e : more) {
                add(e, Gs1AiTable.get(e.key(), 0, e.key().length()));
            }
        }

        int size() {
            return list.size();
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    private static boolean hasPredefinedLength(List<DataElement> elements) {
        for (DataElement e : elements) {
            if (Gs1ElementStrings.hasPredefinedLength(e.key())) {
                return true;
            }
        }
        return false;
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == GS) {
                out.append("<GS>");
            } else if (c < 0x20 || c == 0x7f) {
                out.append("<").append(Integer.toHexString(c)).append(">");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
