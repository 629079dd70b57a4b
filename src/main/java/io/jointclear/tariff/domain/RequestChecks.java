package io.jointclear.tariff.domain;

import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Syntactic checks of a declaration before any tax is computed; every violation is reported at once. */
final class RequestChecks {

    // compiled once: String.matches compiles its pattern on every line (a batch re-assesses millions)
    private static final java.util.regex.Pattern TARIFF_CODE = java.util.regex.Pattern.compile("\\d{10}");
    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("[A-Z]{2}");

    private static final Set<String> MX_OPERATIONS = Set.of("IMP", "EXP", "TRA");

    private RequestChecks() {
    }

    static void check(AssessmentRequest r) {
        List<FieldViolation> v = new ArrayList<>();
        if (r.authority() == null) {
            v.add(new FieldViolation("authority", "REQUIRED", "authority must be MX or US"));
        }
        if (r.date() == null) {
            v.add(new FieldViolation("date", "REQUIRED", "the governing date is required (YYYY-MM-DD)"));
        }
        if (r.currency() == null || r.currency().isBlank()) {
            // Never assumed: the same figures in MXN and in USD differ eighteen-fold.
            v.add(new FieldViolation("currency", "REQUIRED", "the currency of the line values is required (USD or MXN for MX, USD for US)"));
        }
        if (r.lines().isEmpty()) {
            v.add(new FieldViolation("lines", "REQUIRED", "at least one line is required"));
        }
        if (r.authority() == Authority.MX) {
            if (r.operation() == null || !MX_OPERATIONS.contains(r.operation())) {
                v.add(new FieldViolation("operation", "INVALID_VALUE", "operation must be IMP, EXP or TRA"));
            }
            if (r.type() == null || r.type().isBlank()) {
                v.add(new FieldViolation("type", "REQUIRED", "the clave de pedimento is required"));
            }
            if (r.currency() != null && !r.currency().isBlank() && !r.currency().equals("USD") && !r.currency().equals("MXN")) {
                v.add(new FieldViolation("currency", "UNSUPPORTED_CURRENCY",
                        "values in " + r.currency() + " need an equivalence factor; declare USD or MXN"));
            }
            if (r.exchangeRate() != null && r.exchangeRate().signum() <= 0) {
                v.add(new FieldViolation("exchangeRate", "INVALID_VALUE", "exchangeRate must be positive"));
            }
            nonNegative(v, "freight", r.freight());
            nonNegative(v, "insurance", r.insurance());
            nonNegative(v, "otherIncrementables", r.otherIncrementables());
        } else if (r.authority() == Authority.US && r.currency() != null && !r.currency().isBlank() && !r.currency().equals("USD")) {
            v.add(new FieldViolation("currency", "UNSUPPORTED_CURRENCY",
                    "US entered values must be declared in USD (19 CFR 159 conversion is not loaded)"));
        }
        mixedAuthorities(v, r);
        for (int i = 0; i < r.lines().size(); i++) {
            line(v, i, r.lines().get(i));
        }
        if (!v.isEmpty()) {
            throw Problems.invalid(v);
        }
    }

    /**
     * Pedimento fields on a US entry, or US entry fields on a pedimento, mean the declaration mixes the two
     * authorities: refused rather than silently ignored, since the sender expects them to count.
     */
    private static void mixedAuthorities(List<FieldViolation> v, AssessmentRequest r) {
        if (r.authority() == Authority.US) {
            mixed(v, "regime", r.regime() != null && !r.regime().isBlank());
            mixed(v, "exchangeRate", r.exchangeRate() != null);
            mixed(v, "freight", r.freight() != null && r.freight().signum() != 0);
            mixed(v, "insurance", r.insurance() != null && r.insurance().signum() != 0);
            mixed(v, "otherIncrementables", r.otherIncrementables() != null && r.otherIncrementables().signum() != 0);
            mixed(v, "identifiers", !r.identifiers().isEmpty());
            mixed(v, "ivaIepsGuarantee", r.ivaIepsGuarantee());
        } else if (r.authority() == Authority.MX) {
            mixed(v, "informalPreparation", r.informalPreparation() != null && !r.informalPreparation().isBlank());
        }
    }

    private static void mixed(List<FieldViolation> v, String field, boolean present) {
        if (present) {
            v.add(new FieldViolation(field, "MIXED_AUTHORITIES",
                    field + " belongs to the other authority's declaration; file one declaration per authority"));
        }
    }

    private static void line(List<FieldViolation> v, int i, AssessmentRequest.Line l) {
        String p = "lines[" + i + "].";
        if (l == null) {
            v.add(new FieldViolation("lines[" + i + "]", "REQUIRED", "line must not be null"));
            return;
        }
        if (l.tariffCode() == null || !TARIFF_CODE.matcher(l.tariffCode()).matches()) {
            v.add(new FieldViolation(p + "tariffCode", "MALFORMED_TARIFF_CODE",
                    "tariffCode must be 10 digits without dots, got '" + l.tariffCode() + "'"));
        }
        if (l.value() == null) {
            v.add(new FieldViolation(p + "value", "REQUIRED", "value is required"));
        } else {
            nonNegative(v, p + "value", l.value());
        }
        if (l.origin() == null || !COUNTRY.matcher(l.origin()).matches()) {
            v.add(new FieldViolation(p + "origin", "INVALID_VALUE", "origin must be an ISO 3166 alpha-2 code"));
        }
        if (l.quantity() != null) {
            if (l.quantity().value() != null) {
                nonNegative(v, p + "quantity.value", l.quantity().value());
            }
            if (l.quantity().unit() == null || l.quantity().unit().isBlank()) {
                v.add(new FieldViolation(p + "quantity.unit", "REQUIRED", "a UN/ECE Rec 20 unit code is required"));
            }
        }
        nonNegative(v, p + "netWeightKg", l.netWeightKg());
        nonNegative(v, p + "metalContentValue", l.metalContentValue());
    }

    private static void nonNegative(List<FieldViolation> v, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            v.add(new FieldViolation(field, "NEGATIVE_AMOUNT", field + " must not be negative"));
        }
    }
}
