package org.uditrust.udi.gs1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Issuer;
import org.uditrust.udi.Problem;
import org.uditrust.udi.Udi;

/**
 * Writes a GS1 UDI as a GS1 Digital Link URI, e.g. {@code (01)09506000134352(17)201225(10)ABC123} as
 * {@code https://id.gs1.org/01/09506000134352/10/ABC123?17=201225}.
 *
 * <p>The form follows GS1's reference generator (GS1 Syntax Engine, {@code src/c-lib/dl.c}, {@code gs1_generateDLuri}):
 * the primary key, then as many of its key qualifiers as the data has, in the order of one {@code dlpkey=} sequence
 * of the Syntax Dictionary, as path segments; every other AI as a query parameter, those with a predefined length
 * first, each group in carrier order. Every value character outside the RFC 3986 unreserved set
 * ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded with upper-case hex, so {@code / ? # & = % +} in a lot or serial
 * can never be misread. Unlike the reference generator, which takes the first primary key of the data, the key is
 * the UDI-DI (01) whenever its rules can place every AI; and when a qualifier of the longest sequence could not go
 * in the query string (for (01): (22), (21), (235) are not data attributes), the other sequence is tried:
 * {@code (01)…(235)…(10)…} gives {@code /01/…/235/…?10=…}.
 *
 * <p>Output of {@link Gs1DigitalLinkParser} for the result is the same set of elements (a round trip).
 */
public final class Gs1DigitalLinkWriter {

    /** The canonical base URI of GS1 Digital Link (GS1's own resolver). */
    public static final String CANONICAL_BASE = "https://id.gs1.org";

    /** The outcome of rendering: a URI, or why the UDI cannot be one. */
    public sealed interface Rendering permits Rendered, NotRenderable {
    }

