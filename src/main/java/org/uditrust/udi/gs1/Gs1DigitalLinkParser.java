package org.uditrust.udi.gs1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

/**
 * Reads GS1 Digital Link URIs (GS1 Digital Link Standard: URI Syntax 1.2 and later), such as
 * {@code https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201225}.
 *
 * <p>How the URI is read, following GS1's reference parser (GS1 Syntax Engine, {@code src/c-lib/dl.c},
 * {@code gs1_parseDLuri}):
 * <ul>
 *   <li>Scheme {@code http} or {@code https} in any letter case (RFC 3986 §3.1 makes the scheme case-insensitive;
 *       the Syntax Engine refuses mixed case such as {@code HtTp}, we do not), any host, any path prefix.</li>
 *   <li>The primary key is found by walking the path backwards in {@code /AI/value} pairs until an AI that the
 *       Syntax Dictionary marks {@code dlpkey}; everything before it is the prefix and is ignored
 *       ({@code https://a/00/faux/00/006141411234567890} reads the second (00)). The AIs after it are its key
 *       qualifiers and must follow one of its {@code dlpkey=} sequences in order (for (01): (22), (10), (21), or
 *       (235)).</li>
 *   <li>Query parameters whose name is all digits are AIs (data attributes); an all-digit name that is no AI is an
 *       error; other parameters ({@code linkType}, {@code context}, singletons) are ignored, as the standard lets
 *       resolvers and applications use them. The fragment is ignored.</li>
 *   <li>Values are percent-decoded; {@code +} is a space only in the query. A GTIN-8, -12 or -13 in (01) is
 *       padded with zeros to 14 digits (the zero-suppressed GTINs of Digital Link 1.1 and of the standard's own
 *       examples), with a warning.</li>
 *   <li>The 1.1 convenience alphas ({@code /gtin/}, {@code /lot/}, {@code /ser/}, …) were withdrawn in URI Syntax
 *       1.2 and the Syntax Engine refuses them by default: they are read (so the fields show) but are an error.</li>
 * </ul>
 * The elements (key = AI, position = index of the value in {@link ScanInput#raw()}) then go to
 * {@link Gs1MessageValidator}, so every value, pairing and check-digit rule is the same as for a barcode; its
 * positions, computed on decoded values, are mapped back to the encoded URI.
 *
 * <p>Digital-Link-specific problems have codes {@code gs1dl.*}.
 */
public final class Gs1DigitalLinkParser implements CarrierParser {

    private static final Comparator<Problem> BY_POSITION =
            Comparator.comparingInt(p -> p.position() < 0 ? Integer.MAX_VALUE : p.position());

    private final Gs1MessageValidator validator;

    public Gs1DigitalLinkParser(ParseOptions options) {
        this.validator = new Gs1MessageValidator(Objects.requireNonNull(options, "options"));
    }

    @Override
    public ParseResult parse(ScanInput input) {
        return new Reading(input).read();
    }

    /** A path segment: {@code body[start, end)}. */
    private record Segment(int start, int end) {
        boolean isEmpty() {
            return start == end;
        }
    }

    /** The state of reading one input. */
    private final class Reading {
        private final ScanInput input;
        private final String s;
        private final List<Problem> problems = new ArrayList<>();
        private final List<DataElement> elements = new ArrayList<>();
        /** Per element: body index of each decoded value character (plus one for the end). */
        private final List<int[]> valueMaps = new ArrayList<>();
        /** Per element: body index where its AI (or alpha) starts. */
        private final List<Integer> aiStarts = new ArrayList<>();
        private final Map<String, Integer> elementByAi = new HashMap<>();
        private boolean keyInQuery;

        Reading(ScanInput input) {
            this.input = input;
            this.s = input.body();
        }

