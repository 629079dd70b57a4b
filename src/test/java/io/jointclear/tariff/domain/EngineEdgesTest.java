package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.mx;
import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import io.jointclear.tariff.AssessmentRequest;
import io.jointclear.tariff.persistence.MeasureCsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Edges of the Mexican engine: the most specific preference row wins whatever the order of the rows;
 * the DTA minimum's top-up is inside the IVA base; a missing exchange rate is missing reference data,
 * never a NullPointerException; a missing currency is refused, never taken for USD.
 */
class EngineEdgesTest {

    private static final String ROW_TAIL = ",,,,,100,,,2020-07-01,,T-MEC Anexo 2-B (test staging),test fixture,HIGH,";
    /** A staged T-MEC rate for one fracción (test fixture, not tariff data). */
    private static final String TMEC_EXACT = "TEST.IGI.TMEC.EXACT@2020,TEST.IGI.TMEC.EXACT,1,MX,IGI,PERCENT,2,,,,,,6109100100,MX|US|CA,,USMCA" + ROW_TAIL;
    /** A staged T-MEC rate for the heading 6109 (test fixture). */
    private static final String TMEC_HEADING = "TEST.IGI.TMEC.6109@2020,TEST.IGI.TMEC.6109,1,MX,IGI,PERCENT,1,,,,,,6109,MX|US|CA,,USMCA" + ROW_TAIL;
    /** A DTA cuota mínima of MXN 425 on definitive imports (test fixture: none is seeded, brief §14). */
    private static final String DTA_MINIMUM = "TEST.DTA.MIN@2020,TEST.DTA.MIN,1,MX,DTA,MINIMUM,,425,MXN,,,,*,,IMP:A1|IMP:A3,,,,,,100,,,"
            + "2020-07-01,,LFD art. 49 (cuota mínima; test fixture),test fixture,HIGH,";

    private final InMemoryReference reference = InMemoryReference.brief()
            .mx("6109100300", InMemoryReference.specific("USD 0.50/kg", "0.50", "KGM"), "KGM");

    private AssessmentEngine engine(List<Measure> rows) {
        MeasureBook book = new MeasureBook(rows);
        return new AssessmentEngine(reference, reference, () -> book);
    }

    private static List<Measure> seedAnd(boolean extraFirst, String... extra) {
        List<Measure> rows = new ArrayList<>();
        List<Measure> added = new ArrayList<>();
        for (String r : extra) {
            added.add(MeasureCsv.row(r));
        }
        if (extraFirst) {
            rows.addAll(added);
        }
        rows.addAll(MeasureCsv.seed());
        if (!extraFirst) {
            rows.addAll(added);
        }
        return rows;
    }

    private static ProblemException problem(AssessmentEngine engine, AssessmentRequest r) {
        return catchThrowableOfType(ProblemException.class, () -> engine.assess(r));
    }

    // a. most specific preference row

    @ParameterizedTest(name = "test rows first: {0}")
    @ValueSource(booleans = {true, false})
    void the_exact_fraccion_row_beats_the_heading_row_which_beats_the_wildcard(boolean testRowsFirst) {
        AssessmentEngine engine = engine(seedAnd(testRowsFirst, TMEC_HEADING, TMEC_EXACT));
        // VA = 1,000 × 18 = 18,000
        Assessment exact = engine.assess(mx("2026-03-10").line("6109100100", "US", "1000", "10", "C62", "T-MEC").build());
        Assessment.Tax igi = exact.lines().getFirst().tax("IGI");
        assertThat(igi.ruleId()).isEqualTo("TEST.IGI.TMEC.EXACT");
        assertThat(igi.amount()).isEqualByComparingTo("360.00");
        Assessment heading = engine.assess(mx("2026-03-10").line("6109100200", "US", "1000", "10", "KGM", "T-MEC").build());
        assertThat(heading.lines().getFirst().tax("IGI").ruleId()).isEqualTo("TEST.IGI.TMEC.6109");
        assertThat(heading.lines().getFirst().tax("IGI").amount()).isEqualByComparingTo("180.00");
        Assessment wildcard = engine.assess(mx("2026-03-10").line("2710199903", "US", "1000", "10", "LTR", "T-MEC").build());
        assertThat(wildcard.lines().getFirst().tax("IGI").ruleId()).isEqualTo("MX.IGI.TMEC");
    }

    @Test
    void a_more_specific_row_for_another_program_or_origin_does_not_apply() {
        AssessmentEngine engine = engine(seedAnd(true, TMEC_EXACT));
        // the exact row covers MX|US|CA only; a claim for Chinese goods is refused, not granted by the wildcard
        ProblemException e = problem(engine, mx("2026-03-10").line("6109100100", "CN", "1000", "10", "C62", "T-MEC").build());
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .contains(tuple("lines[0].preference", "UNSUPPORTED_COMBINATION"));
    }

