package org.uditrust.udi.gs1;

import java.util.List;
import java.util.Objects;

/**
 * One GS1 Application Identifier as the GS1 Barcode Syntax Dictionary describes it.
 *
 * <p>Instances come from {@link Gs1AiTable}, which reads them from the dictionary; a range entry such as
 * {@code 3100-3105} gives one instance per AI.
 *
 * @param ai              the AI digits, 2 to 4 of them, e.g. {@code "01"} or {@code "7003"}
 * @param title           the dictionary's data title, e.g. {@code "BATCH/LOT"} (empty when the dictionary gives none)
 * @param components      the parts of the data field, applied in order; only the last may have variable length
 * @param fnc1Required    true when the AI does NOT have a predefined length (no {@code *} flag), so an FNC1 (GS)
 *                        must follow its value unless it ends the message
 * @param dlDataAttribute true when the dictionary allows the AI as a GS1 Digital Link data attribute ({@code ?})
 * @param requires        every {@code req=} attribute; each one must be satisfied by the message
 * @param excludes        the {@code ex=} patterns: AIs (or {@code n}-wildcard patterns like {@code 310n}) that must
 *                        not appear in the same message; an AI never excludes itself
 * @param dlPrimaryKey    true when the AI is a GS1 Digital Link primary key ({@code dlpkey})
 * @param dlQualifiers    for a primary key, the alternative ordered qualifier sequences ({@code dlpkey=22,10,21|235}
 *                        gives {@code [[22,10,21],[235]]}); empty when none are allowed or it is not a key
 */
public record Gs1Ai(
        String ai,
        String title,
        List<Component> components,
        boolean fnc1Required,
        boolean dlDataAttribute,
        List<Requisite> requires,
        List<String> excludes,
        boolean dlPrimaryKey,
        List<List<String>> dlQualifiers) {

    /** Character set of a component: the dictionary's N, X, Y, Z. */
    public enum CharSet {
        /** Digits 0–9. */
        N,
        /** GS1 AI encodable character set 82 ({@code !"%&'()*+,-./0-9:;<=>?A-Z_a-z}). */
        X,
        /** GS1 AI encodable character set 39 ({@code #-/0-9A-Z}). */
        Y,
        /** GS1 AI encodable character set 64 (base64url, {@code =} padding at the end). */
        Z
    }

    /** Which date a value starts with. */
    public enum DateKind {
        NONE,
        /** YYMMDD, day 00 not allowed (e.g. 7003, 7006). */
        YYMMDD,
        /** YYMMDD where day 00 means the last day of the month (e.g. 11, 17). */
        YYMMD0
    }

    /**
     * One part of an AI's data field.
     *
     * @param charSet   the characters allowed
     * @param minLength fewest characters (equal to maxLength for a fixed-length part)
     * @param maxLength most characters
     * @param optional  true for {@code [..]} parts, which may be left out when the data ends before them
     * @param linters   the content checks the dictionary names for this part, in order
     */
    public record Component(CharSet charSet, int minLength, int maxLength, boolean optional, List<Gs1Linter> linters) {
        public Component {
            Objects.requireNonNull(charSet, "charSet");
            linters = List.copyOf(linters);
            if (minLength < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("bad component length " + minLength + ".." + maxLength);
            }
        }

        public boolean fixedLength() {
            return minLength == maxLength;
        }
    }

    /**
     * One {@code req=} attribute: satisfied when every AI of at least one alternative is in the message.
     * {@code req=01+21,02} gives {@code [[01,21],[02]]}. AIs may be patterns with {@code n} for any digit.
     */
    public record Requisite(List<List<String>> alternatives) {
        public Requisite {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }

        /** Human form, e.g. {@code (01)+(21) or (02)}. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < alternatives.size(); i++) {
                if (i > 0) {
                    out.append(i == alternatives.size() - 1 ? " or " : ", ");
                }
                List<String> group = alternatives.get(i);
                for (int j = 0; j < group.size(); j++) {
                    if (j > 0) {
                        out.append('+');
                    }
                    out.append('(').append(group.get(j)).append(')');
                }
            }
            return out.toString();
        }
    }

    public Gs1Ai {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(title, "title");
        components = List.copyOf(components);
        requires = List.copyOf(requires);
        excludes = List.copyOf(excludes);
        dlQualifiers = dlQualifiers.stream().map(List::copyOf).toList();
        if (ai.length() < 2 || ai.length() > 4 || components.isEmpty()) {
            throw new IllegalArgumentException("bad AI entry " + ai);
        }
    }

    /** True when the value has a predefined length and so needs no FNC1 (GS) after it. */
    public boolean predefinedLength() {
        return !fnc1Required;
    }

    /** Fewest characters a value may have (mandatory components only). */
    public int minLength() {
        int n = 0;
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (!c.optional()) {
                n += c.minLength();
            }
        }
        return n;
    }

    /** Most characters a value may have. */
    public int maxLength() {
        int n = 0;
        for (int i = 0; i < components.size(); i++) {
            n += components.get(i).maxLength();
        }
        return n;
    }

    /** True when the whole value has one length (every component fixed and mandatory). */
    public boolean fixedLength() {
        return minLength() == maxLength();
    }

    /** True when a component ends with a GS1 mod-10 check digit ({@code csum}). */
    public boolean checkDigit() {
        return hasLinter(Gs1Linter.CSUM);
    }

    /** True when a component ends with the GS1 alphanumeric check character pair ({@code csumalpha}). */
    public boolean checkCharacterPair() {
        return hasLinter(Gs1Linter.CSUMALPHA);
    }

    /** The kind of date the value starts with, if any. */
    public DateKind dateKind() {
        List<Gs1Linter> first = components.get(0).linters();
        if (first.contains(Gs1Linter.YYMMD0)) {
            return DateKind.YYMMD0;
        }
        if (first.contains(Gs1Linter.YYMMDD)) {
            return DateKind.YYMMDD;
        }
        return DateKind.NONE;
    }

    private boolean hasLinter(Gs1Linter linter) {
        for (Component c : components) {
            if (c.linters().contains(linter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code pattern} (an AI, or an AI with {@code n} standing for any digit, as in {@code ex=310n})
     * names {@code ai}.
     */
    public static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'n' && p != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