        ParseResult read() {
            checkCharacters();
            int hostStart = schemeEnd();
            if (hostStart < 0) {
                error("gs1dl.malformed-uri", 0, "The input does not start with http:// or https://, so it is not a "
                        + "GS1 Digital Link.");
                return finish();
            }
            int n = s.length();
            int i = hostStart;
            boolean badHost = false;
            while (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
                if (!badHost && Gs1DigitalLinkSyntax.isBadHostCharacter(s.charAt(i))) {
                    badHost = true;
                    error("gs1dl.malformed-uri", i, "The domain name contains " + describe(s.charAt(i))
                            + ", which a host name cannot contain.");
                }
                i++;
            }
            if (i == hostStart) {
                error("gs1dl.malformed-uri", Math.min(i, n - 1), "The web address has no domain name after \""
                        + s.substring(0, hostStart) + "\".");
                return finish();
            }
            int pathStart = i;
            int pathEnd = pathStart;
            while (pathEnd < n && s.charAt(pathEnd) != '?' && s.charAt(pathEnd) != '#') {
                pathEnd++;
            }
            PathKey pathKey = readPath(pathStart, pathEnd);
            if (pathEnd < n && s.charAt(pathEnd) == '?') {
                int queryEnd = s.indexOf('#', pathEnd + 1);
                readQuery(pathEnd + 1, queryEnd < 0 ? n : queryEnd, pathKey);
            }
            if (pathKey == null && !keyInQuery) {
                error("gs1dl.no-primary-key", -1, "The web address holds no GS1 primary key such as /01/ followed "
                        + "by a GTIN, so it is not a GS1 Digital Link.");
            }
            return finish();
        }

        /** Body index after {@code http://} or {@code https://} (any letter case), or -1. */
        private int schemeEnd() {
            if (s.regionMatches(true, 0, "https://", 0, 8)) {
                return 8;
            }
            if (s.regionMatches(true, 0, "http://", 0, 7)) {
                return 7;
            }
            return -1;
        }

        private void checkCharacters() {
            int n = s.length();
            int illegal = -1;
            int illegalCount = 0;
            int badEscape = -1;
            int badEscapeCount = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (!Gs1DigitalLinkSyntax.isUriCharacter(c)) {
                    illegalCount++;
                    if (illegal < 0) {
                        illegal = i;
                    }
                } else if (c == '%' && !Gs1DigitalLinkSyntax.isPercentEscape(s, i, n)) {
                    badEscapeCount++;
                    if (badEscape < 0) {
                        badEscape = i;
                    }
                }
            }
            if (illegal >= 0) {
                error("gs1dl.illegal-character", illegal, describe(s.charAt(illegal)) + " at position "
                        + (input.rawPosition(illegal) + 1) + " cannot appear in a web address as it is; it must be "
                        + "percent-encoded" + more(illegalCount) + ".");
            }
            if (badEscape >= 0) {
                error("gs1dl.bad-percent-escape", badEscape, "\"%\" at position " + (input.rawPosition(badEscape) + 1)
                        + " is not followed by two hexadecimal digits; a literal \"%\" must be written %25"
                        + more(badEscapeCount) + ".");
            }
        }

        private String more(int count) {
            return count > 1 ? " (" + (count - 1) + " more like it)" : "";
        }

        /** The primary key found in the path, with the AIs of its qualifiers. */
        private record PathKey(Gs1Ai key, List<String> qualifiers) {
        }

