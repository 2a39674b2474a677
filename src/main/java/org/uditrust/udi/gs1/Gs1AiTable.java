package org.uditrust.udi.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every GS1 Application Identifier, read once from the GS1 Barcode Syntax Dictionary.
 *
 * <p>The dictionary text is kept unchanged (licence header included) as the classpath resource
 * {@code org/uditrust/udi/gs1/gs1-syntax-dictionary.txt}: gs1/gs1-syntax-dictionary release 2026-01-27 (commit
 * 8ad003f83a4ba6c2179ce15d578fae27d6580909), Apache License 2.0, © GS1 AISBL, BWIPP and Zint. Updating the table
 * means replacing that file; {@link Gs1AiTableTest} pins a few lines.
 *
 * <p>Lookup is by array index (one array per AI length), so finding the AI at a position of an element string costs
 * at most three array reads and no allocation. The dictionary's AIs are prefix-free (no AI is the start of
 * another), which the loader verifies, so at most one AI matches at any position.
 */
public final class Gs1AiTable {

    /** Where the dictionary text lives on the classpath. */
    public static final String RESOURCE = "gs1-syntax-dictionary.txt";

    private static final Gs1Ai[] BY_TWO = new Gs1Ai[100];
    private static final Gs1Ai[] BY_THREE = new Gs1Ai[1000];
    private static final Gs1Ai[] BY_FOUR = new Gs1Ai[10000];
    private static final List<Gs1Ai> ALL;
    private static final String RELEASE;

    static {
        List<Gs1Ai> all = new ArrayList<>(600);
        String release = "unknown";
        try (InputStream in = Gs1AiTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# Release:")) {
                    release = line.substring("# Release:".length()).trim();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                all.addAll(Gs1SyntaxDictionaryLine.parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Gs1Ai ai : all) {
            Gs1Ai[] slot = array(ai.ai().length());
            int index = Integer.parseInt(ai.ai());
            if (slot[index] != null) {
                throw new IllegalStateException("AI listed twice: " + ai.ai());
            }
            slot[index] = ai;
        }
        for (Gs1Ai ai : all) {
            // Prefix-freeness: no shorter AI may be the start of this one.
            for (int len = 2; len < ai.ai().length(); len++) {
                if (array(len)[Integer.parseInt(ai.ai().substring(0, len))] != null) {
                    throw new IllegalStateException("AI " + ai.ai() + " starts with another AI");
                }
            }
        }
        ALL = Collections.unmodifiableList(all);
        RELEASE = release;
    }

    private Gs1AiTable() {
    }

    private static Gs1Ai[] array(int length) {
        return switch (length) {
            case 2 -> BY_TWO;
            case 3 -> BY_THREE;
            case 4 -> BY_FOUR;
            default -> throw new IllegalArgumentException("AI length " + length);
        };
    }

    /** The AI {@code ai} (2–4 digits), if the dictionary defines it. */
    public static Optional<Gs1Ai> lookup(String ai) {
        if (ai == null || ai.length() < 2 || ai.length() > 4) {
            return Optional.empty();
        }
        return Optional.ofNullable(get(ai, 0, ai.length()));
    }

    /** The AI spelled by {@code s[from, from + length)}, or null when unknown or not digits. */
    public static Gs1Ai get(CharSequence s, int from, int length) {
        if (length < 2 || length > 4 || from < 0 || from + length > s.length()) {
            return null;
        }
        int v = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return array(length)[v];
    }

    /**
     * The known AI that starts at {@code position} of {@code s}, or null when none does. Because the dictionary's AIs
     * are prefix-free, the answer is unique.
     */
    public static Gs1Ai atPosition(CharSequence s, int position) {
        int n = s.length();
        if (position < 0 || position + 2 > n) {
            return null;
        }
        char a = s.charAt(position);
        char b = s.charAt(position + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return null;
        }
        int v = (a - '0') * 10 + (b - '0');
        Gs1Ai found = BY_TWO[v];
        if (found != null || position + 3 > n) {
            return found;
        }
        char c = s.charAt(position + 2);
        if (c < '0' || c > '9') {
            return null;
        }
        v = v * 10 + (c - '0');
        found = BY_THREE[v];
        if (found != null || position + 4 > n) {
            return found;
        }
        char d = s.charAt(position + 3);
        if (d < '0' || d > '9') {
            return null;
        }
        return BY_FOUR[v * 10 + (d - '0')];
    }

    /**
     * How many digits an AI starting with these two digits has, by the dictionary: the common length of the known
     * AIs with this prefix, or 0 when the prefix has none (or AIs of several lengths). Used to name an unknown AI.
     */
    public static int aiLengthForPrefix(int twoDigits) {
        if (BY_TWO[twoDigits] != null) {
            return 2;
        }
        int found = 0;
        for (int i = twoDigits * 10; i < twoDigits * 10 + 10; i++) {
            if (BY_THREE[i] != null) {
                found = found == 0 || found == 3 ? 3 : -1;
            }
        }
        for (int i = twoDigits * 100; i < twoDigits * 100 + 100; i++) {
            if (BY_FOUR[i] != null) {
                found = found == 0 || found == 4 ? 4 : -1;
            }
        }
        return Math.max(found, 0);
    }

    /** Every AI, in the dictionary's (lexical) order. */
    public static List<Gs1Ai> all() {
        return ALL;
    }

    /** The dictionary release the table was read from, e.g. {@code 2026-01-27}. */
    public static String release() {
        return RELEASE;
    }
}