    @Test
    void specificity_is_the_longest_covering_prefix() {
        Measure heading = MeasureCsv.row(TMEC_HEADING);
        Measure wildcard = MeasureCsv.seed().stream().filter(m -> m.ruleId().equals("MX.IGI.TMEC")).findFirst().orElseThrow();
        assertThat(heading.specificity("6109100100")).isEqualTo(4);
        assertThat(heading.specificity("6110100100")).isEqualTo(-1);
        assertThat(wildcard.specificity("6110100100")).isZero();
    }

    // b. DTA minimum inside the IVA base

    @Test
    void the_dta_minimum_top_up_is_inside_the_iva_base_worked_example() {
        AssessmentEngine engine = engine(seedAnd(false, DTA_MINIMUM));
        // USD 1,234.56 × 18 = VA 22,222.08; IGI 35 % = 7,777.73; DTA 8‰ = 177.78 < minimum 425 → top-up 247.22;
        // IVA base = 22,222.08 + 7,777.73 + 425.00 = 30,424.81; IVA 16 % = 4,867.97.
        Assessment a = engine.assess(mx("2026-03-10").line("6109100100", "DE", "1234.56", "10", "C62", null).build());
        Assessment.Line line = a.lines().getFirst();
        assertThat(line.tax("IGI").amount()).isEqualByComparingTo("7777.73");
        assertThat(line.tax("DTA").amount()).isEqualByComparingTo("177.78");
        assertThat(a.headerTaxes()).extracting(Assessment.Tax::code, Assessment.Tax::rateType, t -> t.amount().toPlainString())
                .contains(tuple("DTA", "MINIMUM", "247.22"));
        assertThat(line.tax("IVA").base()).isEqualByComparingTo("30424.81");
        assertThat(line.tax("IVA").amount()).isEqualByComparingTo("4867.97");
        assertThat(line.tax("IVA").reason()).contains("DTA 425.00");
        // Cuadro: IGI 7,777.73 → 7,778 (73 centavos up); DTA 425; IVA 4,867.97 → 4,868; PRV 290; IVA/PRV 46.
        assertThat(totals(a)).containsExactlyInAnyOrderEntriesOf(Map.of("IGI", d("7778"), "DTA", d("425"),
                "IVA", d("4868"), "PRV", d("290"), "IVA_PRV", d("46")));
        assertThat(a.total()).isEqualByComparingTo("13407");
    }

    @Test
    void the_top_up_is_shared_among_the_partidas_by_their_dta_and_the_bases_hold_all_of_it() {
        AssessmentEngine engine = engine(seedAnd(false, DTA_MINIMUM));
        // VA 9,000 and 27,000: DTA 72 + 216 = 288 < 425 → top-up 137 shared 1:3 (34.25 / 102.75).
        Assessment a = engine.assess(mx("2026-03-10").line("6109100100", "DE", "500", "1", "C62", null)
                .line("2710199903", "DE", "1500", "1", "LTR", null).build());
        BigDecimal sumOfBases = BigDecimal.ZERO;
        BigDecimal valueIgiIeps = BigDecimal.ZERO;
        for (Assessment.Line l : a.lines()) {
            sumOfBases = sumOfBases.add(l.tax("IVA").base());
            valueIgiIeps = valueIgiIeps.add(l.customsValue()).add(l.tax("IGI").amount());
            for (Assessment.Tax t : l.taxes()) {
                if (t.code().startsWith("IEPS")) {
                    valueIgiIeps = valueIgiIeps.add(t.amount());
                }
            }
        }
        assertThat(a.lines().getFirst().tax("IVA").reason()).contains("DTA 106.25");
        // the fuel's IEPS is specific (per litre), so only the DTA moves between the bases
        assertThat(sumOfBases).isEqualByComparingTo(valueIgiIeps.add(d("425")));
        assertThat(totals(a).get("DTA")).isEqualByComparingTo("425");
    }

    @Test
    void above_the_minimum_nothing_is_added() {
        AssessmentEngine engine = engine(seedAnd(false, DTA_MINIMUM));
        Assessment a = engine.assess(mx("2026-03-10").incrementables("1800", "200")
                .line("6109100100", "CN", "20000", "1000", "C62", null).build());
        assertThat(a.headerTaxes()).extracting(Assessment.Tax::rateType).doesNotContain("MINIMUM");
        assertThat(totals(a).get("IVA")).isEqualByComparingTo("86043"); // MX-1 unchanged
    }

    // c. missing exchange rate

