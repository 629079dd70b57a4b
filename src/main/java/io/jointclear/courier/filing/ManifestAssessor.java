package io.jointclear.courier.filing;

import io.jointclear.courier.domain.CourierMoney;
import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.domain.DtaQuota;
import io.jointclear.courier.domain.Exclusion;
import io.jointclear.courier.domain.MxCourierRates;
import io.jointclear.courier.domain.RateBand;
import io.jointclear.courier.domain.RateDecision;
import io.jointclear.courier.domain.UsEntryTypes;
import io.jointclear.courier.intake.Codes;
import io.jointclear.courier.intake.FieldError;
import io.jointclear.courier.intake.RawConsignment;
import io.jointclear.courier.intake.RawManifest;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.Assessments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every consignment of a manifest and decides what each accepted one pays: values per consignee
 * are added up first (the thresholds are per consignee), then each consignment gets its band, rate and
 * taxes. Southbound is pure arithmetic; northbound entries 11/01 go through the tariff's US engine.
 */
final class ManifestAssessor {

    /** Generic RFCs (público en general / extranjero): they do not identify a consignee. */
    private static final Set<String> GENERIC_RFC = Set.of("XAXX010101000", "XEXX010101000");

    private final ConsignmentRules rules;
    private final Assessments assessments;

    ManifestAssessor(CodeLists codes, Assessments assessments) {
        this.rules = new ConsignmentRules(codes);
        this.assessments = assessments;
    }

    /** The result: accepted consignments in body order and every rejection with all its errors. */
    record Outcome(List<AssessedConsignment> accepted, Map<Integer, List<FieldError>> rejected) {
    }

    Outcome assess(RawManifest manifest, ManifestHeader header) {
        List<RawConsignment> all = manifest.consignments;
        Map<Integer, List<FieldError>> rejected = new java.util.TreeMap<>();
        Set<String> guides = new HashSet<>(all.size() * 2);
        BigDecimal[] valueUsd = new BigDecimal[all.size()];
        String[] consignee = new String[all.size()];
        Map<String, BigDecimal> perConsignee = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            RawConsignment c = all.get(i);
            List<FieldError> errors = rules.check(c, header.direction(), header.date(), guides);
            if (!errors.isEmpty()) {
                rejected.put(i, errors);
                continue;
            }
            valueUsd[i] = "USD".equals(c.currency.strip()) ? c.value
                    : c.value.divide(header.usdMxn(), 2, RoundingMode.HALF_UP);
            consignee[i] = consigneeKey(c);
            perConsignee.merge(consignee[i], valueUsd[i], BigDecimal::add);
        }
        List<AssessedConsignment> accepted = new ArrayList<>(all.size() - rejected.size());
        for (int i = 0; i < all.size(); i++) {
            if (valueUsd[i] == null) {
                continue;
            }
            RawConsignment c = all.get(i);
            List<FieldError> errors = new ArrayList<>(1);
            AssessedConsignment a = header.direction() == Direction.SOUTHBOUND
                    ? southbound(i, c, valueUsd[i], perConsignee.get(consignee[i]), header, errors)
                    : northbound(i, c, valueUsd[i], perConsignee.get(consignee[i]), header, errors);
            if (a == null) {
                rejected.put(i, errors);
            } else {
                accepted.add(a);
            }
        }
        return new Outcome(accepted, rejected);
    }

    /** Who the thresholds add up for: the RFC when it names someone, else name and address as written. */
    static String consigneeKey(RawConsignment c) {
        String rfc = c.consigneeRfc == null ? "" : c.consigneeRfc.strip().toUpperCase(Locale.ROOT);
        if (!rfc.isEmpty() && !GENERIC_RFC.contains(rfc)) {
            return "RFC:" + rfc;
        }
        return "NA:" + normalise(c.consigneeName) + "|" + normalise(c.consigneeAddress);
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static AssessedConsignment southbound(int i, RawConsignment c, BigDecimal valueUsd, BigDecimal consigneeUsd,
                                                  ManifestHeader h, List<FieldError> errors) {
        String hs = c.hsCode == null ? null : c.hsCode.strip();
        RateDecision d = MxCourierRates.decide(h.date(), c.origin.strip(), consigneeUsd, Exclusion.of(hs, c.rrna));
        if (d.refused()) {
            String field = "OVER_VALUE_LIMIT".equals(d.refusalReason()) ? "value" : hs != null && !"RRNA".equals(d.refusalReason()) ? "hsCode" : "rrna";
            errors.add(FieldError.of(field, Codes.REGULAR_PEDIMENTO_REQUIRED, d.refusalReason(), consigneeUsd));
            return null;
        }
        BigDecimal valueMxn = "MXN".equals(c.currency.strip()) ? c.value : c.value.multiply(h.usdMxn());
        List<Tax> taxes;
        if (d.band() == RateBand.EXEMPT) {
            BigDecimal dta = DtaQuota.on(h.date());
            taxes = List.of(new Tax(Tax.DTA, dta, "MXN", dta, DtaQuota.LEGAL_BASIS));
        } else {
            taxes = List.of(new Tax(Tax.TASA_GLOBAL, CourierMoney.cents(valueUsd.multiply(d.rate())), "USD",
                    CourierMoney.cents(valueMxn.multiply(d.rate())), null)); // its basis is the consignment's
        }
        return new AssessedConsignment(i, c, valueUsd, consigneeUsd, d, d.rate(), taxes);
    }

    private AssessedConsignment northbound(int i, RawConsignment c, BigDecimal valueUsd, BigDecimal consigneeUsd,
                                           ManifestHeader h, List<FieldError> errors) {
        RateDecision d = UsEntryTypes.decide(h.date(), c.origin.strip(), consigneeUsd, valueUsd);
        if (d.band() == RateBand.DE_MINIMIS) {
            return new AssessedConsignment(i, c, valueUsd, consigneeUsd, d, BigDecimal.ZERO, List.of());
        }
        String hs = c.hsCode == null ? null : c.hsCode.strip();
        if (hs == null || hs.length() != 10) {
            errors.add(FieldError.of("hsCode", Codes.HS_CODE_REQUIRED, d.band().name()));
            return null;
        }
        Assessment assessment;
        try {
            assessment = assessments.assess(usEntry(c, hs, valueUsd, d, h));
        } catch (ProblemException e) {
            errors.add(FieldError.of("hsCode", Codes.US_ASSESSMENT_FAILED, e.code(), e.getMessage()));
            return null;
        }
        List<Tax> taxes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Assessment.Total t : assessment.totals()) {
            if (t.amount() != null && t.amount().signum() != 0) {
                taxes.add(new Tax(t.code(), t.amount(), "USD", null, null));
                total = total.add(t.amount());
            }
        }
        BigDecimal rate = total.divide(valueUsd, 4, RoundingMode.HALF_UP);
        return new AssessedConsignment(i, c, valueUsd, consigneeUsd, d, rate, List.copyOf(taxes));
    }

    private static AssessmentRequest usEntry(RawConsignment c, String hts, BigDecimal valueUsd, RateDecision d, ManifestHeader h) {
        String type = d.band() == RateBand.FORMAL_01 ? "01" : "11";
        AssessmentRequest.Line line = new AssessmentRequest.Line(hts, c.description, c.origin.strip(),
                new AssessmentRequest.Quantity(c.quantity, "C62"), c.weightKg, valueUsd, null, List.of(), null, null, null, null);
        return new AssessmentRequest(Authority.US, null, type, null, h.customsOffice(), h.date(), null, null, "USD",
                null, null, null, List.of(), false, null, List.of(line));
    }
}
