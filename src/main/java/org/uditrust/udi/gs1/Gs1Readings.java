package org.uditrust.udi.gs1;

import java.util.ArrayList;
import java.util.List;
import org.uditrust.udi.DataElement;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/**
 * Whether a stretch of scanner data, read without any separators, forms a complete run of known and valid
 * elements: used to tell where a value might end when a keyboard-wedge scanner dropped the GS separators.
 *
 * <p>One instance per stretch {@code s[.., to)}: answers are memoised per start position, so trying every split
 * costs at most (length × 90) value checks however the AIs nest.
 */
final class Gs1Readings {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final String s;
    private final int base;
    private final int to;
    private final int currentYear;
    private final byte[] memo;
    /** Elements deep the current reading is; beyond {@link #MAX_ELEMENTS} a reading is refused (no label is). */
    private int depth;

    private static final int MAX_ELEMENTS = 64;

    Gs1Readings(String s, int from, int to, int currentYear) {
        this.s = s;
        this.base = from;
        this.to = to;
        this.currentYear = currentYear;
        this.memo = new byte[to - from + 1];
    }

    /** True when {@code s[from, to)} reads completely as one or more valid elements with no separators. */
    boolean readsAsElements(int from) {
        if (from >= to || from < base) {
            return false;
        }
        byte known = memo[from - base];
        if (known != UNKNOWN) {
            return known == YES;
        }
        if (depth >= MAX_ELEMENTS) {
            return false; // keeps the recursion shallow on hostile input; not memoised, it depends on the depth
        }
        memo[from - base] = NO; // guards against re-entry; every step consumes at least one character anyway
        depth++;
        boolean result;
        try {
            result = firstEnd(from) >= 0;
        } finally {
            depth--;
        }
        memo[from - base] = result ? YES : NO;
        return result;
    }

    /** The end of the first element of a complete reading starting at {@code from}, or -1. */
    private int firstEnd(int from) {
        Gs1Ai ai = Gs1AiTable.atPosition(s, from);
        if (ai == null) {
            return -1;
        }
        int valueStart = from + ai.ai().length();
        if (ai.predefinedLength()) {
            int valueEnd = valueStart + ai.maxLength();
            if (valueEnd > to || !valid(ai, valueStart, valueEnd)) {
                return -1;
            }
            return valueEnd == to || readsAsElements(valueEnd) ? valueEnd : -1;
        }
        int len = to - valueStart;
        if (len >= ai.minLength() && len <= ai.maxLength() && valid(ai, valueStart, to)) {
            return to;
        }
        // A GS-needing AI in the middle was also missing its separator: try every end for it.
        for (int end = valueStart + Math.max(1, ai.minLength()); end < to && end - valueStart <= ai.maxLength();
             end++) {
            if (readsAsElements(end) && valid(ai, valueStart, end)) {
                return end;
            }
        }
        return -1;
    }

    /** The elements of the first complete reading from {@code from}; empty when there is none. */
    List<DataElement> read(int from, ScanInput input) {
        List<DataElement> out = new ArrayList<>();
        if (!readsAsElements(from)) {
            return out;
        }
        int pos = from;
        while (pos < to) {
            int end = firstEnd(pos);
            if (end < 0) {
                break;
            }
            Gs1Ai ai = Gs1AiTable.atPosition(s, pos);
            int valueStart = pos + ai.ai().length();
            out.add(new DataElement(ai.ai(), ai.title(), s.substring(valueStart, end), input.rawPosition(valueStart)));
            pos = end;
        }
        return out;
    }

    private boolean valid(Gs1Ai ai, int from, int end) {
        if (end - from < ai.minLength() || end - from > ai.maxLength()) {
            return false;
        }
        List<Problem> sink = new ArrayList<>(1);
        Gs1MessageValidator.checkValue(ai, s.substring(from, end), 0, currentYear, sink);
        return sink.isEmpty();
    }
}
