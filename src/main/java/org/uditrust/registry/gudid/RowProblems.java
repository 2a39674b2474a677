package org.uditrust.registry.gudid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects row problems with a cap on the details kept, so a file of bad rows cannot fill the heap. */
final class RowProblems {

    private final int maxListed;
    private final List<RowProblem> listed = new ArrayList<>();
    private final Map<String, Long> byCode = new TreeMap<>();
    private long total;
    private long rowsSkipped;

    RowProblems(int maxListed) {
        this.maxListed = maxListed;
    }

    void add(RowProblem problem) {
        total++;
        if (problem.rowSkipped()) {
            rowsSkipped++;
        }
        byCode.merge(problem.code(), 1L, Long::sum);
        if (listed.size() < maxListed) {
            listed.add(problem);
        }
    }

    long total() {
        return total;
    }

    RowProblemReport report() {
        return new RowProblemReport(listed, total, rowsSkipped, byCode);
    }
}
