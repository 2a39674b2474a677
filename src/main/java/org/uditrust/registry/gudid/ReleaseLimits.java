package org.uditrust.registry.gudid;

/**
 * Size limits that keep a damaged or hostile file from exhausting memory. AccessGUDID's longest field, the device
 * description, is at most 2,000 characters, so a real row is a few kilobytes at most.
 *
 * @param maxLineBytes     longest line, in bytes without its line break; longer lines are skipped and reported
 * @param maxFields        most fields a line may split into
 * @param maxListedProblems row problems kept with their details; further ones are only counted
 * @param maxJsonBytes     largest lookup JSON document accepted
 */
public record ReleaseLimits(int maxLineBytes, int maxFields, int maxListedProblems, int maxJsonBytes) {

    public ReleaseLimits {
        if (maxLineBytes < 64 || maxFields < 2 || maxListedProblems < 0 || maxJsonBytes < 64) {
            throw new IllegalArgumentException("limits too small: " + maxLineBytes + ", " + maxFields + ", "
                    + maxListedProblems + ", " + maxJsonBytes);
        }
    }

    /** 64 KB lines, 256 fields, 1,000 listed problems, 10 MB JSON. */
    public static ReleaseLimits defaults() {
        return new ReleaseLimits(64 * 1024, 256, 1000, 10 * 1024 * 1024);
    }
}
