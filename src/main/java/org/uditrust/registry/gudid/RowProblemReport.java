package org.uditrust.registry.gudid;

import java.util.List;
import java.util.Map;

/**
 * The row problems of a read: the first few in detail, all of them counted.
 *
 * @param listed      the first {@link ReleaseLimits#maxListedProblems()} problems, in reading order
 * @param total       every problem found
 * @param rowsSkipped rows left out because of a problem
 * @param byCode      how many problems of each code
 */
public record RowProblemReport(List<RowProblem> listed, long total, long rowsSkipped, Map<String, Long> byCode) {

    public RowProblemReport {
        listed = List.copyOf(listed);
        byCode = Map.copyOf(byCode);
    }

    public static RowProblemReport none() {
        return new RowProblemReport(List.of(), 0, 0, Map.of());
    }

    /** True when some problems were counted but not listed. */
    public boolean truncated() {
        return total > listed.size();
    }
}
