package org.uditrust.registry.csv;

/**
 * The UDI keys of the rows accepted so far, for "the same UDI twice in one file", in constant memory per row: a
 * 64-bit hash of each key with the line it came from, in an open-addressing table (about 24 bytes a row, so a
 * million-row file costs some 24 MB instead of the ~150 MB a {@code HashSet<String>} would). A hit is confirmed
 * against the store by the caller where the earlier row was stored; two different keys sharing a 64-bit hash
 * (odds about 1 in 10^7 for a million rows) are then told apart.
 */
final class UdiKeyIndex {

    private long[] hashes = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** The line recorded for a key with hash {@code h} ({@link #hash}), or 0. */
    long lineOf(long h) {
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                return lines[i];
            }
        }
        return 0;
    }

    /** Records the key with hash {@code h} at {@code line}, unless a key with that hash is recorded already. */
    void add(long h, long line) {
        int mask = hashes.length - 1;
        int i = (int) h & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 2 > hashes.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) h & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, finished with MurmurHash3's fmix64; never 0 (0 marks a free slot). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
