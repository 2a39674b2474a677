package org.uditrust.registry.gudid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A header row: which field holds which column. Columns are found by name, never by position, because FDA has
 * added columns to the release over the years (e.g. {@code gmdnCode}, {@code implantable}). Names are compared
 * {@link #normalize normalized} (letters and digits, lower case), so {@code size (Unit)} and {@code SIZE_UNIT} or a
 * header with a byte-order mark all match.
 */
final class Header {

    private final String file;
    private final List<String> names;
    private final Map<String, Integer> index;
    private final Map<String, Integer> byName = new ConcurrentHashMap<>();

    private Header(String file, List<String> names, Map<String, Integer> index) {
        this.file = file;
        this.names = names;
        this.index = index;
    }

    /**
     * Reads a header row.
     *
     * @throws GudidReleaseException when two columns have the same name (the row could not be read unambiguously)
     */
    static Header of(String file, String[] fields) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            String key = normalize(fields[i]);
            names.add(fields[i]);
            if (!key.isEmpty() && index.putIfAbsent(key, i) != null) {
                throw new GudidReleaseException(file + " names the column \"" + fields[i]
                        + "\" twice in its header row, so its rows cannot be read unambiguously.");
            }
        }
        return new Header(file, List.copyOf(names), index);
    }

    /** {@code "size (Unit)"} → {@code "sizeunit"}; a leading byte-order mark is dropped. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            }
        }
        return b.toString();
    }

    /** Required columns this header lacks, in the order given. */
    List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!index.containsKey(normalize(column))) {
                missing.add(column);
            }
        }
        return missing;
    }

    /**
     * Field index of {@code column}, or -1 when absent. Callers ask by the same few constant names for every row of
     * a file (millions), so each name is normalized once and its index remembered.
     */
    int indexOf(String column) {
        Integer known = byName.get(column);
        if (known == null) {
            known = index.getOrDefault(normalize(column), -1);
            byName.put(column, known);
        }
        return known;
    }

    int size() {
        return names.size();
    }

    String file() {
        return file;
    }

    /** A short description of the header for an error message. */
    String describe() {
        String joined = String.join("|", names);
        return joined.length() > 120 ? joined.substring(0, 120) + "…" : joined;
    }

    @Override
    public String toString() {
        return file + " " + names;
    }
}
