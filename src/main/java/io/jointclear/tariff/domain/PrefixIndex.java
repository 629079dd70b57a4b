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

    private final boolean any;
    private final String[] scan;
    private final Set<String> prefixes;
    private final int[] lengthsLongestFirst;

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