    @Test
    void an_mxn_pedimento_without_exchange_rate_and_a_usd_cuota_compensatoria_is_missing_reference_data() {
        AssessmentEngine engine = Books.engine();
        // 2026: after the FIX series; the specific CC is USD 1.05/kg (Books.CC_SPECIFIC)
        ProblemException e = problem(engine, mx("2026-03-10").tc(null).currency("MXN")
                .line("6109100200", "VN", "180000", "10000", "KGM", null).build());
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("exchangeRate", "DATE_OUTSIDE_REFERENCE_DATA"));
        assertThat(e.getMessage()).contains("TEST.CC.SP", "2026-03-10", "FIX");
    }

    @Test
    void an_mxn_pedimento_without_exchange_rate_and_a_usd_specific_igi_is_missing_reference_data() {
        AssessmentEngine engine = engine(MeasureCsv.seed());
        ProblemException e = problem(engine, mx("2026-03-10").tc(null).currency("MXN")
                .line("6109100300", "CN", "18000", "100", "KGM", null).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("exchangeRate", "DATE_OUTSIDE_REFERENCE_DATA"));
        assertThat(e.getMessage()).contains("IGI", "6109100300");
    }

    @Test
    void an_mxn_pedimento_needing_no_conversion_is_assessed_without_a_rate() {
        Assessment a = Books.engine().assess(mx("2026-03-10").tc(null).currency("MXN")
                .line("6109100100", "CN", "396000", "1000", "C62", null).build());
        assertThat(a.exchangeRate()).isNull();
        assertThat(totals(a).get("IGI")).isEqualByComparingTo("138600");
    }

    @Test
    void an_mxn_pedimento_on_a_date_the_fix_covers_converts_with_the_published_rate() {
        Assessment a = Books.engine().assess(mx("2025-06-10").tc(null).currency("MXN")
                .line("6109100200", "VN", "180000", "10000", "KGM", null).build());
        assertThat(a.exchangeRate()).isEqualByComparingTo("18.0000");
        assertThat(a.exchangeRateSource().origin()).isEqualTo("PUBLISHED");
        assertThat(totals(a).get("CC")).isEqualByComparingTo("189000"); // 1.05 × 10,000 × 18
    }

    @Test
    void every_missing_datum_is_named_at_once_the_fix_and_each_unloaded_rate() {
        ProblemException e = problem(Books.engine(), mx("2026-03-10").tc(null)
                .line("8471300100", "CN", "100", "1", "KGM", null)
                .line("6109100100", "CN", "100", "1", "C62", null)
                .line("8471300100", "CN", "100", "1", "KGM", null).build());
        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                tuple("date", "DATE_OUTSIDE_REFERENCE_DATA"),
                tuple("lines[0].tariffCode", "RATE_NOT_LOADED"),
                tuple("lines[2].tariffCode", "RATE_NOT_LOADED"));
        assertThat(e.getMessage()).contains("84713001", "2026-03-10");
    }

    @Test
    void a_usd_ieps_quota_is_converted_and_needs_the_rate_like_any_other() {
        String usdQuota = "TEST.IEPS.USD@2020,TEST.IEPS.USD,1,MX,IEPS,SPECIFIC,,0.10,USD,LTR,,,2710199903,CN,,,,,,,100,,,"
                + "2020-07-01,,LIEPS (test fixture),test fixture,HIGH,";
        String usdCarbon = "TEST.IEPS_CARBON.USD@2020,TEST.IEPS_CARBON.USD,1,MX,IEPS_CARBON,SPECIFIC,,0.01,USD,LTR,,,2710199903,CN,,,,,,,100,,,"
                + "2020-07-01,,LIEPS (test fixture),test fixture,HIGH,";
        AssessmentEngine engine = engine(seedAnd(false, usdQuota, usdCarbon));
        // 1,000 L: the CN rows (10 digits) beat the seeded diesel rows; 0.10 USD × 18 = 1.80 MXN/L; 0.01 × 18 = 0.18
        Assessment a = engine.assess(mx("2025-06-10").line("2710199903", "CN", "700", "1000", "LTR", null).build());
        assertThat(a.lines().getFirst().tax("IEPS").amount()).isEqualByComparingTo("1800.00");
        assertThat(a.lines().getFirst().tax("IEPS_CARBON").amount()).isEqualByComparingTo("180.00");
        ProblemException e = problem(engine, mx("2026-03-10").tc(null).currency("MXN")
                .line("2710199903", "CN", "12600", "1000", "LTR", null).build());
        assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("exchangeRate", "DATE_OUTSIDE_REFERENCE_DATA"));
    }

    // d. missing currency

    @Test
    void a_declaration_without_currency_is_refused_naming_the_field() {
        for (AssessmentRequest r : List.of(
                mx("2026-03-10").currency(null).line("6109100100", "CN", "1000", "1", "C62", null).build(),
                mx("2026-03-10").currency(" ").line("6109100100", "CN", "1000", "1", "C62", null).build(),
                us("2026-03-10").currency(null).line(usLine("8479899499", "DE", "5000", "1", "C62", null, null, List.of(), null)).build())) {
            ProblemException e = problem(Books.engine(), r);
            assertThat(e).isNotNull();
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("INVALID_DECLARATION");
            assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                    .contains(tuple("currency", "REQUIRED"));
        }
    }

    private static Map<String, BigDecimal> totals(Assessment a) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        a.totals().forEach(t -> out.put(t.code(), t.amount()));
        return out;
    }

    private static BigDecimal d(String n) {
        return new BigDecimal(n);
    }
}