        private PathKey readPath(int pathStart, int pathEnd) {
            List<Segment> segs = new ArrayList<>();
            if (pathStart < pathEnd) {
                int from = pathStart + 1; // skip the leading "/"
                for (int i = from; i <= pathEnd; i++) {
                    if (i == pathEnd || s.charAt(i) == '/') {
                        segs.add(new Segment(from, i));
                        from = i + 1;
                    }
                }
            }
            int n = segs.size();
            int keyIndex = -1;
            // The reference parser's rule: walk /AI/value pairs back from the end to the first primary key.
            for (int i = n - 2; i >= 0; i -= 2) {
                Gs1Ai ai = segmentAi(segs.get(i));
                if (ai == null) {
                    break;
                }
                if (ai.dlPrimaryKey()) {
                    keyIndex = i;
                    break;
                }
            }
            if (keyIndex < 0) {
                // Not a well-formed Digital Link path; to say what is wrong rather than only "no key", take the
                // rightmost primary key that has a value after it and report what follows it.
                for (int i = n - 2; i >= 0; i--) {
                    Gs1Ai ai = segmentAi(segs.get(i));
                    if (ai != null && ai.dlPrimaryKey()) {
                        keyIndex = i;
                        break;
                    }
                }
            }
            if (keyIndex < 0) {
                return null;
            }
            Segment keySeg = segs.get(keyIndex);
            Gs1Ai key = segmentAi(keySeg);
            // Empty segments ("//", a trailing "/") are reported and skipped, so the pairs after them still read.
            List<Segment> rest = new ArrayList<>();
            for (int j = keyIndex + 1; j < n; j++) {
                Segment g = segs.get(j);
                if (!g.isEmpty()) {
                    rest.add(g);
                    continue;
                }
                boolean trailing = j == n - 1;
                if (!trailing) {
                    error("gs1dl.empty-segment", g.start() - 1, "The path has an empty segment (\"//\") after the "
                            + "primary key (" + key.ai() + ").");
                } else if (rest.size() % 2 == 1) {
                    // Only when every AI has its value; otherwise the missing value is the fault to report.
                    error("gs1dl.empty-segment", g.start() - 1, "The path ends with \"/\" after the last value; a "
                            + "Digital Link path must not.");
                }
            }
            if (rest.isEmpty()) {
                error("gs1dl.missing-value", keySeg.start(), "The primary key (" + key.ai() + ") ends the path "
                        + "without a value after it.");
                return new PathKey(key, List.of());
            }
            addElement(key, keySeg.start(), rest.get(0).start(), rest.get(0).end(), false);
            List<String> qualifiers = new ArrayList<>();
            List<Integer> qualifierStarts = new ArrayList<>();
            for (int j = 1; j < rest.size(); j += 2) {
                Segment a = rest.get(j);
                Gs1Ai ai = segmentAi(a);
                String text = s.substring(a.start(), a.end());
                if (ai == null) {
                    if (allDigits(text)) {
                        error("gs1dl.unknown-ai", a.start(), "Path segment \"" + clip(text) + "\" after the primary "
                                + "key (" + key.ai() + ") is not a GS1 Application Identifier.");
                    } else {
                        error("gs1dl.non-numeric-ai", a.start(), "Path segment \"" + clip(text)
                                + "\" after the primary key (" + key.ai() + ") should be an AI number such as 10 or "
                                + "21.");
                    }
                    continue;
                }
                if (j + 1 >= rest.size()) {
                    error("gs1dl.missing-value", a.start(), "AI (" + ai.ai() + ") ends the path without a value "
                            + "after it.");
                    continue;
                }
                Segment v = rest.get(j + 1);
                if (addElement(ai, a.start(), v.start(), v.end(), false)) {
                    qualifiers.add(ai.ai());
                    qualifierStarts.add(a.start());
                }
            }
            checkQualifierOrder(key, qualifiers, qualifierStarts);
            return new PathKey(key, qualifiers);
        }

        private void checkQualifierOrder(Gs1Ai key, List<String> qualifiers, List<Integer> starts) {
            if (Gs1DigitalLinkSyntax.isValidQualifierSequence(key, qualifiers)) {
                return;
            }
            // Report at the first qualifier that makes the sequence impossible.
            for (int k = 0; k < qualifiers.size(); k++) {
                List<String> prefix = qualifiers.subList(0, k + 1);
                if (Gs1DigitalLinkSyntax.isValidQualifierSequence(key, prefix)) {
                    continue;
                }
                String q = qualifiers.get(k);
                String rule = Gs1DigitalLinkSyntax.describeQualifiers(key) + ".";
                boolean known = false;
                boolean sameAlternative = false;
                for (List<String> alt : key.dlQualifiers()) {
                    known |= alt.contains(q);
                    sameAlternative |= alt.containsAll(prefix);
                }
                if (!known) {
                    Gs1Ai ai = Gs1AiTable.get(q, 0, q.length());
                    String hint = ai != null && ai.dlDataAttribute()
                            ? " Data attributes such as (" + q + ") go in the query string: ?" + q + "=…" : "";
                    error("gs1dl.qualifier-not-allowed", starts.get(k), "AI (" + q + ") cannot follow the primary "
                            + "key (" + key.ai() + ") in the path: " + rule + hint);
                } else if (sameAlternative) {
                    error("gs1dl.qualifier-order", starts.get(k), "AI (" + q + ") is out of order in the path: "
                            + rule);
                } else {
                    error("gs1dl.qualifier-not-allowed", starts.get(k), "AI (" + q + ") cannot be combined with "
                            + "the qualifiers before it in the path: " + rule);
                }
                return;
            }
        }

