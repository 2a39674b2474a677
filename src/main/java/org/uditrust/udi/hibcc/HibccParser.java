package org.uditrust.udi.hibcc;

import java.util.Comparator;
import org.uditrust.udi.CarrierParser;
import org.uditrust.udi.ParseOptions;
import org.uditrust.udi.ParseResult;
import org.uditrust.udi.Problem;
import org.uditrust.udi.ScanInput;

/**
 * Reads HIBCC (ANSI/HIBC 2.6) primary, secondary and concatenated data structures, and a primary symbol followed by
 * separately printed secondary symbols when a scanner sends them as one read.
 *
 * <p>Never throws for bad input: every fault is a {@code hibcc.*} problem whose position indexes the raw input. A
 * secondary symbol without its primary is reported as {@code hibcc.secondary-only} (it names no device), with the
 * fields it carries still listed. See the package documentation for the readings of the standard chosen here.
 */
public final class HibccParser implements CarrierParser {

    /** Orders problems by input position; the stable sort keeps discovery order for equal positions. */
    static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::position);

    @SuppressWarnings("unused") // kept for the shared constructor contract; HIBCC years need no clock (always 20YY)
    private final ParseOptions options;

    public HibccParser(ParseOptions options) {
        this.options = options;
    }

    @Override
    public ParseResult parse(ScanInput input) {
        return new HibccReader(input).read();
    }

    /**
     * Reads a primary and a secondary symbol that were scanned one after the other (each may carry its own AIM
     * identifier and line ending), checking that the secondary's link character equals the primary's check
     * character. Positions in the result index the joined text {@code primaryBody + secondaryBody}, which is also
     * the result's input and the UDI's raw text.
     *
     * @param primaryScan   the scanner text of the primary symbol, e.g. {@code +A123BJC5D6E71G}
     * @param secondaryScan the scanner text of the secondary symbol, e.g. {@code +$$52001510X3GD}
     */
    public static ParseResult combine(String primaryScan, String secondaryScan) {
        String joined = ScanInput.of(primaryScan == null ? "" : primaryScan).body()
                + ScanInput.of(secondaryScan == null ? "" : secondaryScan).body();
        return new HibccReader(new ScanInput(joined, null, joined, 0)).read();
    }
}
