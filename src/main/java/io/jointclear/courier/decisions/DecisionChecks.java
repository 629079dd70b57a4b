package io.jointclear.courier.decisions;

import io.jointclear.courier.persistence.CourierDecisionStore.Findings;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of a decision request; every broken one is listed in one 422 {@code COURIER_DECISION_INVALID}. */
final class DecisionChecks {

    static final BigDecimal MAX_VALUE_USD = new BigDecimal("10000000");
    static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("10000");
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_NOTE = 1000;
    static final int MAX_GUIDE = 40;
    private static final Pattern HS6 = Pattern.compile("\\d{6}");

    private DecisionChecks() {
    }

    static DecisionKind check(DecisionRequest r) {
        List<FieldViolation> v = new ArrayList<>();
        if (r.guide() == null || r.guide().isBlank()) {
            v.add(new FieldViolation("guide", "REQUIRED", "Required"));
        } else if (r.guide().length() > MAX_GUIDE) {
            v.add(new FieldViolation("guide", "TOO_LONG", "At most " + MAX_GUIDE + " characters"));
        }
        DecisionKind kind = null;
        if (r.decision() == null || r.decision().isBlank()) {
            v.add(new FieldViolation("decision", "REQUIRED", "Required"));
        } else {
            try {
                kind = DecisionKind.valueOf(r.decision().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add(new FieldViolation("decision", "UNKNOWN_COURIER_DECISION",
                        "RELEASE, INSPECT, HOLD or REQUIRE_REGULAR_PEDIMENTO"));
            }
        }
        DecisionRequest.Findings f = r.findings();
        if (f != null && !f.empty()) {
            if (kind != null && !kind.takesFindings()) {
                v.add(new FieldViolation("findings", "FINDINGS_NOT_ALLOWED", "Findings go with the decision taken after the inspection"));
            }
            amount(f.valueUsd(), "findings.valueUsd", false, MAX_VALUE_USD, 2, v);
            amount(f.weightKg(), "findings.weightKg", true, MAX_WEIGHT_KG, 3, v);
            if (f.description() != null && f.description().length() > MAX_DESCRIPTION) {
                v.add(new FieldViolation("findings.description", "TOO_LONG", "At most " + MAX_DESCRIPTION + " characters"));
            }
            if (f.hs6() != null && !f.hs6().isBlank() && !HS6.matcher(f.hs6().strip()).matches()) {
                v.add(new FieldViolation("findings.hs6", "MALFORMED_TARIFF_CODE", "An HS subheading is 6 digits"));
            }
        }
        if (r.note() != null && r.note().length() > MAX_NOTE) {
            v.add(new FieldViolation("note", "TOO_LONG", "At most " + MAX_NOTE + " characters"));
        }
        if (!v.isEmpty()) {
            throw new ProblemException(422, "COURIER_DECISION_INVALID", "Decision refused",
                    "The decision breaks " + v.size() + " rule(s); nothing was stored", v);
        }
        return kind;
    }

    private static void amount(BigDecimal a, String field, boolean positive, BigDecimal max, int decimals, List<FieldViolation> v) {
        if (a == null) {
            return;
        }
        if (positive && a.signum() <= 0) {
            v.add(new FieldViolation(field, "NON_POSITIVE_AMOUNT", "Must be positive"));
        } else if (a.signum() < 0) {
            v.add(new FieldViolation(field, "NEGATIVE_AMOUNT", "Cannot be negative"));
        } else if (a.compareTo(max) > 0) {
            v.add(new FieldViolation(field, "AMOUNT_OUT_OF_RANGE", "At most " + max.toPlainString()));
        } else if (a.stripTrailingZeros().scale() > decimals) {
            v.add(new FieldViolation(field, "TOO_MANY_DECIMALS", "At most " + decimals + " decimals"));
        }
    }

    /** The findings as stored: blank parts dropped, HS6 trimmed; null when nothing was found. */
    static Findings findings(DecisionRequest.Findings f) {
        if (f == null || f.empty()) {
            return null;
        }
        String description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        String hs6 = f.hs6() == null || f.hs6().isBlank() ? null : f.hs6().strip();
        return new Findings(f.valueUsd() == null ? null : f.valueUsd().setScale(2, java.math.RoundingMode.UNNECESSARY),
                f.weightKg() == null ? null : f.weightKg().setScale(3, java.math.RoundingMode.UNNECESSARY), description, hs6);
    }
}
