package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.mx;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.AssessmentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input and missing data become problems naming the field — never a guessed amount. */
class ProblemCasesTest {

    private final AssessmentEngine engine = Books.engine();

    private ProblemException problem(AssessmentRequest r) {
        return catchThrowableOfType(ProblemException.class, () -> engine.assess(r));
    }

    private static void assertViolation(ProblemException e, int status, String field, String code) {
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void unknown_tariff_code() {
        ProblemException e = problem(mx("2026-03-10").line("6109100100", "CN", "1", "1", "C62", null)
                .line("9999999999", "CN", "1", "1", "C62", null).build());
        assertViolation(e, 404, "lines[1].tariffCode", "UNKNOWN_TARIFF_CODE");
    }

    @Test
    void igi_rate_not_loaded() {
        assertViolation(problem(mx("2026-03-10").line("8471300100", "CN", "100", "1", "KGM", null).build()),
                422, "lines[0].tariffCode", "RATE_NOT_LOADED");
    }

    @Test
    void date_outside_exchange_rate_series() {
        assertViolation(problem(mx("2026-03-10").tc(null).line("6109100100", "CN", "100", "1", "C62", null).build()),
                422, "date", "DATE_OUTSIDE_REFERENCE_DATA");
    }

    @Test
    void unconvertible_unit() {
        // Diesel quota is per litre: kilograms of diesel need a density, which is never guessed.
        assertViolation(problem(mx("2026-03-10").line("2710199903", "US", "100", "1000", "KGM", null).build()),
                422, "lines[0].quantity.unit", "UNSUPPORTED_UNIT_CONVERSION");
        assertViolation(problem(us("2025-11-03").line(usLine("2710121500", "DE", "100", "1000", "KGM", null, null, List.of(), null)).build()),
                422, "lines[0].quantity.unit", "UNSUPPORTED_UNIT_CONVERSION");
    }

    @Test
    void usmca_claim_for_non_partner_origin() {
        assertViolation(problem(us("2026-03-10").line(usLine("8479899499", "CN", "100", "1", "C62", "S", null, List.of(), null)).build()),
                422, "lines[0].preference", "UNSUPPORTED_COMBINATION");
        assertViolation(problem(mx("2026-03-10").line("6109100100", "CN", "100", "1", "C62", "USMCA").build()),
                422, "lines[0].preference", "UNSUPPORTED_COMBINATION");
    }

    @Test
    void unsupported_clave() {
        assertViolation(problem(mx("2026-03-10").type("IMP", "V1").line("6109100100", "CN", "100", "1", "C62", null).build()),
                422, "type", "UNSUPPORTED_COMBINATION");
    }

    @Test
    void gasoline_between_87_and_92_octane_needs_the_octane() {
        assertViolation(problem(mx("2026-03-10").line("2710129905", "US", "100", "1000", "LTR", null).build()),
                422, "lines[0].octane", "FUEL_GRADE_REQUIRED");
    }

    @Test
    void diesel_in_2025_without_carbon_quota_is_not_guessed() {
        assertViolation(problem(mx("2025-06-10").line("2710199903", "US", "100", "1000", "LTR", null).build()),
                422, "lines[0].tariffCode", "MEASURE_NOT_LOADED");
    }

    @Test
    void unknown_ad_cvd_case() {
        assertViolation(problem(us("2026-03-10").line(usLine("0702002032", "MX", "100", "1", "KGM", "S", "1", List.of("A-201-999"), null)).build()),
                422, "lines[0].adCvdCases[0]", "UNKNOWN_AD_CVD_CASE");
    }

    @Test
    void mpf_before_fy2025_is_not_loaded() {
        assertViolation(problem(us("2024-09-30").line(usLine("8479899499", "DE", "100", "1", "C62", null, null, List.of(), null)).build()),
                422, "date", "MEASURE_NOT_LOADED");
    }

    @Test
    void syntax_errors_are_reported_together() {
        AssessmentRequest r = new AssessmentRequest(io.jointclear.shared.Authority.MX, "XXX", null, null, null, null,
                null, null, "EUR", null, null, null, null, false, null,
                List.of(new AssessmentRequest.Line("27101", null, "usa", null, null, new java.math.BigDecimal("-1"),
                        null, null, null, null, null, null)));
        ProblemException e = problem(r);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.violations()).extracting(FieldViolation::field).contains("date", "operation", "type", "currency",
                "lines[0].tariffCode", "lines[0].value", "lines[0].origin");
    }
}
