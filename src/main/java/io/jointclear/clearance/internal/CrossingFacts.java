package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the CrossingFiled fact: assessed totals per authority and tax, value and HS chapters for statistics. */
final class CrossingFacts {

    private CrossingFacts() {
    }

    static CrossingEvents.CrossingFiled filed(Crossing c) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        BigDecimal valueUsd = BigDecimal.ZERO;
        TreeSet<String> chapters = new TreeSet<>();
        for (StoredDeclaration d : c.declarations) {
            Assessment a = d.assessment();
            if (a != null) {
                a.totals().forEach(t -> totals.merge(d.document().authority() + "." + t.code(), t.amount(), BigDecimal::add));
            }
            d.document().lines().forEach(l -> {
                if (l.tariffCode() != null && l.tariffCode().length() >= 2) {
                    chapters.add(l.tariffCode().substring(0, 2));
                }
            });
            if (d.document().authority() == Authority.US) {
                valueUsd = d.document().lines().stream().map(l -> l.value() == null ? BigDecimal.ZERO : l.value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
        return new CrossingEvents.CrossingFiled(c.id, c.direction, c.mxCustomsOffice, c.usPort, c.filedAt, totals, valueUsd,
                String.join(",", chapters));
    }
}
