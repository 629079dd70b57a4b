package io.jointclear.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every assessment, over generated Mexican and US declarations. */
class AssessmentProperties {

    private final AssessmentEngine engine = Books.engine();

    @Property(tries = 300)
    void totals_equal_the_sum_of_lines_and_header(@ForAll("declarations") AssessmentRequest r) {
        Assessment a = engine.assess(r);
        Map<String, BigDecimal> exact = exactSums(a);
        BigDecimal total = BigDecimal.ZERO;
        for (Assessment.Total t : a.totals()) {
            BigDecimal sum = exact.getOrDefault(t.code(), BigDecimal.ZERO);
            BigDecimal expected = a.authority() == Authority.MX ? Money.pesos(sum) : Money.cents(sum);
            assertThat(t.amount()).as(t.code()).isEqualByComparingTo(expected);
            total = total.add(t.amount());
        }
        assertThat(exact.keySet()).allMatch(code -> a.totals().stream().anyMatch(t -> t.code().equals(code)));
        assertThat(a.total()).isEqualByComparingTo(total);
        assertThat(a.cash()).isLessThanOrEqualTo(a.total().add(BigDecimal.valueOf(a.totals().size())));
    }

    @Property(tries = 300)
    void no_amount_is_negative(@ForAll("declarations") AssessmentRequest r) {
        Assessment a = engine.assess(r);
        allTaxes(a).forEach(t -> assertThat(t.amount().signum()).as(t.code()).isGreaterThanOrEqualTo(0));
        a.totals().forEach(t -> assertThat(t.amount().signum()).as(t.code()).isGreaterThanOrEqualTo(0));
    }

    @Property(tries = 300)
    void iva_base_includes_every_contribution_of_a_definitive_import(@ForAll("mxDefinitive") AssessmentRequest r) {
        Assessment a = engine.assess(r);
        for (Assessment.Line line : a.lines()) {
            BigDecimal others = line.taxes().stream().filter(t -> !t.code().equals("IVA"))
                    .map(Assessment.Tax::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(line.tax("IVA").base()).isEqualByComparingTo(line.customsValue().add(others));
        }
    }

    @Property(tries = 300)
    void peso_rounding_stays_within_half_a_peso_per_code(@ForAll("mxDefinitive") AssessmentRequest r) {
        Assessment a = engine.assess(r);
        Map<String, BigDecimal> exact = exactSums(a);
        for (Assessment.Total t : a.totals()) {
            BigDecimal diff = t.amount().subtract(exact.getOrDefault(t.code(), BigDecimal.ZERO)).abs();
            assertThat(diff).as(t.code()).isLessThanOrEqualTo(new BigDecimal("0.50"));
            assertThat(t.amount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 200)
    void replay_on_the_same_date_is_identical(@ForAll("declarations") AssessmentRequest r) {
        assertThat(engine.assess(r)).isEqualTo(engine.assess(r));
    }

    @Provide
    Arbitrary<AssessmentRequest> declarations() {
        return Arbitraries.oneOf(mxDefinitive(), mxTemporary(), usEntries());
    }

    @Provide
    Arbitrary<AssessmentRequest> mxDefinitive() {
        return mx("A1");
    }

    Arbitrary<AssessmentRequest> mxTemporary() {
        return mx("IN");
    }

    private Arbitrary<AssessmentRequest> mx(String clave) {
        Arbitrary<AssessmentRequest.Line> line = Combinators.combine(
                Arbitraries.of("6109100100", "6109100200", "2710199903"),
                Arbitraries.of("CN", "US", "VN", "DE"),
                money(), Arbitraries.of(true, false), Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("50000")).ofScale(3))
                .as((code, origin, value, claim, qty) -> new AssessmentRequest.Line(code, "generated", origin,
                        new AssessmentRequest.Quantity(qty, code.startsWith("2710") ? "LTR" : "KGM"), qty, value,
                        claim && origin.equals("US") ? "USMCA" : null, List.of(), null, null, null, null));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), dates("2026-01-01", "2026-12-31"),
                        Arbitraries.bigDecimals().between(new BigDecimal("15"), new BigDecimal("22")).ofScale(4),
                        money(), money())
                .as((lines, date, tc, freight, insurance) -> new AssessmentRequest(Authority.MX, "IMP", clave, null, null,
                        date, null, tc, "USD", freight, insurance, null, List.of(), false, null, lines));
    }

    private Arbitrary<AssessmentRequest> usEntries() {
        Arbitrary<AssessmentRequest.Line> line = Combinators.combine(
                        Arbitraries.of("6109100012", "8479899499", "7308909590", "0702002032", "2710121500"),
                        Arbitraries.of("MX", "DE", "CN"), money(), Arbitraries.of(true, false))
                .as((code, origin, value, claim) -> new AssessmentRequest.Line(code, "generated", origin,
                        new AssessmentRequest.Quantity(new BigDecimal("100"), code.startsWith("2710") ? "BLL" : "KGM"),
                        new BigDecimal("1000"), value, claim && origin.equals("MX") ? "S" : null,
                        code.startsWith("0702") && origin.equals("MX") ? List.of("A-201-820") : List.of(),
                        null, null, null, null));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(6), dates("2024-10-01", "2026-09-30"),
                        Arbitraries.of("01", "03", "11"))
                .as((lines, date, type) -> new AssessmentRequest(Authority.US, null, type, null, null, date, null, null,
                        "USD", null, null, null, List.of(), false, null, lines))
                .filter(r -> !(r.type().equals("11") && r.date().isBefore(LocalDate.parse("2025-10-01"))));
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(2);
    }

    private static Arbitrary<LocalDate> dates(String from, String to) {
        LocalDate start = LocalDate.parse(from);
        long days = start.until(LocalDate.parse(to), java.time.temporal.ChronoUnit.DAYS);
        return Arbitraries.longs().between(0, days).map(start::plusDays);
    }

    private static Map<String, BigDecimal> exactSums(Assessment a) {
        Map<String, BigDecimal> sums = new HashMap<>();
        allTaxes(a).forEach(t -> sums.merge(t.code(), t.amount(), BigDecimal::add));
        return sums;
    }

    private static List<Assessment.Tax> allTaxes(Assessment a) {
        List<Assessment.Tax> all = new java.util.ArrayList<>(a.headerTaxes());
        a.lines().forEach(l -> all.addAll(l.taxes()));
        return all;
    }
}
