package io.jointclear.reference.htsus;

import io.jointclear.reference.PreferentialRate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The HTSUS "Special" column of one line: groups of a rate text and the special program indicators
 * in parentheses after it, e.g. "Free (A+,AU,…,S,SG) 3.5% (JP)" is two groups.
 *
 * @param text   the cell as printed
 * @param groups the groups in printed order; a trailing text without indicators is a group with no
 *               programs (e.g. "Free, under the terms of U.S. note 2(c) to this subchapter")
 */
public record SpecialRates(String text, List<Group> groups) {

    public static final SpecialRates NONE = new SpecialRates("", List.of());

    public SpecialRates {
        Objects.requireNonNull(text, "text");
        groups = List.copyOf(groups);
    }

    /** One rate text with the programs that claim it. */
    public record Group(RateParse rate, Set<String> programs) {
        public Group {
            Objects.requireNonNull(rate, "rate");
            programs = Set.copyOf(programs);
        }
    }

    /** Whether every group was understood. */
    public boolean understood() {
        return groups.stream().allMatch(g -> g.rate().understood());
    }

    /**
     * The groups that carry a rate, as the model's preferential rates. References ("See 9822.04.30")
     * and unparsed groups carry none and are left out; on chapter 99 lines the rate of an
     * {@link RateParse.Additional} group is the extra duty on top of the applicable subheading.
     */
    public List<PreferentialRate> preferentialRates() {
        return groups.stream()
                .flatMap(g -> g.rate().dutyRate().map(r -> new PreferentialRate(r, g.programs())).stream())
                .toList();
    }

    /** The groups whose text could not be read as a rate. */
    public List<Group> unparsed() {
        return groups.stream().filter(g -> !g.rate().understood()).toList();
    }
}