    /** @param uri the Digital Link URI */
    public record Rendered(String uri) implements Rendering {
        public Rendered {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** @param problem why no Digital Link URI can carry this UDI (codes {@code gs1dl.render-*}) */
    public record NotRenderable(Problem problem) implements Rendering {
        public NotRenderable {
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final String base;

    /** A writer for the canonical base {@value #CANONICAL_BASE}. */
    public Gs1DigitalLinkWriter() {
        this(CANONICAL_BASE);
    }

    /**
     * @param base scheme, host and optional path prefix, e.g. {@code https://example.com/dl}; a trailing {@code /} is
     *             dropped
     * @throws IllegalArgumentException when {@code base} is not an http(s) URI without query or fragment
     */
    public Gs1DigitalLinkWriter(String base) {
        Objects.requireNonNull(base, "base");
        String lower = base.toLowerCase(Locale.ROOT);
        int hostStart = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (hostStart < 0 || base.length() == hostStart || base.charAt(hostStart) == '/'
                || base.indexOf('?') >= 0 || base.indexOf('#') >= 0) {
            throw new IllegalArgumentException("base must be http(s)://host[/path] without query or fragment: " + base);
        }
        for (int i = 0; i < base.length(); i++) {
            if (!Gs1DigitalLinkSyntax.isUriCharacter(base.charAt(i)) || base.charAt(i) == '%') {
                throw new IllegalArgumentException("base holds a character a URI cannot carry: " + base);
            }
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Renders {@code udi}, a valid GS1 UDI, as a Digital Link URI. */
    public Rendering render(Udi udi) {
        Objects.requireNonNull(udi, "udi");
        if (udi.issuer() != Issuer.GS1) {
            return refuse("gs1dl.render-not-gs1", "Only a GS1 UDI can be written as a GS1 Digital Link; this one is "
                    + udi.issuer() + ".");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (DataElement e : udi.elements()) {
            String earlier = values.putIfAbsent(e.key(), e.value());
            if (earlier != null && !earlier.equals(e.value())) {
                return refuse("gs1dl.render-duplicate-ai", "AI (" + e.key() + ") has two values; a Digital Link "
                        + "carries each AI once.");
            }
        }
        if (!values.containsKey("01")) {
            return refuse("gs1dl.render-no-key", "The UDI has no GTIN (01) to use as the Digital Link primary key.");
        }
        // The UDI-DI (01) is the natural key. Only when its rules cannot place every AI (say (8004) with its
        // qualifier (7040), which is no data attribute) is another primary key of the label tried, in carrier order,
        // with (01) as a data attribute, as the reference generator would.
        List<Gs1Ai> keys = new ArrayList<>();
        for (String ai : values.keySet()) {
            Gs1Ai entry = Gs1AiTable.lookup(ai).orElse(null);
            if (entry != null && entry.dlPrimaryKey()) {
                keys.add(ai.equals("01") ? 0 : keys.size(), entry);
            }
        }
        String blocker = null;
        for (Gs1Ai key : keys) {
            List<String> path = bestPath(key, values);
            if (path == null) {
                if (blocker == null) {
                    blocker = firstUnfitAttribute(key, qualifiersPresent(key, key.dlQualifiers().isEmpty()
                            ? List.of() : key.dlQualifiers().get(0), values), values);
                }
                continue;
            }
            return new Rendered(write(key, path, values));
        }
        return refuse("gs1dl.render-not-data-attribute", "AI (" + blocker + ") can neither be a key qualifier of (01) "
                + "here nor a Digital Link data attribute, so no Digital Link URI can carry this UDI.");
    }

    /** The longest qualifier path for {@code key} that leaves only proper data attributes, or null. */
    private static List<String> bestPath(Gs1Ai key, Map<String, String> values) {
        List<List<String>> sequences = new ArrayList<>(key.dlQualifiers());
        if (sequences.isEmpty()) {
            sequences.add(List.of());
        }
        List<String> best = null;
        for (List<String> sequence : sequences) {
            List<String> path = qualifiersPresent(key, sequence, values);
            if (firstUnfitAttribute(key, path, values) == null && (best == null || path.size() > best.size())) {
                best = path;
            }
        }
        return best;
    }

    private static List<String> qualifiersPresent(Gs1Ai key, List<String> sequence, Map<String, String> values) {
        List<String> path = new ArrayList<>();
        for (String q : sequence) {
            if (values.containsKey(q)) {
                path.add(q);
            }
        }
        return path;
    }

    private String write(Gs1Ai key, List<String> path, Map<String, String> values) {
        StringBuilder uri = new StringBuilder(base);
        uri.append('/').append(key.ai()).append('/').append(Gs1DigitalLinkSyntax.escape(values.get(key.ai())));
        for (String q : path) {
            uri.append('/').append(q).append('/').append(Gs1DigitalLinkSyntax.escape(values.get(q)));
        }
        char sep = '?';
        for (boolean predefined : new boolean[] {true, false}) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                String ai = e.getKey();
                if (ai.equals(key.ai()) || path.contains(ai)) {
                    continue;
                }
                Gs1Ai entry = Gs1AiTable.lookup(ai).orElseThrow();
                if (entry.predefinedLength() != predefined) {
                    continue;
                }
                uri.append(sep).append(ai).append('=').append(Gs1DigitalLinkSyntax.escape(e.getValue()));
                sep = '&';
            }
        }
        return uri.toString();
    }

    /**
     * The first AI that would have to go in the query string but may not: it is no data attribute, or it is a
     * qualifier that fits the path ({@link Gs1DigitalLinkParser} reports both); null when all fit.
     */
    private static String firstUnfitAttribute(Gs1Ai key, List<String> path, Map<String, String> values) {
        for (String ai : values.keySet()) {
            if (ai.equals(key.ai()) || path.contains(ai)) {
                continue;
            }
            Gs1Ai entry = Gs1AiTable.lookup(ai).orElse(null);
            if (entry == null || !entry.dlDataAttribute()) {
                return ai;
            }
            for (int j = 0; j <= path.size(); j++) {
                List<String> trial = new ArrayList<>(path);
                trial.add(j, ai);
                if (Gs1DigitalLinkSyntax.isValidQualifierSequence(key, trial)) {
                    return ai;
                }
            }
        }
        return null;
    }

    private static Rendering refuse(String code, String message) {
        return new NotRenderable(Problem.error(code, -1, message));
    }
}