        private void readQuery(int from, int to, PathKey pathKey) {
            int i = from;
            while (i < to) {
                int amp = s.indexOf('&', i);
                if (amp < 0 || amp > to) {
                    amp = to;
                }
                if (amp == i) {
                    i++;
                    continue;
                }
                int eq = -1;
                for (int k = i; k < amp; k++) {
                    if (s.charAt(k) == '=') {
                        eq = k;
                        break;
                    }
                }
                String name = Gs1DigitalLinkSyntax.decode(s, i, eq < 0 ? amp : eq, true).text();
                if (name.isEmpty() || !allDigits(name)) {
                    // Not an AI: linkType, context and other non-GS1 parameters are the application's business.
                    i = amp + 1;
                    continue;
                }
                Gs1Ai ai = Gs1AiTable.lookup(name).orElse(null);
                if (ai == null) {
                    error("gs1dl.unknown-ai", i, "Query parameter \"" + clip(name) + "\" is all digits but is not a "
                            + "GS1 Application Identifier; numeric parameter names are reserved for AIs.");
                } else if (eq < 0) {
                    error("gs1dl.missing-value", i, "AI (" + ai.ai() + ") in the query string has no \"=\" and no "
                            + "value.");
                } else {
                    checkAttribute(ai, i, pathKey);
                    addElement(ai, i, eq + 1, amp, true);
                }
                i = amp + 1;
            }
        }

        private void checkAttribute(Gs1Ai ai, int at, PathKey pathKey) {
            if (elementByAi.containsKey(ai.ai())) {
                return; // addElement reports the repeat
            }
            if (pathKey == null) {
                if (ai.dlPrimaryKey()) {
                    keyInQuery = true;
                    error("gs1dl.key-in-query", at, "AI (" + ai.ai() + ") is a primary key and belongs in the path "
                            + "(/" + ai.ai() + "/…), not in the query string.");
                }
                return;
            }
            List<String> path = pathKey.qualifiers();
            if (Gs1DigitalLinkSyntax.isValidQualifierSequence(pathKey.key(), path)) {
                for (int j = 0; j <= path.size(); j++) {
                    List<String> trial = new ArrayList<>(path);
                    trial.add(j, ai.ai());
                    if (Gs1DigitalLinkSyntax.isValidQualifierSequence(pathKey.key(), trial)) {
                        error("gs1dl.qualifier-in-query", at, "AI (" + ai.ai() + ") is a key qualifier of ("
                                + pathKey.key().ai() + ") and belongs in the path (…/" + ai.ai() + "/…), not in the "
                                + "query string.");
                        return;
                    }
                }
            }
            if (!ai.dlDataAttribute()) {
                error("gs1dl.not-data-attribute", at, "AI (" + ai.ai() + ") is not allowed as a Digital Link data "
                        + "attribute in the query string (GS1 Barcode Syntax Dictionary).");
            }
        }

