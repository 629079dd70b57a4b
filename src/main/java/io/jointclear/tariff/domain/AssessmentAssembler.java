package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.Assessment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the decisions of the policies into the public {@link Assessment}: lines, document-level taxes
 * and totals per code — Mexican totals adjusted to whole pesos per contribution (cuadro de
 * liquidación), US totals to the cent.
 */
final class AssessmentAssembler {

    static final List<String> MX_ORDER = List.of("IGI", "IGE", "DTA", "CC", "IEPS", "IEPS_CARBON", "IVA", "PRV", "IVA_PRV");
    static final List<String> US_ORDER = List.of("DUTY", "S232", "S301", "S122", "IEEPA", "ADD", "CVD", "MPF");

    private final Authority authority;
    private final List<Assessment.Line> lines = new ArrayList<>();
    private final List<Assessment.Tax> header = new ArrayList<>();
    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();
    private final Map<String, BigDecimal> cashSums = new LinkedHashMap<>();

    AssessmentAssembler(Authority authority, List<String> mandatoryCodes) {
        this.authority = authority;
        for (String code : mandatoryCodes) {
            sums.put(code, BigDecimal.ZERO);
        }
    }

    void line(int number, String tariffCode, BigDecimal customsValue, List<TaxDecision> decisions) {
        List<Assessment.Tax> taxes = new ArrayList<>(decisions.size());
        List<Assessment.Chapter99> chapter99 = new ArrayList<>(2);
        for (TaxDecision d : decisions) {
            taxes.add(publish(d));
            count(d);
            if (d.chapter99() != null) {
                chapter99.add(d.chapter99());
            }
        }
        lines.add(new Assessment.Line(number, tariffCode, customsValue, taxes, chapter99));
    }

    void header(TaxDecision d) {
        if (d != null) {
            header.add(publish(d));
            count(d);
        }
    }

    Assessment build(LocalDate date, String currency, BigDecimal exchangeRate, Assessment.ExchangeRateSource source,
                     BigDecimal customsValue, Warnings warnings) {
        List<String> order = authority == Authority.MX ? MX_ORDER : US_ORDER;
        List<Assessment.Total> totals = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cash = BigDecimal.ZERO;
        for (String code : order) {
            BigDecimal sum = sums.get(code);
            if (sum == null) {
                continue;
            }
            BigDecimal rounded = round(sum);
            totals.add(new Assessment.Total(code, rounded));
            total = total.add(rounded);
            cash = cash.add(round(cashSums.getOrDefault(code, BigDecimal.ZERO)));
        }
        if (authority == Authority.US) {
            cash = total;
        }
        return new Assessment(authority, date, currency, exchangeRate, source, customsValue, lines, header, totals,
                total, cash, warnings.list());
    }

    private BigDecimal round(BigDecimal amount) {
        return authority == Authority.MX ? Money.pesos(amount) : Money.cents(amount);
    }

    private void count(TaxDecision d) {
        sums.merge(d.code(), d.amount(), BigDecimal::add);
        if (d.paymentForm() == null || d.paymentForm().equals("0")) {
            cashSums.merge(d.code(), d.amount(), BigDecimal::add);
        }
    }

    private static Assessment.Tax publish(TaxDecision d) {
        return new Assessment.Tax(d.code(), d.base(), d.baseUnit(), d.rate(), d.rateType(), d.amount(),
                d.paymentForm(), d.legalBasis(), d.ruleId(), d.ruleVersion(), d.confidence().name(), d.reason());
    }
}
