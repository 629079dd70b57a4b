package io.jointclear.tariff.reassessment;

import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actual against scenario: totals per tax code and taxes per line (header taxes such as MPF or the
 * fixed DTA count in the totals only), each with the difference scenario − actual. The two full
 * assessments are included so that every amount can be explained.
 */
public record WhatIfResult(String currency, Side actual, Side scenario, Difference difference) {

    /** One side: its date, its grand total, per tax code and per line. */
    public record Side(LocalDate date, BigDecimal total, Map<String, BigDecimal> totals, List<LineTaxes> lines,
                       Assessment assessment) {
    }

    public record LineTaxes(int line, String tariffCode, Map<String, BigDecimal> taxes) {
    }

    /** Scenario minus actual. */
    public record Difference(BigDecimal total, Map<String, BigDecimal> totals, List<LineTaxes> lines) {
    }

    public static WhatIfResult of(Assessment actual, Assessment scenario) {
        Side a = side(actual);
        Side s = side(scenario);
        List<LineTaxes> lines = new ArrayList<>();
        for (int i = 0; i < a.lines().size(); i++) {
            LineTaxes la = a.lines().get(i);
            LineTaxes ls = i < s.lines().size() ? s.lines().get(i) : new LineTaxes(la.line(), la.tariffCode(), Map.of());
            lines.add(new LineTaxes(la.line(), la.tariffCode(), minus(ls.taxes(), la.taxes())));
        }
        return new WhatIfResult(actual.currency(), a, s,
                new Difference(scenario.total().subtract(actual.total()), minus(s.totals(), a.totals()), lines));
    }

    private static Side side(Assessment x) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        x.totals().forEach(t -> totals.put(t.code(), t.amount()));
        List<LineTaxes> lines = new ArrayList<>(x.lines().size());
        for (Assessment.Line l : x.lines()) {
            Map<String, BigDecimal> taxes = new LinkedHashMap<>();
            l.taxes().forEach(t -> taxes.merge(t.code(), t.amount(), BigDecimal::add));
            lines.add(new LineTaxes(l.line(), l.tariffCode(), taxes));
        }
        return new Side(x.date(), x.total(), totals, lines, x);
    }

    /** {@code scenario − actual} for every code of either side (an absent code counts as zero). */
    static Map<String, BigDecimal> minus(Map<String, BigDecimal> scenario, Map<String, BigDecimal> actual) {
        Set<String> codes = new LinkedHashSet<>(actual.keySet());
        codes.addAll(scenario.keySet());
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String c : codes) {
            out.put(c, scenario.getOrDefault(c, BigDecimal.ZERO).subtract(actual.getOrDefault(c, BigDecimal.ZERO)));
        }
        return out;
    }
}