        /**
         * Decodes a value and adds its element, unless the AI was already read (then reports the repeat).
         *
         * @return true when the element was added
         */
        private boolean addElement(Gs1Ai ai, int aiStart, int valueStart, int valueEnd, boolean query) {
            char first = s.charAt(aiStart);
            if (!query && (first < '0' || first > '9')) {
                int end = s.indexOf('/', aiStart);
                String alpha = s.substring(aiStart, end < 0 ? s.length() : end);
                error("gs1dl.convenience-alpha", aiStart, "\"" + alpha + "\" is a short name from GS1 Digital "
                        + "Link 1.1 that URI Syntax 1.2 withdrew; the path must use the AI number: /" + ai.ai() + "/.");
            }
            Gs1DigitalLinkSyntax.Decoded d = Gs1DigitalLinkSyntax.decode(s, valueStart, valueEnd, query);
            String value = d.text();
            int[] map = d.rawIndex();
            Integer earlier = elementByAi.get(ai.ai());
            if (earlier != null) {
                String before = elements.get(earlier).value();
                error("gs1dl.duplicate-ai", aiStart, before.equals(value)
                        ? "AI (" + ai.ai() + ") appears twice; a Digital Link carries each AI once."
                        : "AI (" + ai.ai() + ") appears twice with different values (\"" + clip(before) + "\" and \""
                                + clip(value) + "\").");
                return false;
            }
            int len = value.length();
            if ("01".equals(ai.ai()) && (len == 8 || len == 12 || len == 13) && allDigits(value)) {
                int pad = 14 - len;
                int[] padded = new int[map.length + pad];
                for (int k = 0; k < pad; k++) {
                    padded[k] = valueStart;
                }
                System.arraycopy(map, 0, padded, pad, map.length);
                map = padded;
                value = "0".repeat(pad) + value;
                problems.add(Problem.warning("gs1dl.gtin-padded", input.rawPosition(valueStart), "AI (01) is written "
                        + "with " + len + " digits (GTIN-" + len + "); it is read as the 14-digit GTIN " + value
                        + "."));
            }
            elementByAi.put(ai.ai(), elements.size());
            elements.add(new DataElement(ai.ai(), ai.title(), value, input.rawPosition(valueStart)));
            valueMaps.add(map);
            aiStarts.add(aiStart);
            return true;
        }

        /** The AI a path segment names (its digits, or a withdrawn convenience alpha), or null. */
        private Gs1Ai segmentAi(Segment seg) {
            int len = seg.end() - seg.start();
            if (len >= 2 && len <= 4) {
                Gs1Ai ai = Gs1AiTable.get(s, seg.start(), len);
                if (ai != null) {
                    return ai;
                }
            }
            if (len >= 3 && len <= 5 && (s.charAt(seg.start()) < '0' || s.charAt(seg.start()) > '9')) {
                String ai = Gs1DigitalLinkSyntax.CONVENIENCE_ALPHAS.get(s.substring(seg.start(), seg.end()));
                if (ai != null) {
                    return Gs1AiTable.get(ai, 0, ai.length());
                }
            }
            return null;
        }

        private void error(String code, int bodyPosition, String message) {
            // A fault at the very end (or in an empty input) points at the last character, or at the whole input.
            int at = Math.min(input.rawPosition(bodyPosition), input.raw().length() - 1);
            problems.add(Problem.error(code, at, message));
        }

        private ParseResult finish() {
            String raw = input.raw();
            if (elements.isEmpty()) {
                problems.sort(BY_POSITION);
                return new ParseResult.Invalid(raw, Issuer.GS1, List.of(), problems);
            }
            Set<Problem> mine = Collections.newSetFromMap(new IdentityHashMap<>());
            mine.addAll(problems);
            ParseResult r = validator.toResult(input, elements, problems);
            Map<Integer, Integer> remap = positionMap();
            List<Problem> out = new ArrayList<>(r.problems().size());
            for (Problem p : r.problems()) {
                if (mine.contains(p) || !remap.containsKey(p.position())) {
                    out.add(p);
                } else {
                    int to = Math.min(remap.get(p.position()), raw.length() - 1);
                    out.add(new Problem(p.code(), to, p.message(), p.severity()));
                }
            }
            out.sort(BY_POSITION);
            if (r instanceof ParseResult.Valid v) {
                return new ParseResult.Valid(raw, v.udi(), out);
            }
            return new ParseResult.Invalid(raw, Issuer.GS1, r.elements(), out);
        }

        /**
         * The validator counts positions in decoded values (and puts an AI {@code key.length()} before its value, as
         * in an element string); this maps those positions to where the characters are in the encoded URI.
         */
        private Map<Integer, Integer> positionMap() {
            Map<Integer, Integer> map = new HashMap<>();
            for (int k = 0; k < elements.size(); k++) {
                DataElement e = elements.get(k);
                map.put(e.position() - e.key().length(), input.rawPosition(aiStarts.get(k)));
            }
            for (int k = 0; k < elements.size(); k++) {
                DataElement e = elements.get(k);
                int[] m = valueMaps.get(k);
                for (int d = 0; d < m.length; d++) {
                    map.put(e.position() + d, input.rawPosition(m[d]));
                }
            }
            return map;
        }
    }

    private static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String describe(char c) {
        return Gs1MessageValidator.describe(c);
    }
}
