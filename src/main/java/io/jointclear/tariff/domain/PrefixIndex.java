package io.jointclear.tariff.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tariff prefixes of one measure, indexed so that a legal list of thousands of codes answers
 * "which prefix covers this code?" with one set probe per prefix length present, instead of a scan;
 * short lists (the hand-written rows) keep the allocation-free scan.
 */
public final class PrefixIndex {

    private static final int SCAN_LIMIT = 16;

    private static final long[] POW10 = new long[19];
    private static final long EMPTY = -1;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final boolean any;
    private final String[] scan;
    private final Set<String> prefixes;
    private final int[] lengthsLongestFirst;
    /**
     * Digit-only prefixes as (value, length) keys in an open-addressing table: the lookup parses the
     * code's digits once and probes without building a substring per length (the batch what-if asks
     * millions of times). Null when a prefix is not all digits; the string set answers then.
     */
    private final long[] table;

    private PrefixIndex(List<String> list) {
        boolean star = false;
        Set<String> set = new HashSet<>(list.size() * 2);
        TreeSet<Integer> lengths = new TreeSet<>();
        for (String p : list) {
            if (p.equals("*")) {
                star = true;
            } else if (!p.isEmpty()) {
                set.add(p);
                lengths.add(p.length());
            }
        }
        this.any = star;
        this.scan = set.size() <= SCAN_LIMIT ? set.toArray(new String[0]) : null;
        this.prefixes = scan == null ? Set.copyOf(set) : Set.of();
        this.lengthsLongestFirst = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        this.table = scan == null ? table(prefixes) : null;
    }

    private static long[] table(Set<String> prefixes) {
        int size = Integer.highestOneBit(Math.max(4, prefixes.size() * 3)) << 1;
        long[] table = new long[size];
        java.util.Arrays.fill(table, EMPTY);
        for (String p : prefixes) {
            long value = digits(p, p.length());
            if (value < 0 || p.length() > 15) {
                return null;
            }
            long key = key(value, p.length());
            int i = slot(key, size - 1);
            while (table[i] != EMPTY) {
                i = (i + 1) & (size - 1);
            }
            table[i] = key;
        }
        return table;
    }

    /** The number the first {@code n} characters spell, -1 when one is not a digit. */
    private static long digits(String s, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static long key(long value, int length) {
        return value << 4 | length;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private boolean contains(long key) {
        int mask = table.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == key) {
                return true;
            }
            if (k == EMPTY) {
                return false;
            }
        }
    }

    static PrefixIndex of(List<String> prefixes) {
        return new PrefixIndex(prefixes);
    }

    /** Length of the longest prefix covering the code, 0 for {@code *}, -1 when none does. */
    int specificity(String code) {
        if (scan != null) {
            int best = -1;
            for (String p : scan) {
                if (p.length() > best && code.startsWith(p)) {
                    best = p.length();
                }
            }
            return best >= 0 ? best : any ? 0 : -1;
        }
        if (table != null && lengthsLongestFirst.length > 0) {
            int longest = Math.min(lengthsLongestFirst[0], code.length());
            long value = digits(code, longest);
            if (value >= 0) {
                for (int n : lengthsLongestFirst) {
                    if (n <= longest && contains(key(value / POW10[longest - n], n))) {
                        return n;
                    }
                }
                return any ? 0 : -1;
            }
        }
        for (int n : lengthsLongestFirst) {
            if (n <= code.length() && prefixes.contains(code.substring(0, n))) {
                return n;
            }
        }
        return any ? 0 : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrefixIndex other && any == other.any && lengthsLongestFirst.length == other.lengthsLongestFirst.length
                && (scan != null ? other.scan != null && Set.of(scan).equals(Set.of(other.scan)) : prefixes.equals(other.prefixes));
    }

    @Override
    public int hashCode() {
        return (scan != null ? Set.of(scan).hashCode() : prefixes.hashCode()) * 31 + (any ? 1 : 0);
    }
}
