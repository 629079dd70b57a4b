package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every measure row held in memory, indexed by authority and tax code, so that assessing a line makes
 * no database call. Immutable: a change builds a new book and swaps it in.
 */
public final class MeasureBook {

    private static final Measure[] NONE = new Measure[0];

    private final Map<String, Measure[]> byTax;
    private final List<Measure> all;

    public MeasureBook(List<Measure> measures) {
        this.all = List.copyOf(measures);
        Map<String, List<Measure>> grouped = new HashMap<>();
        for (Measure m : measures) {
            grouped.computeIfAbsent(key(m.authority(), m.taxCode()), k -> new ArrayList<>()).add(m);
        }
        Map<String, Measure[]> index = new HashMap<>();
        grouped.forEach((k, v) -> {
            v.sort(Comparator.comparingInt(Measure::priority).thenComparing(Measure::validFrom));
            index.put(k, v.toArray(NONE));
        });
        this.byTax = index;
    }

    /** Every version of every measure of a tax, ordered by priority then start date. */
    public Measure[] of(Authority authority, String taxCode) {
        return byTax.getOrDefault(key(authority, taxCode), NONE);
    }

    /**
     * The most specific row of a tax covering {@code tariffCode} among those {@code applies} accepts: an
     * exact code beats a shorter prefix, a prefix beats {@code *} ({@link Measure#specificity}); on equal
     * specificity the first in book order (priority, then start date). {@code applies} is asked only
     * about rows more specific than the best so far. Null when none covers the code.
     */
    public Measure mostSpecific(Authority authority, String taxCode, String tariffCode, Predicate<Measure> applies) {
        Measure best = null;
        int bestSpecificity = -1;
        for (Measure m : of(authority, taxCode)) {
            int specificity = m.specificity(tariffCode);
            if (specificity > bestSpecificity && applies.test(m)) {
                best = m;
                bestSpecificity = specificity;
            }
        }
        return best;
    }

    public List<Measure> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    private static String key(Authority authority, String taxCode) {
        return authority.name() + ':' + taxCode;
    }
}
