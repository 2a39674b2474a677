package org.uditrust.udi.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one entry line of the GS1 Barcode Syntax Dictionary:
 * {@code AIs [Flags] Specification [Attributes...] [# Title]} (see the dictionary's header for the grammar).
 */
final class Gs1SyntaxDictionaryLine {

    private Gs1SyntaxDictionaryLine() {
    }

    /** The AIs the line defines (one per AI of a range such as {@code 3100-3105}). */
    static List<Gs1Ai> parse(String line) {
        String title = "";
        int hash = line.indexOf('#');
        String body = line;
        if (hash >= 0) {
            title = line.substring(hash + 1).trim();
            body = line.substring(0, hash);
        }
        String[] tokens = body.trim().split("\\s+");
        int t = 0;
        String ais = tokens[t++];
        String flags = "";
        if (t < tokens.length && !isComponent(tokens[t])) {
            flags = tokens[t++];
        }
        List<Gs1Ai.Component> components = new ArrayList<>();
        while (t < tokens.length && isComponent(tokens[t])) {
            components.add(component(tokens[t++]));
        }
        List<Gs1Ai.Requisite> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        boolean dlpkey = false;
        List<List<String>> qualifiers = new ArrayList<>();
        for (; t < tokens.length; t++) {
            String attr = tokens[t];
            int eq = attr.indexOf('=');
            String key = eq < 0 ? attr : attr.substring(0, eq);
            String value = eq < 0 ? "" : attr.substring(eq + 1);
            switch (key) {
                case "req" -> {
                    List<List<String>> alternatives = new ArrayList<>();
                    for (String alt : value.split(",")) {
                        alternatives.add(List.of(alt.split("\\+")));
                    }
                    requires.add(new Gs1Ai.Requisite(alternatives));
                }
                case "ex" -> excludes.addAll(List.of(value.split(",")));
                case "dlpkey" -> {
                    dlpkey = true;
                    if (!value.isEmpty()) {
                        for (String seq : value.split("\\|")) {
                            qualifiers.add(List.of(seq.split(",")));
                        }
                    }
                }
                default -> {
                    // Attributes this program does not use are ignored, as the dictionary's grammar allows.
                }
            }
        }
        boolean predefined = flags.indexOf('*') >= 0;
        boolean dlAttr = flags.indexOf('?') >= 0;
        List<Gs1Ai> out = new ArrayList<>();
        int dash = ais.indexOf('-');
        if (dash < 0) {
            out.add(new Gs1Ai(ais, title, components, !predefined, dlAttr, requires, excludes, dlpkey, qualifiers));
        } else {
            String from = ais.substring(0, dash);
            String to = ais.substring(dash + 1);
            for (int v = Integer.parseInt(from); v <= Integer.parseInt(to); v++) {
                String ai = String.valueOf(v);
                while (ai.length() < from.length()) {
                    ai = "0" + ai;
                }
                out.add(new Gs1Ai(ai, title, components, !predefined, dlAttr, requires, excludes, dlpkey,
                        qualifiers));
            }
        }
        return out;
    }

    private static boolean isComponent(String token) {
        char c = token.charAt(0);
        if (c == '[') {
            c = token.length() > 1 ? token.charAt(1) : ' ';
        }
        return (c == 'N' || c == 'X' || c == 'Y' || c == 'Z') && token.indexOf('=') < 0;
    }

    private static Gs1Ai.Component component(String token) {
        boolean optional = token.startsWith("[");
        String[] parts = token.split(",");
        String type = parts[0];
        if (optional) {
            type = type.substring(1, type.indexOf(']'));
        }
        Gs1Ai.CharSet cs = Gs1Ai.CharSet.valueOf(type.substring(0, 1));
        String len = type.substring(1);
        int min;
        int max;
        if (len.startsWith("..")) {
            min = 1;
            max = Integer.parseInt(len.substring(2));
        } else {
            min = Integer.parseInt(len);
            max = min;
        }
        List<Gs1Linter> linters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            linters.add(Gs1Linter.fromName(parts[i]));
        }
        return new Gs1Ai.Component(cs, min, max, optional, linters);
    }
}
