package io.jointclear.tariff.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tariff prefixes of one measure, indexed so that a legal list of thousands of codes answers
 * "which prefix covers this code?" with at most one set probe per code length instead of a scan.
 */
public final class PrefixIndex {

    private final boolean any;
    private final Set<String> prefixes;
    private final int minLength;
    private final int maxLength;

    private PrefixIndex(List<String> list) {
        boolean star = false;
        Set<String> set = new HashSet<>(list.size() * 2);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String p : list) {
            if (p.equals("*")) {
                star = true;
            } else if (!p.isEmpty()) {
                set.add(p);
                min = Math.min(min, p.length());
                max = Math.max(max, p.length());
            }
        }
        this.any = star;
        this.prefixes = Set.copyOf(set);
        this.minLength = min;
        this.maxLength = max;
    }

    static PrefixIndex of(List<String> prefixes) {
        return new PrefixIndex(prefixes);
    }

    /** Length of the longest prefix covering the code, 0 for {@code *}, -1 when none does. */
    int specificity(String code) {
        for (int n = Math.min(maxLength, code.length()); n >= minLength && n > 0; n--) {
            if (prefixes.contains(code.substring(0, n))) {
                return n;
            }
        }
        return any ? 0 : -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrefixIndex other && any == other.any && prefixes.equals(other.prefixes);
    }

    @Override
    public int hashCode() {
        return prefixes.hashCode() * 31 + (any ? 1 : 0);
    }
}
